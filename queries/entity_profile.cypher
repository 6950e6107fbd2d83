// Question: Who is a party: name, kind, country, Wikidata id, aliases and the party it is part of?
// Param: entity (string) id of the party
MATCH (x:Entity {id: $entity})
OPTIONAL MATCH (x)-[:PART_OF]->(p:Entity)
RETURN x.id AS id, x.name AS name, x.kind AS kind, x.country AS country, x.wikidata AS wikidata,
       x.aliases AS aliases, p.name AS parent, p.id AS parent_id
