// Question: What happened between two dates, who did it to whom, and which articles report it?
// Param: since (date) first day, inclusive
// Param: until (date) last day, inclusive
MATCH (d:Day) WHERE d.date >= $since AND d.date <= $until
MATCH (d)<-[:ON_DAY]-(e:Event)-[:REPORTED_IN]->(s:Article)
RETURN DISTINCT e.date AS date, e.actor_name AS actor, e.action AS action, e.target_name AS target,
       e.amount AS amount, e.currency AS currency, e.summary AS summary, s.outlet AS outlet, s.url AS url,
       e.id AS event
ORDER BY date, coalesce(actor, ''), action, coalesce(target, ''), coalesce(outlet, ''), url
