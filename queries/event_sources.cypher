// Question: Which articles report an event, and in which sentence?
// Param: event_id (string) id of the event
MATCH (e:Event {id: $event_id})-[s:REPORTED_IN]->(a:Article)
RETURN a.outlet AS outlet, a.published AS published, a.url AS url, s.start AS start, s.sentence AS sentence
ORDER BY coalesce(outlet, ''), url, start
