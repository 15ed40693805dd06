/**
 * A table's chat: the table channel and the private two-party channels between seats. The last
 * entries stay in memory for late joiners; the session file keeps them all.
 */
import type { RoleId } from '../../engine/types.js';
import type { ChatEntry } from '../../protocol/messages.js';

/** Chat entries kept in memory per table for late joiners (the log keeps them all). */
const CHAT_MEMORY = 200;

export class TableChat {
  private readonly entries: ChatEntry[] = [];
  private seq = 0;

  constructor(private readonly table: number) {}

  add(from: string, name: string | null, to: string | null, text: string, at = Date.now()): ChatEntry {
    const entry: ChatEntry = { seq: ++this.seq, at, table: this.table, from, name, to, text };
    this.keep(entry);
    return entry;
  }

  /** Restore a logged entry (on replay) without recording it again. */
  restore(entry: ChatEntry): void {
    this.seq = Math.max(this.seq, entry.seq);
    this.keep(entry);
  }

  /**
   * What a seat may read: the table channel and its own private channels. A seatless reader (the
   * facilitator in a table room) gets the table channel. Spectators are not readers: the table
   * room sends them no chat at all.
   */
  readableBy(role: RoleId | null): ChatEntry[] {
    return this.entries.filter((e) => e.to === null || (role !== null && (e.to === role || e.from === role)));
  }

  all(): readonly ChatEntry[] {
    return this.entries;
  }

  private keep(entry: ChatEntry): void {
    this.entries.push(entry);
    if (this.entries.length > CHAT_MEMORY) this.entries.splice(0, this.entries.length - CHAT_MEMORY);
  }
}
