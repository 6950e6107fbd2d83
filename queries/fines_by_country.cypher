// Question: How much have regulators of each country fined, in total per currency, and how many fines?
MATCH (r:Entity)-[:ACTOR]->(e:Event {action: 'fine'})
WHERE e.amount IS NOT NULL AND e.currency IS NOT NULL AND r.country IS NOT NULL
RETURN r.country AS country, e.currency AS currency, count(DISTINCT e.id) AS fines, sum(e.amount) AS total
ORDER BY country, currency
