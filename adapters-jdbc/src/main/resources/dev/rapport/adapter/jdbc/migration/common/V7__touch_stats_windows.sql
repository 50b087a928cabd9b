-- The windows the kept touch_stats are built for (schema version 7): the half-life and the answer
-- window of the rules the store is opened with (JdbcStore.open…(…, rules)). A store opened with
-- other windows rebuilds its stats from the touches and records the new windows here, in the same
-- transaction. Stats kept before this version were built for the windows of the rules' defaults
-- of that time, 30 and 14 days, recorded here as such; a store without stats gets its row when it
-- is opened.
CREATE TABLE touch_stats_windows (
  id                 INTEGER          NOT NULL PRIMARY KEY CHECK (id = 1),
  half_life_days     DOUBLE PRECISION NOT NULL,
  answer_window_days INTEGER          NOT NULL
);

INSERT INTO touch_stats_windows (id, half_life_days, answer_window_days)
SELECT 1, 30, 14 WHERE EXISTS (SELECT 1 FROM touch_stats);
