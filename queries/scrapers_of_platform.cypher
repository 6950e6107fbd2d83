// Question: Who has scraped a platform (collected its data), or been told by it to stop (cease-and-desist)?
// Param: platform (string) id of the platform
// Starts from the platform and follows its own events only (no scan of all events).
MATCH (p:Entity {id: $platform})-[]-(e:Event)
WHERE e.action = 'data_collection' OR e.action = 'cease_and_desist'
MATCH (a:Entity)-[:ACTOR]->(e)-[:TARGET]->(t:Entity)
WHERE (e.action = 'data_collection' AND t.id = $platform) OR (e.action = 'cease_and_desist' AND a.id = $platform)
RETURN DISTINCT CASE WHEN t.id = $platform THEN a.name ELSE t.name END AS scraper,
       CASE WHEN t.id = $platform THEN a.id ELSE t.id END AS id,
       e.action AS action, e.date AS date, e.id AS event
ORDER BY scraper, action, event
