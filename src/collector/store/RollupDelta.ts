import type { EventRow } from './eventRow';

/** Counter increments of one (day, touchpoint). */
export interface DailyDelta {
  day: string;
  touchpoint: string;
  shown: number;
  answered: number;
  dismissed: number;
  commented: number;
}

/**
 * The rollup increments of a transaction, gathered from the rows it actually inserted (never from
 * duplicates), so a retried or twice-received event counts once. Answers are added with
 * {@link RollupDelta.answer} only for a moment's first answer.
 */
export class RollupDelta {
  readonly daily = new Map<string, DailyDelta>();
  readonly ratings = new Map<string, { day: string; touchpoint: string; scale: string; value: number; n: number }>();
  readonly dropped = new Map<string, number>();
  /** The latest stage each touchpoint named in the transaction (non-preview events). */
  readonly stages = new Map<string, string>();

  private cell(day: string, touchpoint: string): DailyDelta {
    const key = `${day}\u0000${touchpoint}`;
    let d = this.daily.get(key);
    if (!d) this.daily.set(key, (d = { day, touchpoint, shown: 0, answered: 0, dismissed: 0, commented: 0 }));
    return d;
  }

  /** Counts an inserted, non-preview event other than an answer. */
  add(row: EventRow): void {
    if (row.preview) return;
    if (row.stage !== null) this.stages.set(row.touchpoint, row.stage);
    if (row.type === 'moment.shown') this.cell(row.day, row.touchpoint).shown++;
    else if (row.type === 'moment.dismissed') this.cell(row.day, row.touchpoint).dismissed++;
    else if (row.type === 'moment.commented') this.cell(row.day, row.touchpoint).commented++;
    else if (row.type === 'moments.dropped') this.dropped.set(row.day, (this.dropped.get(row.day) ?? 0) + (row.dropped ?? 0));
  }

  /** Counts the first answer of a moment (its day, touchpoint and rating). */
  answer(row: EventRow): void {
    if (row.stage !== null) this.stages.set(row.touchpoint, row.stage);
    this.cell(row.day, row.touchpoint).answered++;
    const key = `${row.day}\u0000${row.touchpoint}\u0000${row.scale}\u0000${row.value}`;
    const r = this.ratings.get(key);
    if (r) r.n++;
    else this.ratings.set(key, { day: row.day, touchpoint: row.touchpoint, scale: row.scale!, value: row.value!, n: 1 });
  }

  /** Rows sorted by key, so concurrent writers lock rollup rows in one order (no deadlocks). */
  sorted() {
    const byKey = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
    return {
      daily: byKey(this.daily),
      ratings: byKey(this.ratings),
      dropped: [...this.dropped.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, n]) => ({ day, n })),
    };
  }
}
