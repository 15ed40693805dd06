/**
 * The debrief's plain reasons for players' moves (engine/move-reasons.ts, worded by
 * protocol/move-words.ts, shown by view-models/debrief.ts): every kind of move a player makes gets
 * one, in every catalog language; its figures are the mover's own at the moment it moved; and what a
 * card did to another seat is named without a figure.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine/bots/index.js';
import { runBots } from '../../../src/engine/bots/driver.js';
import { debriefFor, discussionQuestions } from '../../../src/engine/debrief.js';
import { packageFromIssues } from '../../../src/engine/level/model.js';
import { MOVE_REASON_CODES, type MoveReason } from '../../../src/engine/move-reasons.js';
import type { GameEvent } from '../../../src/engine/rules/events.js';
import type { Phase } from '../../../src/engine/rules/state.js';
import { packageValue } from '../../../src/engine/scoring/value.js';
import { GameSession } from '../../../src/engine/session.js';
import { publicLevel, viewFor } from '../../../src/engine/view.js';
import { levelNaming } from '../../../src/protocol/engine-words.js';
import { moveReasonText, moveWords } from '../../../src/protocol/move-words.js';
import { questionsVm, reasonsVm } from '../../../src/client/view-models/debrief.js';
import { replayStepVm } from '../../../src/client/view-models/replay.js';
import { localReplay, replayStates, replaySteps, seatReplay } from '../../../src/engine/replay.js';
import { level, t } from '../helpers.js';
import { rid } from '../../engine/helpers.js';
import type { RoleId } from '../../../src/engine/types.js';

const model = level('tutorial');
const pub = publicLevel(model.level);
const HUMANS = [rid('civil-society'), rid('developing')];
const SEED = 5;

/** A game where two seats are played by a script that makes every kind of move a player can. */
function scriptedGame(): GameSession {
  const session = GameSession.create(model, SEED);
  session.send({ type: 'start' });
  const bots = new Map(model.roleIds.filter((r) => !(HUMANS as readonly string[]).includes(r)).map((r, i) => [r, createBot(model, r, 'dealmaker', SEED + i)]));
  // A getter the compiler would narrow once and for all: the phase moves as the game goes.
  const phase = (): Phase => session.phase;
  const answered = new Map<string, number>();
  let turns = 0;
  const tryMove = (event: GameEvent): boolean => session.check(event) === null && session.send(event).ok;
  for (let guard = 0; guard < 500 && phase() !== 'concluded'; guard++) {
    runBots(session, bots);
    if (phase() === 'concluded') break;
    if (phase() === 'finalDecision') {
      for (const role of HUMANS) tryMove({ type: 'vote', role, accept: role === 'developing' });
      continue;
    }
    const role = model.turnOrder[session.state.turn] as RoleId;
    const view = viewFor(model, session.state, phase(), role, false);
    const self = view.self;
    if (!self) throw new Error('no seat');
    turns++;
    const hand = [...self.hand].sort((a, b) => Number(b === 'leak') - Number(a === 'leak'));
    for (const card of hand) if (tryMove({ type: 'playCard', role, card, target: rid('tnc-lobby') }) || tryMove({ type: 'playCard', role, card })) break;
    // The developing delegation holds out for the most protective text, so the talks reach a vote.
    const mine = role === 'developing' ? { 'data-flows': 0, 'customs-duties': 0 } : { 'data-flows': 1, 'customs-duties': 1 };
    for (const o of session.state.offers.filter((x) => x.status === 'open' && x.by !== role && !x.acceptedBy.includes(role) && !x.rejectedBy.includes(role))) {
      const n = answered.get(role) ?? 0;
      // The developing delegation never accepts (its yes would close the talks before the vote).
      const ok = role === 'developing' ? (n % 2 === 0 ? tryMove({ type: 'reject', role, offer: o.id }) : tryMove({ type: 'counter', role, offer: o.id, package: mine })) : tryMove({ type: 'accept', role, offer: o.id });
      if (ok) answered.set(role, n + 1);
      if (phase() !== 'negotiating') break;
    }
    if (phase() !== 'negotiating') continue;
    if (!self.offeredThisTurn) tryMove({ type: 'offer', role, package: mine });
    if (phase() !== 'negotiating') continue;
    if (turns === 3) session.send({ type: 'timeout' });
    else session.send({ type: 'endTurn', role });
  }
  return session;
}

const session = scriptedGame();
const debrief = debriefFor(model, session.state, session.history, SEED);
const frames = replayStates(model, SEED, debrief.history);
const source = localReplay(model, SEED, debrief.history);

