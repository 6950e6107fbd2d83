// Question: Which events make up the dispute an event belongs to (fine, appeal, ruling, ...), in order, and where does it stand?
// Param: event_id (string) id of any event of the dispute
// The dispute is found whole up to ten FOLLOWS steps away (chains of up to eleven events).
MATCH (x:Event {id: $event_id})-[:FOLLOWS*0..10]-(e:Event)
OPTIONAL MATCH (a:Entity)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT e.date AS date, a.name AS actor, e.action AS action, t.name AS target, e.amount AS amount,
       e.currency AS currency, e.current_status AS status, e.id AS event
ORDER BY date, event
