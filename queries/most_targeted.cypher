// Question: Which parties are the target of the most events, by how many different actors, first and last when?
// Param: limit (int, default 25) how many parties: the most targeted first
// Reads the counts and the rank each party carries (written with the graph: graph/stores/rows.py
// entity_stats), so the answer costs a look at $limit parties, not an aggregation of every event.
// The ids are collected first: LadybugDB reads every column of a table for a predicate on a parameter,
// and only the id column this way (then the $limit parties by primary key).
MATCH (t:Entity) WHERE t.targeted_rank <= $limit
WITH collect(t.id) AS ids
UNWIND ids AS i
MATCH (x:Entity {id: i})
RETURN x.name AS target, x.id AS id, x.kind AS kind, x.targeted AS events, x.targeted_by AS actors,
       x.first_targeted AS first, x.last_targeted AS last
ORDER BY events DESC, target, id