function frameBefore(reason: MoveReason): number {
  // The frame whose log ends at or before the move's entry, and the next one past it.
  return frames.findIndex((f, i) => i + 1 < frames.length && (frames[i + 1]?.logLength ?? 0) > reason.logIndex && f.logLength <= reason.logIndex);
}

describe('players\' move reasons', () => {
  it('finishes the scripted game with players\' moves of every kind', () => {
    expect(session.phase).toBe('concluded');
    const kinds = new Set(debrief.moves.map((m) => m.code.split('.')[0]));
    expect([...kinds].sort()).toEqual(['accept', 'card', 'counter', 'endTurn', 'offer', 'reject', 'vote']);
    expect(debrief.moves.some((m) => m.code === 'endTurn.timedOut')).toBe(true);
    expect(debrief.moves.every((m) => (MOVE_REASON_CODES as readonly string[]).includes(m.code))).toBe(true);
  });

  it('gives a reason to every move of the players, and none to a bot\'s (it has its own)', () => {
    const byIndex = new Map(debrief.moves.map((m) => [m.logIndex, m]));
    debrief.log.forEach((e, i) => {
      if (!('role' in e) || e.kind === 'change' || e.kind === 'intel') return;
      const human = (HUMANS as readonly string[]).includes(e.role);
      const next = debrief.log.slice(i + 1).find((x) => x.kind !== 'change' && x.kind !== 'standing');
      const counterReject = e.kind === 'reject' && next?.kind === 'offer' && next.counterTo === e.offer && next.role === e.role;
      const isMove = ['card', 'offer', 'accept', 'reject', 'endTurn', 'vote'].includes(e.kind) && !counterReject;
      if (human && isMove) expect(byIndex.get(i)?.role, `${e.kind} at ${i}`).toBe(e.role);
      else expect(byIndex.has(i), `${e.kind} at ${i}`).toBe(false);
    });
  });

  it('uses the mover\'s own figures as they stood before the move', () => {
    for (const m of debrief.moves) {
      const at = frameBefore(m);
      expect(at, `move at ${m.logIndex}`).toBeGreaterThanOrEqual(0);
      const frame = frames[at];
      if (!frame) continue;
      const self = viewFor(model, frame.state, frame.phase, m.role, false).self;
      if (m.code !== 'card') expect(m.params.walkAway).toBe(self?.noDealValue);
      const offerId = m.code.startsWith('offer') || m.code.startsWith('counter') ? null : m.params.offer;
      if (typeof offerId === 'number' && typeof m.params.value === 'number') {
        const offer = frame.state.offers[offerId - 1];
        expect(m.params.value).toBe(offer ? packageValue(self?.values ?? [], offer.package) : NaN);
      }
      if (m.code.startsWith('counter') || m.code.startsWith('offer')) {
        const history = session.history.find((_, i) => i === at) as Extract<GameEvent, { package: unknown }>;
        expect(m.params.value).toBe(packageValue(self?.values ?? [], packageFromIssues(model, history.package)));
      }
    }
  });

  it('rebuilds the reasons for an online table without putting its seed in the debrief', () => {
    const online = debriefFor(model, session.state, session.history, null, SEED);
    expect(online.seed).toBeNull();
    expect(online.moves).toEqual(debrief.moves);
    expect(debriefFor(model, session.state, session.history).moves).toEqual([]);
  });

  it('names what a card did to another seat without giving that seat\'s figures', () => {
    const others = debrief.moves.flatMap((m) => m.effects.map((e) => ({ m, e }))).filter(({ e }) => e.code.startsWith('other') || e.code === 'reveal');
    expect(others.length).toBeGreaterThan(0);
    for (const { m, e } of others) {
      expect(Object.keys(e.params).every((k) => k === 'target' || k === 'issue')).toBe(true);
      const alone = moveReasonText({ ...m, code: 'card', params: { card: 'leak' }, effects: [e] }, 'you', levelNaming(pub, 'en'), () => 'Voice', moveWords('en'));
      expect(alone, alone).not.toMatch(/\d/);
    }
  });

  it.each(['en', 'fr', 'es'])('words every reason in %s, in both voices, with no key or placeholder left', (language) => {
    const naming = levelNaming(pub, language);
    for (const m of debrief.moves) {
      for (const voice of ['you', 'seat'] as const) {
        const text = moveReasonText(m, voice, naming, () => 'R', moveWords(language));
        expect(text).not.toMatch(/\{\{|\b(you|seat|part)\.[a-z]/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
  });

  it('reads "You accepted #n: it gave you …" for the reader\'s own seat, and names the seat for others', () => {
    const accept = debrief.moves.find((m) => m.code.startsWith('accept') && m.role === 'civil-society');
    expect(accept).toBeDefined();
    const own = reasonsVm(pub, debrief, 'en', t, 'civil-society').find((r) => r.role === 'civil-society');
    const line = own?.lines.find((l) => l.index === accept?.logIndex);
    expect(line?.derived).toMatch(new RegExp(`^You accepted #${accept?.params.offer}.* gave you ${accept?.params.value} points, .*walking away was worth to you then`));
    const seen = reasonsVm(pub, debrief, 'en', t, 'developing').find((r) => r.role === 'civil-society');
    expect(seen?.lines.find((l) => l.index === accept?.logIndex)?.derived).toMatch(new RegExp(`^${pub.roles.find((r) => r.id === 'civil-society')?.name.en} accepted #`));
    // Bots keep their own reasons; players' typed reasons (none here) would sit in `reason`, apart.
    const bot = reasonsVm(pub, debrief, 'en', t, 'developing').find((r) => r.role === 'tnc-lobby');
    expect(bot?.lines.every((l) => l.derived === null && !!l.reason)).toBe(true);
  });

  it('says what an information card revealed', () => {
    const leak = debrief.moves.find((m) => m.code === 'card' && m.params.card === 'leak');
    expect(leak?.effects.map((e) => e.code)).toContain('reveal');
    const text = moveReasonText(leak as MoveReason, 'you', levelNaming(pub, 'en'), () => 'Voice', moveWords('en'));
    expect(text).toMatch(/^You played “.+” on Technology-industry lobby: it cost 1 Voice .* it showed you what Technology-industry lobby values on/);
  });
});

describe('discussion questions and replay', () => {
  it('picks three or four of the level\'s teaching questions, in the player\'s language', () => {
    for (const name of ['tutorial', 'buenos-aires-2017', 'abu-dhabi-2024', 'jsi-coalitions-7', 'mc14-2026']) {
      const q = discussionQuestions(level(name).level);
      expect(q.length, name).toBeGreaterThanOrEqual(3);
      expect(q.length, name).toBeLessThanOrEqual(4);
    }
    const fr = questionsVm(pub, rid('developing'), 'fr', debrief);
    expect(fr.questions).toEqual(debrief.discussion.map((q) => q.fr));
  });

  it('steps the table: each step\'s moves with statements and reasons, the seat\'s own changes, no other seat\'s private entries', () => {
    let statements = 0;
    let derived = 0;
    for (let k = 0; k < frames.length; k++) {
      const step = replayStepVm(pub, debrief, source, k, rid('civil-society'), 'en', t);
      expect(step.view.viewer).toBe('civil-society');
      for (const l of step.lines) {
        expect(['change', 'intel']).not.toContain(l.kind);
        if (l.statement) statements++;
        if (l.derived) derived++;
      }
      for (const c of step.changes) expect(c.text).toMatch(/you now value/);
    }
    expect(statements).toBeGreaterThan(0);
    expect(derived).toBe(debrief.moves.length);
    const last = replayStepVm(pub, debrief, source, frames.length - 1, null, 'en', t);
    expect(last.view.outcome).toEqual(session.state.outcome);
    expect(last.view.self).toBeNull();
  });

  it('steps an online seat\'s replay (its own steps, over the wire) exactly as the local one, for the seat and the public table', () => {
    const wire = JSON.parse(JSON.stringify(replaySteps(model, frames, rid('civil-society')))) as ReturnType<typeof replaySteps>;
    const online = seatReplay(wire);
    expect(online.viewers).toEqual(['civil-society', null]);
    for (let k = 0; k < frames.length; k += 3) {
      for (const viewer of [rid('civil-society'), null]) {
        expect(JSON.parse(JSON.stringify(replayStepVm(pub, debrief, online, k, viewer, 'en', t)))).toEqual(JSON.parse(JSON.stringify(replayStepVm(pub, debrief, source, k, viewer, 'en', t))));
      }
    }
    // Another seat is not in an online replay: asked for, it shows the public table.
    const other = replayStepVm(pub, debrief, online, 5, model.roleIds.find((r) => r !== 'civil-society') ?? null, 'en', t);
    expect(other.view.viewer).toBeNull();
    expect(other.view.self).toBeNull();
  });
});
