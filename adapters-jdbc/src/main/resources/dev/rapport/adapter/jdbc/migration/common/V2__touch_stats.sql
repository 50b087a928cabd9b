-- Per-contact aggregates of the touches, kept up to date by the adapter in the transaction of
-- every write (see TouchStats): the rules read one row per contact instead of every touch.
-- The adapter fills it for the touches already in the file when it applies this migration.
CREATE TABLE touch_stats (
  contact_id           BIGINT           NOT NULL PRIMARY KEY,
  half_life_days       DOUBLE PRECISION NOT NULL,
  last_at              TEXT             NOT NULL,
  last_second          BIGINT           NOT NULL,
  touch_count          BIGINT           NOT NULL,
  faded                TEXT             NOT NULL,
  answered             TEXT             NOT NULL,
  pending              TEXT             NOT NULL,
  last_outbound        TEXT,
  last_inbound         TEXT,
  last_meeting_or_call TEXT,
  last_outbound_kinds  TEXT             NOT NULL,
  resources_sent       TEXT             NOT NULL
);

-- The counts over windows ending on the as-of day read only the touches in the window.
CREATE INDEX touches_by_time ON touches (at_second);
