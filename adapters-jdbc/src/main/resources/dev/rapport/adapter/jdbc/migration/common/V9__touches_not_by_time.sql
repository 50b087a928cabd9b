-- Touches are no longer indexed by their time alone (schema version 9). No read goes through it
-- now: the analyses read each contact's touches through touches_by_contact, and the rare count over
-- windows longer than the kept aggregates scans the touches once. Keeping it up to date cost every
-- write a touch an insert at a random place in the index: about 60 % of SQLite's own work when a
-- million touches are imported, and as much on PostgreSQL.
DROP INDEX touches_by_time;
