// Question: Which parties first appear (their earliest dated event) on or after a day, e.g. the Monday of this week?
// Param: since (date) first day, inclusive
MATCH (x:Entity)-[]-(e:Event)
WHERE e.date IS NOT NULL
WITH x, min(e.date) AS first, count(DISTINCT e.id) AS events
WHERE first >= $since
RETURN x.name AS party, x.id AS id, x.kind AS kind, first, events
ORDER BY first, party, id
