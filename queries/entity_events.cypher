// Question: Which events has a party taken part in, as actor or as target?
// Param: entity (string) id of the party
MATCH (m:Entity {id: $entity})-[]-(e:Event)
OPTIONAL MATCH (a:Entity)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Entity)
RETURN DISTINCT m.name AS member, CASE WHEN a.id = m.id THEN 'actor' ELSE 'target' END AS role,
       a.name AS actor, e.action AS action, t.name AS target, e.date AS date, e.amount AS amount,
       e.currency AS currency, e.id AS event
ORDER BY date, event, member
