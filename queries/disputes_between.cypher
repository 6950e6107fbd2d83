// Question: What has happened between two parties, in either direction, in date order?
// Param: entity (string) id of one party
// Param: other (string) id of the other party
MATCH (a:Entity)-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity)
WHERE (a.id = $entity AND t.id = $other) OR (a.id = $other AND t.id = $entity)
RETURN DISTINCT e.date AS date, a.name AS actor, e.action AS action, t.name AS target, e.amount AS amount,
       e.currency AS currency, e.current_status AS status, e.id AS event
ORDER BY date, event
