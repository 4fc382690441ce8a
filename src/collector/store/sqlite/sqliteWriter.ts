import type { Database as Db } from 'better-sqlite3';
import type { EventRow } from '../eventRow';
import { RollupDelta } from '../RollupDelta';
import { idKey } from './idKey';
import type { InsertResult } from '../store';

/** Writes a group of batches in one transaction; see {@link createSqliteWriter}. */
export type SqliteWriter = (batches: EventRow[][]) => InsertResult[];

/**
 * The SQLite write path: one transaction per group of batches, rollups changed only for rows the
 * insert actually added (so duplicates and retries never count twice), answers once per moment.
 * Runs on whichever thread owns `db` (the writer thread in the build, the caller's in tests).
 */
export function createSqliteWriter(db: Db): SqliteWriter {
  // ON CONFLICT (id) only: OR IGNORE would also skip NOT NULL violations and half-store a batch.
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, touchpoint, moment, time, day, page_path, page_title, visitor, context,
       scale, value, reasons, comment, dropped, preview, received_at, stage)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const insertMoment = db.prepare(
    `INSERT INTO moments (moment, touchpoint, day, scale, value, mood, reasons)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (moment) DO NOTHING`,
  );
  const setReasons = db.prepare('UPDATE moments SET reasons = ? WHERE moment = ?');
  const upDaily = db.prepare(
    `INSERT INTO daily (day, touchpoint, shown, answered, dismissed, commented) VALUES (@day, @touchpoint, @shown, @answered, @dismissed, @commented)
     ON CONFLICT (day, touchpoint) DO UPDATE SET shown = shown + excluded.shown, answered = answered + excluded.answered,
       dismissed = dismissed + excluded.dismissed, commented = commented + excluded.commented`,
  );
  const upRating = db.prepare(
    `INSERT INTO daily_ratings (day, touchpoint, scale, value, n) VALUES (@day, @touchpoint, @scale, @value, @n)
     ON CONFLICT (day, touchpoint, scale, value) DO UPDATE SET n = n + excluded.n`,
  );
  // Only a change writes: the WHERE keeps an unchanged stage from dirtying a page every commit.
  const upStage = db.prepare(
    `INSERT INTO touchpoint_stages (touchpoint, stage) VALUES (?, ?) ON CONFLICT (touchpoint) DO UPDATE SET stage = excluded.stage WHERE stage IS NOT excluded.stage`,
  );
  const upDropped = db.prepare(
    `INSERT INTO daily_dropped (day, dropped) VALUES (@day, @n) ON CONFLICT (day) DO UPDATE SET dropped = dropped + excluded.dropped`,
  );

  return db.transaction((batches: EventRow[][]): InsertResult[] => {
    const received_at = new Date().toISOString();
    const delta = new RollupDelta();
    const results = batches.map((rows) => {
      let stored = 0;
      for (const r of rows) {
        const moment = idKey(r.moment);
        // Positional binding: no per-row object copy on the hot path.
        const changes = insertEvent.run(idKey(r.id), r.type, r.touchpoint, moment, r.time, r.day, r.page_path, r.page_title, r.visitor, r.context,
          r.scale, r.value, r.reasons, r.comment, r.dropped, r.preview ? 1 : 0, received_at, r.stage).changes;
        if (changes === 0) continue;
        stored++;
        if (r.type === 'moment.answered' && !r.preview) {
          if (insertMoment.run(moment, r.touchpoint, r.day, r.scale, r.value, r.mood, r.reasons).changes === 1) delta.answer(r);
          else if (r.reasons !== null) setReasons.run(r.reasons, moment);
        } else delta.add(r);
      }
      return { stored, duplicates: rows.length - stored };
    });
    const { daily, ratings, dropped } = delta.sorted();
    for (const d of daily) upDaily.run(d);
    for (const x of ratings) upRating.run(x);
    for (const d of dropped) upDropped.run(d);
    for (const [touchpoint, stage] of delta.stages) upStage.run(touchpoint, stage);
    return results;
  });
}
