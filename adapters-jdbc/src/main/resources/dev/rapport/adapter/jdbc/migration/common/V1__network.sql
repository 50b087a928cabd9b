-- The network, written once for SQLite and PostgreSQL. Placeholders carry the two differences:
-- ${key_id}  an id the application assigns (SQLite: INTEGER PRIMARY KEY, the rowid itself)
-- ${auto_id} an id the database assigns
-- Dates are ISO-8601 text (YYYY-MM-DD), which sorts as dates do; instants are epoch seconds + nanos.

CREATE TABLE id_sequences (
  name       TEXT   NOT NULL PRIMARY KEY,
  last_value BIGINT NOT NULL
);
INSERT INTO id_sequences (name, last_value) VALUES ('contact', 0);
INSERT INTO id_sequences (name, last_value) VALUES ('resource', 0);

CREATE TABLE contacts (
  id             ${key_id},
  display_name   TEXT    NOT NULL,
  given_name     TEXT,
  family_name    TEXT,
  company        TEXT,
  title          TEXT,
  seniority      TEXT,
  industry       TEXT,
  city           TEXT,
  region         TEXT,
  country        TEXT,
  tier           TEXT    NOT NULL,
  cadence        TEXT,
  source_channel TEXT,
  connected_on   TEXT,
  snoozed_until  TEXT,
  archived       BOOLEAN NOT NULL
);

-- The contact's lists and sets (emails, phones, tags, interests, goals, offers, watch keywords), in order.
CREATE TABLE contact_values (
  contact_id BIGINT  NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  field      TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  value      TEXT    NOT NULL,
  PRIMARY KEY (contact_id, field, seq)
);

CREATE TABLE contact_channel_profiles (
  contact_id BIGINT  NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  channel    TEXT    NOT NULL,
  handle     TEXT    NOT NULL,
  PRIMARY KEY (contact_id, seq)
);

CREATE TABLE notes (
  id         ${auto_id},
  contact_id BIGINT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  on_day     TEXT   NOT NULL,
  body       TEXT   NOT NULL
);
CREATE INDEX notes_by_contact ON notes (contact_id, on_day);

-- No foreign key on contact_id: the services check contacts, and a bulk import should not pay a
-- lookup per row. Forgetting a contact deletes their touches explicitly.
CREATE TABLE touches (
  id            ${auto_id},
  contact_id    BIGINT  NOT NULL,
  at_second     BIGINT  NOT NULL,
  at_nano       INTEGER NOT NULL,
  direction     TEXT    NOT NULL,
  kind          TEXT    NOT NULL,
  channel       TEXT,
  summary       TEXT    NOT NULL,
  minutes       INTEGER,
  resource_id   BIGINT,
  introduced_to BIGINT
);
CREATE INDEX touches_by_contact ON touches (contact_id, at_second);
CREATE INDEX touches_by_introduced ON touches (introduced_to) WHERE introduced_to IS NOT NULL;

CREATE TABLE special_days (
  id         ${auto_id},
  contact_id BIGINT,
  kind       TEXT    NOT NULL,
  month      INTEGER NOT NULL,
  day        INTEGER NOT NULL,
  year       INTEGER,
  recurring  BOOLEAN NOT NULL,
  title      TEXT
);
CREATE INDEX special_days_by_contact ON special_days (contact_id);

CREATE TABLE channels (
  name_key         TEXT    NOT NULL PRIMARY KEY,
  name             TEXT    NOT NULL,
  kind             TEXT    NOT NULL,
  joined_on        TEXT    NOT NULL,
  status           TEXT    NOT NULL,
  trial_ends       TEXT,
  minutes_per_week INTEGER NOT NULL
);

CREATE TABLE resources (
  id       ${key_id},
  title    TEXT NOT NULL,
  link     TEXT,
  found_on TEXT NOT NULL
);

CREATE TABLE resource_topics (
  resource_id BIGINT  NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  topic       TEXT    NOT NULL,
  PRIMARY KEY (resource_id, seq)
);

CREATE TABLE collaborations (
  id      ${auto_id},
  title   TEXT NOT NULL,
  on_day  TEXT NOT NULL,
  channel TEXT
);

CREATE TABLE collaboration_contacts (
  collaboration_id BIGINT  NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
  seq              INTEGER NOT NULL,
  contact_id       BIGINT  NOT NULL,
  PRIMARY KEY (collaboration_id, seq)
);
CREATE INDEX collaboration_contacts_by_contact ON collaboration_contacts (contact_id);

CREATE TABLE owner_profile (
  id                     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  zone                   TEXT    NOT NULL,
  weekly_budget_minutes  INTEGER NOT NULL,
  style                  TEXT    NOT NULL,
  max_sites              INTEGER NOT NULL,
  max_groups             INTEGER NOT NULL,
  min_outreach_per_month INTEGER NOT NULL
);

CREATE TABLE owner_goals (
  seq    INTEGER NOT NULL PRIMARY KEY,
  kind   TEXT    NOT NULL,
  value  TEXT    NOT NULL,
  wanted INTEGER NOT NULL
);

CREATE TABLE owner_goal_aliases (
  goal_seq INTEGER NOT NULL REFERENCES owner_goals (seq) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  alias    TEXT    NOT NULL,
  PRIMARY KEY (goal_seq, seq)
);
