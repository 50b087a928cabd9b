-- A contact's touches in the order every read wants them (schema version 8): by time to the
-- nanosecond, then id (the row id, in every index). Without at_nano the reads of a contact's or the
-- whole network's touches (an export, the analyses) sorted each run of equal seconds again.
DROP INDEX touches_by_contact;
CREATE INDEX touches_by_contact ON touches (contact_id, at_second, at_nano);
