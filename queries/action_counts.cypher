// Question: How many events of each action happened between two dates?
// Param: since (date) first day, inclusive
// Param: until (date) last day, inclusive
MATCH (d:Day) WHERE d.date >= $since AND d.date <= $until
MATCH (d)<-[:ON_DAY]-(e:Event)
RETURN e.action AS action, count(*) AS events
ORDER BY events DESC, action
