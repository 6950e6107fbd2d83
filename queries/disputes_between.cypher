// Question: What has happened between two parties, in either direction, in date order?
// Param: entity (string) id of one party
// Param: other (string) id of the other party
// Starts from the first party and walks its own events only: the party is actor or target of an event
// (two different edges, so a party's events with itself count once, not every event of it).
MATCH (x:Entity {id: $entity})-[r]-(e:Event)-[s]-(y:Entity {id: $other})
WHERE r <> s
RETURN DISTINCT e.date AS date, e.actor_name AS actor, e.action AS action, e.target_name AS target,
       e.amount AS amount, e.currency AS currency, e.current_status AS status, e.id AS event
ORDER BY date, event
