// Question: Which regulators have acted against a party: what action, when, for how much?
// Param: entity (string) id of the targeted party
MATCH (r:Entity {kind: 'regulator'})-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity {id: $entity})
RETURN DISTINCT r.name AS regulator, r.country AS country, e.action AS action, e.date AS date,
       e.amount AS amount, e.currency AS currency, e.id AS event
ORDER BY regulator, action, event
