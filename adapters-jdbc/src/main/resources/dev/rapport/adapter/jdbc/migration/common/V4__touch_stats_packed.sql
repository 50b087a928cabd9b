-- touch_stats again, each contact's stats packed into one binary value: reading the stats of
-- 30,000 contacts through JDBC costs a call per cell, and the sixteen cells of a row cost ten
-- times what SQLite takes to read them. The layout is TouchStatsRows'; last_second stays a column
-- for the query that finds stats written after an as-of day. The adapter rebuilds the rows from
-- the touches when it opens a file whose touches have no stats.
DROP TABLE touch_stats;

CREATE TABLE touch_stats (
  contact_id  BIGINT  NOT NULL PRIMARY KEY,
  last_second BIGINT  NOT NULL,
  stats       ${blob} NOT NULL
);
