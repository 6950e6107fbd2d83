// Question: Every event between two parties as an edge: actor, action, target, date (the network for paths and pictures).
// Listing: every event between two parties, as an edge (one row per event: it grows with the graph);
// used whole by `scrutiny path` and the dossier's network, and as an export.
MATCH (a:Entity)-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity)
RETURN a.id AS actor_id, a.name AS actor, a.kind AS actor_kind, e.action AS action, t.id AS target_id,
       t.name AS target, t.kind AS target_kind, e.date AS date, e.id AS event
ORDER BY event
