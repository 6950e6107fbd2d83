// Question: Which parties are part of a party (itself, its subsidiaries, their offices, ...)?
// Param: entity (string) id of the parent party
MATCH (m:Entity)-[:PART_OF*0..10]->(:Entity {id: $entity})
RETURN DISTINCT m.id AS id, m.name AS name, m.kind AS kind
ORDER BY name, id
