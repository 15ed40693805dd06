/**
 * Who listens to a workshop: the session room (every change), each table room (its table's
 * changes), the rooms again for chat and for a participant's newest connection (a claim).
 */
import type { ChatEntry } from '../protocol/messages.js';
import type { TableHost } from './table-host.js';
import type { Participant } from './workshop.js';

export type WorkshopListener = (what: 'session' | 'table', table?: TableHost) => void;
export type ChatListener = (table: TableHost, entry: ChatEntry) => void;
export type ClaimListener = (participant: Participant, claim: number) => void;

function subscribe<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

export class WorkshopEvents {
  private readonly listeners = new Set<WorkshopListener>();
  private readonly tableListeners = new Map<TableHost, Set<() => void>>();
  private readonly chatListeners = new Set<ChatListener>();
  private readonly claimListeners = new Set<ClaimListener>();

  /** Every change (the console and the projector). */
  onChange(listener: WorkshopListener): () => void {
    return subscribe(this.listeners, listener);
  }

  /**
   * Changes of one table: what its room needs. Session-wide changes that matter to a table (status,
   * seats, mutes, messages) reach it as table changes too; a participant joining elsewhere does not.
   */
  onTable(table: TableHost, listener: () => void): () => void {
    let set = this.tableListeners.get(table);
    if (!set) this.tableListeners.set(table, (set = new Set()));
    return subscribe(set, listener);
  }

  onChat(listener: ChatListener): () => void {
    return subscribe(this.chatListeners, listener);
  }

  /** A connection took a participant's place: rooms close that participant's older connections. */
  onClaim(listener: ClaimListener): () => void {
    return subscribe(this.claimListeners, listener);
  }

  changed(what: 'session' | 'table', table?: TableHost): void {
    for (const l of this.listeners) l(what, table);
    if (what === 'table' && table) for (const l of this.tableListeners.get(table) ?? []) l();
  }

  chat(table: TableHost, entry: ChatEntry): void {
    for (const l of this.chatListeners) l(table, entry);
  }

  claimed(participant: Participant, claim: number): void {
    for (const l of this.claimListeners) l(participant, claim);
  }

  clear(): void {
    this.listeners.clear();
    this.tableListeners.clear();
    this.chatListeners.clear();
    this.claimListeners.clear();
  }
}
