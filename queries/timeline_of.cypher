// Question: What has a party done and had done to it, in date order, and which articles report each event?
// Param: entity (string) id of the party
MATCH (x:Entity {id: $entity})-[]-(e:Event)-[:REPORTED_IN]->(s:Article)
WITH e, s
OPTIONAL MATCH (e)<-[:ACTOR]-(a:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT e.date AS date, a.name AS actor, e.action AS action, t.name AS target, e.amount AS amount,
       e.currency AS currency, e.status AS status, e.summary AS summary, s.outlet AS outlet, s.url AS url,
       e.id AS event
ORDER BY date, event, url
