// Question: How much have regulators of each country fined, in total per currency, and how many fines?
// Reads the totals kept per country and currency (written with the graph: graph/stores/rows.py fine_totals);
// aggregating every fine at question time costs LadybugDB about 0.1-0.5 s at a million events.
MATCH (f:FineTotal)
RETURN f.country AS country, f.currency AS currency, f.fines AS fines, f.total AS total
ORDER BY country, currency
