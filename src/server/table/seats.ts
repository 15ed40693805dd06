/**
 * Who holds each seat of a table: a participant, a bot, or nobody. A participant whose connection
 * has been gone longer than the hold time is taken over by a bot until they come back.
 */
import type { RoleId } from '../../engine/types.js';
import type { SeatInfo } from '../../protocol/port.js';
import { guarded } from './guarded.js';

export type Controller = 'human' | 'bot' | 'empty';

interface Seat {
  readonly role: RoleId;
  participant: string | null;
  name: string | null;
  connections: number;
  /** The participant's connection has been gone longer than the hold time: a bot plays for them. */
  takenOver: boolean;
  holdTimer: NodeJS.Timeout | null;
}

export interface SeatsOptions {
  readonly roles: readonly RoleId[];
  /** The seats participants may take. */
  readonly humanRoles: readonly RoleId[];
  /** Whether bots play the human seats nobody holds (otherwise their turns time out). */
  readonly bots: boolean;
  readonly holdSeatMs: number;
  /** For log lines. */
  readonly where: string;
}

export class TableSeats {
  private readonly seats = new Map<RoleId, Seat>();

  /**
   * `controllers`: who plays a seat changed (bots may be due); `presence`: only who is connected.
   */
  constructor(
    private readonly options: SeatsOptions,
    private readonly onChange: (what: 'controllers' | 'presence') => void,
  ) {
    for (const role of options.roles) this.seats.set(role, { role, participant: null, name: null, connections: 0, takenOver: false, holdTimer: null });
  }

  get humanRoles(): readonly RoleId[] {
    return this.options.humanRoles;
  }

  controllerOf(role: RoleId): Controller {
    const seat = this.seats.get(role);
    if (!seat || !this.options.humanRoles.includes(role)) return 'bot';
    if (seat.participant !== null) return seat.takenOver ? 'bot' : 'human';
    return this.options.bots ? 'bot' : 'empty';
  }

  participantAt(role: RoleId): string | null {
    return this.seats.get(role)?.participant ?? null;
  }

  freeHumanRole(): RoleId | null {
    return this.options.humanRoles.find((r) => this.seats.get(r)?.participant === null) ?? null;
  }

  /** Put a participant in a seat (held as disconnected until their client joins the table room). */
  seat(role: RoleId, participant: string, name: string): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    this.clearHold(seat);
    Object.assign(seat, { participant, name, connections: 0, takenOver: false });
    this.startHold(seat);
    this.onChange('controllers');
  }

  vacate(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    this.clearHold(seat);
    Object.assign(seat, { participant: null, name: null, connections: 0, takenOver: false });
    this.onChange('controllers');
  }

  connect(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat) return;
    seat.connections++;
    this.clearHold(seat);
    // A participant who comes back takes their seat back from the bot.
    const wasTakenOver = seat.takenOver;
    seat.takenOver = false;
    this.onChange(wasTakenOver ? 'controllers' : 'presence');
  }

  disconnect(role: RoleId): void {
    const seat = this.seats.get(role);
    if (!seat || seat.connections === 0) return;
    seat.connections--;
    if (seat.connections === 0 && seat.participant !== null) this.startHold(seat);
    this.onChange('presence');
  }

  seatInfo(): SeatInfo[] {
    return this.options.roles.map((role) => {
      const seat = this.seats.get(role);
      const controller = this.controllerOf(role);
      return {
        role,
        controller: controller === 'bot' ? 'bot' : 'human',
        name: seat?.name ?? null,
        connected: controller === 'bot' ? true : (seat?.connections ?? 0) > 0,
      };
    });
  }

  dispose(): void {
    for (const seat of this.seats.values()) this.clearHold(seat);
  }

  private startHold(seat: Seat): void {
    this.clearHold(seat);
    seat.holdTimer = setTimeout(guarded(this.options.where, () => {
      seat.holdTimer = null;
      if (seat.participant === null || seat.connections > 0) return;
      seat.takenOver = true;
      this.onChange('controllers');
    }), this.options.holdSeatMs);
  }

  private clearHold(seat: Seat): void {
    if (seat.holdTimer) clearTimeout(seat.holdTimer);
    seat.holdTimer = null;
  }
}
