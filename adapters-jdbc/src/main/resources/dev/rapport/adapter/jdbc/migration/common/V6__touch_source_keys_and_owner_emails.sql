-- Mail and calendar imports (schema version 6).
-- A touch keeps the key its source gives it (a mail's Message-ID, an event's UID and recurrence id),
-- so that importing the source again adds nothing; touches logged by hand have none.
ALTER TABLE touches ADD COLUMN external_key TEXT;

-- The owner's own e-mail addresses, in the order given: they tell sent mail from received.
CREATE TABLE owner_emails (
  seq     INTEGER NOT NULL PRIMARY KEY,
  address TEXT    NOT NULL
);
