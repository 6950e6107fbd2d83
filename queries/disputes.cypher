// Question: Which disputes that began between two dates stand at a given status (pending, upheld, overturned, settled)?
// Param: status (string) pending, upheld, overturned or settled
// Param: since (date) first day the original event may have happened, inclusive
// Param: until (date) last day, inclusive
MATCH (d:Day) WHERE d.date >= $since AND d.date <= $until
MATCH (d)<-[:ON_DAY]-(e:Event)
WITH e WHERE e.current_status = $status
OPTIONAL MATCH (e)<-[:ACTOR]-(a:Entity)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT e.date AS date, a.name AS actor, e.action AS action, t.name AS target, e.amount AS amount,
       e.currency AS currency, e.id AS event
ORDER BY date, event
