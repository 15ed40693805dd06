/**
 * Run sheets for a 50-minute class, a 90-minute class and a half-day workshop, computed from the
 * level: how long its game takes at a given turn timer, the turn timer that fits each plan, and
 * what happens round by round (the drift, scheduled events, the random events' odds for a paper
 * game, and when to inject the facilitator's events). The words are in the kit's catalog; this
 * module says which segment comes when and with which numbers.
 */
import type { Level } from '../../engine/level/schema.js';

export const PLANS = ['class50', 'class90', 'workshop'] as const;
export type PlanId = (typeof PLANS)[number];

/** Segment keys, worded in the catalog under `run.segment.<key>`. */
export type SegmentKey = 'welcome' | 'welcomeQuiz' | 'practice' | 'briefing' | 'play' | 'playOnline' | 'break' | 'debriefShort' | 'debriefLong' | 'debriefFirst' | 'hotseatCaucus' | 'debriefSecond' | 'postQuiz' | 'close';

export interface Segment {
  readonly start: number;
  readonly minutes: number;
  readonly key: SegmentKey;
}

export interface RunSheet {
  readonly plan: PlanId;
  readonly totalMinutes: number;
  /** Turn timer that lets every table finish inside the plan's playing time. */
  readonly turnSeconds: number;
  readonly playMinutes: number;
  readonly segments: readonly Segment[];
}

export interface RoundStep {
  readonly round: number;
  /** Moves of the no-deal outcome, with the schedule's reason when it gives one. */
  readonly drift: readonly { readonly issue: string; readonly option: number; readonly text?: Readonly<Record<string, string>> }[];
  readonly scheduled: readonly string[];
  readonly inject: readonly { readonly event: string; readonly why: Readonly<Record<string, string>> }[];
}

const LAYOUTS: Record<PlanId, readonly (readonly [SegmentKey, number])[]> = {
  class50: [['welcome', 5], ['briefing', 7], ['play', 23], ['debriefShort', 13], ['close', 2]],
  class90: [['welcomeQuiz', 10], ['briefing', 10], ['play', 35], ['debriefLong', 25], ['postQuiz', 10]],
  workshop: [
    ['welcomeQuiz', 15], ['practice', 20], ['briefing', 15], ['playOnline', 40], ['break', 15],
    ['debriefFirst', 25], ['hotseatCaucus', 35], ['debriefSecond', 25], ['postQuiz', 15], ['close', 5],
  ],
};

/** Seats people play (the others are always bots); at least one. */
export function humanSeats(level: Level): number {
  return Math.max(1, level.roles.filter((r) => r.playable).length);
}

/** Minutes a game takes if every human turn runs to the timer (an upper bound: turns often end sooner). */
export function gameMinutes(level: Level, turnSeconds: number): number {
  return Math.ceil((level.rounds.count * humanSeats(level) * turnSeconds) / 60);
}

/** The longest turn timer (a multiple of 5 s, 30 s at least, the level's own at most) that fits `minutes`. */
export function fittingTurnSeconds(level: Level, minutes: number): number {
  const own = level.rounds.turnSeconds > 0 ? level.rounds.turnSeconds : 120;
  const fit = Math.floor((minutes * 60) / (level.rounds.count * humanSeats(level)) / 5) * 5;
  return Math.max(30, Math.min(own, fit));
}

export function runSheet(level: Level, plan: PlanId): RunSheet {
  let start = 0;
  const segments = LAYOUTS[plan].map(([key, minutes]) => {
    const segment = { start, minutes, key };
    start += minutes;
    return segment;
  });
  const play = segments.find((s) => s.key === 'play' || s.key === 'playOnline') as Segment;
  return { plan, totalMinutes: start, turnSeconds: fittingTurnSeconds(level, play.minutes), playMinutes: play.minutes, segments };
}

/** What the facilitator (or the chair of a paper game) does at the start of each round. */
export function roundSteps(level: Level): RoundStep[] {
  const steps: RoundStep[] = [];
  for (let round = 1; round <= level.rounds.count; round++) {
    const drift = [
      ...level.noDeal.drift.filter((d) => d.round === round).map((d) => ({ issue: d.issue, option: d.option, text: d.text })),
      ...level.events
        .filter((e) => e.trigger === 'scheduled' && e.round === round)
        .flatMap((e) => e.effects.flatMap((x) => (x.kind === 'noDealDrift' ? [{ issue: x.issue, option: x.option }] : []))),
    ];
    steps.push({
      round,
      drift,
      scheduled: level.events.filter((e) => e.trigger === 'scheduled' && e.round === round).map((e) => e.id),
      inject: (level.teaching?.injections ?? []).filter((i) => i.round === round).map((i) => ({ event: i.event, why: i.why })),
    });
  }
  return steps;
}

/** A random event's chance as the faces of a 20-sided die that fire it (at least one face). */
export function d20Faces(chance: number): number {
  return Math.max(1, Math.min(20, Math.round(chance * 20)));
}
