// Question: Which events have a party and everything that is part of it (its subsidiaries, offices) taken part in?
// Param: entity (string) id of the parent party
MATCH (m:Entity)-[:PART_OF*0..10]->(:Entity {id: $entity})
MATCH (m)-[]-(e:Event)
OPTIONAL MATCH (a:Entity)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT m.name AS member, CASE WHEN a.id = m.id THEN 'actor' ELSE 'target' END AS role,
       a.name AS actor, e.action AS action, t.name AS target, e.date AS date, e.amount AS amount,
       e.currency AS currency, e.id AS event
ORDER BY date, event, member
