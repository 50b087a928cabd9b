-- touch_stats again, with its sums as binary vectors and its instants as numbers: reading the
-- rows of 30,000 contacts no longer parses a million decimal numbers; and the recent touches, so
-- counts over windows ending on the as-of day need no scan of the touches. The adapter rebuilds the
-- rows from the touches when it opens a file whose touches have no stats.
DROP TABLE touch_stats;

CREATE TABLE touch_stats (
  contact_id           BIGINT           NOT NULL PRIMARY KEY,
  half_life_days       DOUBLE PRECISION NOT NULL,
  last_second          BIGINT           NOT NULL,
  last_nano            INTEGER          NOT NULL,
  touch_count          BIGINT           NOT NULL,
  -- faded sums per direction and kind, then answered sums per kind, as IEEE doubles (big-endian)
  sums                 ${blob}          NOT NULL,
  -- outbound touches not answered yet: (epoch second, kind ordinal) pairs
  pending              ${blob}          NOT NULL,
  -- the touches of the last 400 days before the latest, as (epoch second << 2 | direction) longs:
  -- enough to count every window of a year or less that ends on or after the latest touch
  recent               ${blob}          NOT NULL,
  last_outbound_second BIGINT,
  last_outbound_nano   INTEGER,
  last_inbound_second  BIGINT,
  last_inbound_nano    INTEGER,
  last_meeting_second  BIGINT,
  last_meeting_nano    INTEGER,
  last_outbound_kinds  TEXT             NOT NULL,
  resources_sent       TEXT             NOT NULL
);
