// Question: Which parties are the target of the most events, by how many different actors, first and last when?
MATCH (a:Entity)-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity)
RETURN t.name AS target, t.id AS id, t.kind AS kind, count(DISTINCT e.id) AS events,
       count(DISTINCT a.id) AS actors, min(e.date) AS first, max(e.date) AS last
ORDER BY events DESC, target, id
