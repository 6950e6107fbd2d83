// Question: What has a party done and had done to it, in date order, with each event's status, the dispute it belongs to and where that dispute stands, and which articles report each event?
// Param: entity (string) id of the party
MATCH (x:Entity {id: $entity})-[]-(e:Event)-[:REPORTED_IN]->(s:Article)
WITH e, s
OPTIONAL MATCH (e)<-[:ACTOR]-(a:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
OPTIONAL MATCH (r:Event) WHERE r.id = e.dispute
RETURN DISTINCT e.date AS date, a.name AS actor, a.id AS actor_id, e.action AS action, t.name AS target,
       t.id AS target_id, e.amount AS amount, e.currency AS currency, e.status AS status, e.summary AS summary,
       s.outlet AS outlet, s.url AS url, e.id AS event, e.dispute AS dispute, r.current_status AS dispute_status
ORDER BY date, event, url
