// Question: What happened between two dates, who did it to whom, and which articles report it?
// Param: since (date) first day, inclusive
// Param: until (date) last day, inclusive
MATCH (d:Day) WHERE d.date >= $since AND d.date <= $until
MATCH (d)<-[:ON_DAY]-(e:Event)-[:REPORTED_IN]->(s:Article)
WITH e, s
OPTIONAL MATCH (e)<-[:ACTOR]-(a:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT e.date AS date, a.name AS actor, e.action AS action, t.name AS target, e.amount AS amount,
       e.currency AS currency, e.summary AS summary, s.outlet AS outlet, s.url AS url, e.id AS event
ORDER BY date, coalesce(actor, ''), action, coalesce(target, ''), coalesce(outlet, ''), url
