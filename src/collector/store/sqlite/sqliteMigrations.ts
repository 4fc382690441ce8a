import { UUID_GLOB } from './idKey';

/**
 * The SQLite schema, one entry per version (`PRAGMA user_version` records the last applied).
 * Append new versions; never edit an applied one.
 */
export const sqliteMigrations: string[] = [
  `
  CREATE TABLE events (
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    moment TEXT NOT NULL,
    time TEXT NOT NULL,
    day TEXT NOT NULL,
    page_path TEXT NOT NULL,
    page_title TEXT NOT NULL,
    visitor TEXT,
    context TEXT,
    scale TEXT,
    value INTEGER,
    reasons TEXT,
    comment TEXT,
    dropped INTEGER,
    preview INTEGER NOT NULL,
    received_at TEXT NOT NULL
  );
  -- The dashboard's latest comments walk this index backwards; nothing else reads events.
  CREATE INDEX events_comments ON events (time, id) WHERE type = 'moment.commented' AND preview = 0;
  -- One row per answered moment: counts answers once, and carries rating and reasons to comments.
  CREATE TABLE moments (
    moment TEXT PRIMARY KEY,
    touchpoint TEXT NOT NULL,
    day TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    mood INTEGER NOT NULL,
    reasons TEXT
  ) WITHOUT ROWID;
  CREATE TABLE daily (
    day TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    dismissed INTEGER NOT NULL DEFAULT 0,
    commented INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, touchpoint)
  ) WITHOUT ROWID;
  CREATE TABLE daily_ratings (
    day TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, touchpoint, scale, value)
  ) WITHOUT ROWID;
  CREATE TABLE daily_dropped (
    day TEXT PRIMARY KEY,
    dropped INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // 2: canonical UUID ids and moment ids as their 16 bytes (see idKey.ts): a smaller unique
  // index and moments key, so fewer index pages per commit; other ids stay text (the columns keep
  // TEXT affinity, which leaves BLOBs as they are). The tables are copied rather than updated in
  // place, and the unique index built after the copy (sorted), so a database of a million events
  // upgrades in seconds rather than rewriting a random index page per row.
  `
  CREATE TABLE events_v2 (
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    moment TEXT NOT NULL,
    time TEXT NOT NULL,
    day TEXT NOT NULL,
    page_path TEXT NOT NULL,
    page_title TEXT NOT NULL,
    visitor TEXT,
    context TEXT,
    scale TEXT,
    value INTEGER,
    reasons TEXT,
    comment TEXT,
    dropped INTEGER,
    preview INTEGER NOT NULL,
    received_at TEXT NOT NULL
  );
  INSERT INTO events_v2 (rowid, id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context, scale, value,
      reasons, comment, dropped, preview, received_at)
    SELECT rowid,
      CASE WHEN id GLOB '${UUID_GLOB}' THEN unhex(replace(id, '-', '')) ELSE id END,
      type, touchpoint,
      CASE WHEN moment GLOB '${UUID_GLOB}' THEN unhex(replace(moment, '-', '')) ELSE moment END,
      time, day, page_path, page_title, visitor, context, scale, value, reasons, comment, dropped, preview, received_at
    FROM events ORDER BY rowid;
  DROP TABLE events;
  ALTER TABLE events_v2 RENAME TO events;
  -- The key of exactly-once (ON CONFLICT (id) DO NOTHING).
  CREATE UNIQUE INDEX events_id ON events (id);
  -- The dashboard's latest comments walk this index backwards; nothing else reads events.
  CREATE INDEX events_comments ON events (time, id) WHERE type = 'moment.commented' AND preview = 0;
  CREATE TABLE moments_v2 (
    moment TEXT PRIMARY KEY,
    touchpoint TEXT NOT NULL,
    day TEXT NOT NULL,
    scale TEXT NOT NULL,
    value INTEGER NOT NULL,
    mood INTEGER NOT NULL,
    reasons TEXT
  ) WITHOUT ROWID;
  INSERT INTO moments_v2 (moment, touchpoint, day, scale, value, mood, reasons)
    SELECT CASE WHEN moment GLOB '${UUID_GLOB}' THEN unhex(replace(moment, '-', '')) ELSE moment END AS key,
      touchpoint, day, scale, value, mood, reasons
    FROM moments ORDER BY key;
  DROP TABLE moments;
  ALTER TABLE moments_v2 RENAME TO moments;
  `,
  // 3: misery alerts (src/collector/alerts): answers by time for the sliding windows (a partial index:
  // answers only, appended at its right edge since time mostly grows), and each rule's state, so an
  // alert is sent once per trip even across restarts and processes. And journey stages: each event's
  // `stage`, and the latest stage per touchpoint for the map of moments' order.
  `
  ALTER TABLE events ADD COLUMN stage TEXT;
  CREATE TABLE touchpoint_stages (
    touchpoint TEXT PRIMARY KEY,
    stage TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX events_answers ON events (time) WHERE type = 'moment.answered' AND preview = 0;
  CREATE TABLE alert_state (
    rule TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    tripped INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (rule, touchpoint)
  ) WITHOUT ROWID;
  `,
  // 4: contact requests (\`moment.contact\`, whose \`comment\` column holds the e-mail the visitor gave) for the map:
  // their own partial index, few rows; and comments by moment, so each request finds its moment's comment
  // without a scan.
  `
  CREATE INDEX events_contacts ON events (time, id) WHERE type = 'moment.contact' AND preview = 0;
  CREATE INDEX events_comment_moments ON events (moment) WHERE type = 'moment.commented';
  `,
];
