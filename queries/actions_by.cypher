// Question: What has a party done, to whom, when, for how much, and which article says so?
// Param: entity (string) id of the acting party
MATCH (a:Entity {id: $entity})-[:ACTOR]->(e:Event)-[:REPORTED_IN]->(s:Article)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT a.name AS actor, e.action AS action, t.name AS target, e.date AS date,
       e.amount AS amount, e.currency AS currency, s.outlet AS outlet, s.url AS url, e.id AS event
ORDER BY date, action, coalesce(target, ''), coalesce(outlet, ''), url
