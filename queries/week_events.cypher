// Question: What happened between two dates, with each event's status, the dispute it belongs to and where that dispute stands, and the articles that report it?
// Param: since (date) first day, inclusive
// Param: until (date) last day, inclusive
// Starts from the Day index; the parties' names and ids and the dispute's status are read from the event.
MATCH (d:Day) WHERE d.date >= $since AND d.date <= $until
MATCH (d)<-[:ON_DAY]-(e:Event)-[:REPORTED_IN]->(s:Article)
RETURN DISTINCT e.date AS date, e.actor_name AS actor, e.actor_id AS actor_id, e.action AS action,
       e.target_name AS target, e.target_id AS target_id, e.amount AS amount, e.currency AS currency,
       e.status AS status, e.summary AS summary, s.outlet AS outlet, s.url AS url, e.id AS event,
       e.dispute AS dispute, e.dispute_status AS dispute_status
ORDER BY date, event, url
