/**
 * The PostgreSQL schema, one entry per version (recorded in `moments_schema`). Append new
 * versions; never edit an applied one. Rollup rows carry a `shard` so replicas that add to the
 * same day and touchpoint at once update different rows instead of queueing on one row lock.
 */
export const pgMigrations: string[] = [
  `
  CREATE TABLE events (
    id text PRIMARY KEY,
    type text NOT NULL,
    touchpoint text NOT NULL,
    moment text NOT NULL,
    time timestamptz NOT NULL,
    day date NOT NULL,
    page_path text NOT NULL,
    page_title text NOT NULL,
    visitor text,
    context json,
    scale text,
    value smallint,
    reasons json,
    comment text,
    dropped integer,
    preview boolean NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX events_comments ON events (time DESC, id COLLATE "C" DESC) WHERE type = 'moment.commented' AND NOT preview;
  CREATE TABLE moments (
    moment text PRIMARY KEY,
    touchpoint text NOT NULL,
    day date NOT NULL,
    scale text NOT NULL,
    value smallint NOT NULL,
    mood smallint NOT NULL,
    reasons json
  );
  CREATE TABLE daily (
    day date NOT NULL,
    touchpoint text NOT NULL,
    shard smallint NOT NULL,
    shown bigint NOT NULL DEFAULT 0,
    answered bigint NOT NULL DEFAULT 0,
    dismissed bigint NOT NULL DEFAULT 0,
    commented bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, touchpoint, shard)
  );
  CREATE TABLE daily_ratings (
    day date NOT NULL,
    touchpoint text NOT NULL,
    scale text NOT NULL,
    value smallint NOT NULL,
    shard smallint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (day, touchpoint, scale, value, shard)
  );
  CREATE TABLE daily_dropped (
    day date NOT NULL,
    shard smallint NOT NULL,
    dropped bigint NOT NULL,
    PRIMARY KEY (day, shard)
  );
  `,
  // 2: misery alerts (src/collector/alerts): answers by time for the sliding windows, and each rule's
  // state; a trip is claimed with one conditional upsert, so one replica sends each alert. And journey
  // stages: each event's stage, and the latest stage per touchpoint for the map of moments' order.
  `
  ALTER TABLE events ADD COLUMN stage text;
  CREATE TABLE touchpoint_stages (
    touchpoint text PRIMARY KEY,
    stage text NOT NULL
  );
  CREATE INDEX events_answers ON events (time) WHERE type = 'moment.answered' AND NOT preview;
  CREATE TABLE alert_state (
    rule text NOT NULL,
    touchpoint text NOT NULL,
    tripped boolean NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule, touchpoint)
  );
  `,
  // 3: contact requests (\`moment.contact\`, whose \`comment\` column holds the e-mail the visitor gave) for the map:
  // their own partial index, few rows; and comments by moment, so each request finds its moment's comment
  // without a scan.
  `
  CREATE INDEX events_contacts ON events (time DESC, id COLLATE "C" DESC) WHERE type = 'moment.contact' AND NOT preview;
  CREATE INDEX events_comment_moments ON events (moment) WHERE type = 'moment.commented';
  `,
];
