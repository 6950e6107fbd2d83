// Question: Which parties first appear (their earliest dated event) on or after a day, e.g. the Monday of this week?
// Param: since (date) first day, inclusive
// Reads each party's first dated event and number of dated events (written with the graph:
// graph/stores/rows.py entity_stats), so the answer costs one pass over the parties, not over every event.
// The ids are collected first: LadybugDB reads every column of a table for a predicate on a parameter,
// and only the id column this way (then the parties found by primary key).
MATCH (t:Entity) WHERE t.first_seen >= $since
WITH collect(t.id) AS ids
UNWIND ids AS i
MATCH (x:Entity {id: i})
RETURN x.name AS party, x.id AS id, x.kind AS kind, x.first_seen AS first, x.dated_events AS events
ORDER BY first, party, id
