// Question: With whom has a party been in dispute: each counterpart, how many events, first and last date?
// Param: entity (string) id of the party
MATCH (x:Entity {id: $entity})-[]-(e:Event)-[]-(c:Entity)
WHERE c.id <> x.id
RETURN c.name AS counterpart, c.id AS id, count(DISTINCT e.id) AS events, min(e.date) AS first,
       max(e.date) AS last
ORDER BY events DESC, counterpart, id
