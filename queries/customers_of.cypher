// Question: Who has bought from or contracted with a vendor: which customer, when, for how much?
// Param: vendor (string) id of the vendor
MATCH (c:Entity)-[:ACTOR]->(e:Event {action: 'contract'})-[:TARGET]->(v:Entity {id: $vendor})
RETURN DISTINCT c.name AS customer, c.kind AS kind, c.country AS country, e.date AS date, e.amount AS amount,
       e.currency AS currency, e.id AS event
ORDER BY customer, event
