// Question: Who has acted against a party: which actor, what action, when, for how much, and which article says so?
// Param: entity (string) id of the targeted party
MATCH (a:Entity)-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity {id: $entity})
MATCH (e)-[:REPORTED_IN]->(s:Article)
RETURN DISTINCT a.name AS actor, e.action AS action, t.name AS target, e.date AS date,
       e.amount AS amount, e.currency AS currency, s.outlet AS outlet, s.url AS url, e.id AS event
ORDER BY date, actor, action, coalesce(outlet, ''), url
