/**
 * The facilitator's messages showing now: one to every table, and one per table. A message to
 * every table replaces what single tables were shown; an empty text takes a message down.
 */
import type { Announcement } from '../protocol/messages.js';

export class Announcements {
  private all: Announcement | null = null;
  private readonly byTable = new Map<number, Announcement>();

  set(text: string, table: number | null, at: number): void {
    const announcement = text === '' ? null : { text, at, table };
    if (table === null) {
      this.all = announcement;
      this.byTable.clear();
    } else if (announcement) this.byTable.set(table, announcement);
    else this.byTable.delete(table);
  }

  /** What a table (or, with null, a participant without a seat) is shown: the latest message for it. */
  for(table: number | null): Announcement | null {
    const own = table === null ? null : (this.byTable.get(table) ?? null);
    if (!own) return this.all;
    return !this.all || own.at >= this.all.at ? own : this.all;
  }

  list(): Announcement[] {
    return [...(this.all ? [this.all] : []), ...[...this.byTable.values()].sort((a, b) => (a.table ?? 0) - (b.table ?? 0))];
  }
}
