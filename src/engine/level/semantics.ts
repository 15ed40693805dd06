/**
 * The rules a level must follow beyond its shape: ids are unique and every reference resolves,
 * every role values every option, every text exists in every language, numbers make sense
 * together, the decision rule is coherent. Runs on a level that has passed `LevelSchema`; never
 * throws: it returns every problem it finds, each with the path of the offending value and a
 * message written for a trainer, not a programmer.
 */
import type { Effect, Level, LocalText } from './schema.js';
import { teachingIssues } from './teaching-schema.js';

export type LevelPath = (string | number)[];

export interface SemanticIssue {
  path: LevelPath;
  message: string;
}

export interface SemanticOptions {
  /** Ids of the facts in the evidence base; when given, every cited id must be one of them. */
  evidenceIds?: ReadonlySet<string> | undefined;
  /** How messages name the evidence base; `seeds/evidence.yaml` unless told. */
  evidenceSource?: string | undefined;
}

/** Above this many distinct packages, bots and the Pareto frontier get too slow. */
export const MAX_PACKAGES = 20_000;

/** Words with a meaning of their own in an effect's `who`; no role may be called by them. */
export const RESERVED_WHO = ['self', 'target', 'all', 'others'] as const;

/** Levenshtein distance, for "did you mean" hints. Small strings only. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    if (candidate === word) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (best !== undefined && bestDistance <= allowed) return best;
  // "lobbyist" for "lobby", "data" for "data-flows": one is the start of the other.
  if (lower.length >= 3) {
    const prefixed = list.filter((c) => c !== word && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())) && c.length >= 3);
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = closest(word, candidates);
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`;
}

const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function checkLevelSemantics(level: Level, options: SemanticOptions = {}): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const report = (path: LevelPath, message: string): void => {
    issues.push({ path, message });
  };

  const roleIds = new Set(level.roles.map((r) => r.id));
  const issueById = new Map(level.issues.map((i) => [i.id, i] as const));
  const cardIds = new Set(level.cards.map((c) => c.id));
  const indicatorIds = new Set(level.impact.indicators.map((i) => i.id));
  const roundCount = level.rounds.count;

  // ---- ids ---------------------------------------------------------------------------------
  const uniqueIds = (what: string, list: readonly { id: string }[], key: LevelPath): void => {
    const first = new Map<string, number>();
    list.forEach((item, index) => {
      const seen = first.get(item.id);
      if (seen === undefined) first.set(item.id, index);
      else report([...key, index, 'id'], `there is already a ${what} with id "${item.id}" (the ${ordinal(seen + 1)} ${what}); ids must be unique`);
    });
  };
  uniqueIds('role', level.roles, ['roles']);
  uniqueIds('issue', level.issues, ['issues']);
  uniqueIds('card', level.cards, ['cards']);
  uniqueIds('event', level.events, ['events']);
  uniqueIds('indicator', level.impact.indicators, ['impact', 'indicators']);
  level.roles.forEach((role, r) => {
    if ((RESERVED_WHO as readonly string[]).includes(role.id)) {
      report(['roles', r, 'id'], `a role may not be called "${role.id}": in effects, ${RESERVED_WHO.map((w) => `"${w}"`).join(', ')} have a meaning of their own; choose another id`);
    }
    // Role ids key tables all over the engine and the network; names every JavaScript object already
    // carries ("constructor", "toString", ...) would read as present where nothing was set.
    if (role.id in Object.prototype) report(['roles', r, 'id'], `a role may not be called "${role.id}": the name is reserved by the software; choose another id`);
  });

  // ---- languages and texts -------------------------------------------------------------------
  const languages = level.languages;
  const declared = new Set(languages);
  languages.forEach((lang, i) => {
    if (languages.indexOf(lang) !== i) report(['languages', i], `the language "${lang}" is listed twice`);
  });
  const declaredList = languages.join(', ');
  const text = (value: LocalText | undefined, path: LevelPath): void => {
    if (value === undefined) return;
    for (const lang of declared) {
      if (value[lang] === undefined) report(path, `missing the '${lang}' text`);
    }
    for (const lang of Object.keys(value)) {
      if (!declared.has(lang)) {
        report([...path, lang], `'${lang}' is not one of the level's languages (${declaredList}); add it to "languages" or remove this text`);
      }
    }
  };
  text(level.title, ['title']);
  text(level.scenario, ['scenario']);
  level.tutorial.forEach((step, i) => text(step.text, ['tutorial', i, 'text']));
  level.roles.forEach((role, r) => {
    text(role.name, ['roles', r, 'name']);
    text(role.brief, ['roles', r, 'brief']);
    text(role.objectives, ['roles', r, 'objectives']);
    text(role.resource.name, ['roles', r, 'resource', 'name']);
  });
  level.issues.forEach((issue, i) => {
    text(issue.name, ['issues', i, 'name']);
    text(issue.description, ['issues', i, 'description']);
    issue.options.forEach((option, o) => {
      text(option.label, ['issues', i, 'options', o, 'label']);
      text(option.clause, ['issues', i, 'options', o, 'clause']);
    });
  });
  level.cards.forEach((card, c) => {
    text(card.name, ['cards', c, 'name']);
    text(card.text, ['cards', c, 'text']);
  });
  level.events.forEach((event, e) => {
    text(event.name, ['events', e, 'name']);
    text(event.text, ['events', e, 'text']);
  });
  level.noDeal.drift.forEach((drift, d) => text(drift.text, ['noDeal', 'drift', d, 'text']));
  level.impact.indicators.forEach((indicator, i) => {
    text(indicator.name, ['impact', 'indicators', i, 'name']);
    text(indicator.unit, ['impact', 'indicators', i, 'unit']);
  });
  text(level.debrief.summary, ['debrief', 'summary']);
  level.debrief.questions.forEach((q, i) => text(q, ['debrief', 'questions', i]));
  text(level.debrief.agreement, ['debrief', 'agreement']);
  text(level.debrief.noDeal, ['debrief', 'noDeal']);
  for (const [role, t] of Object.entries(level.debrief.perRole)) text(t, ['debrief', 'perRole', role]);

  // ---- helpers for references ----------------------------------------------------------------
  const issueExists = (issue: string, path: LevelPath, where: string): boolean => {
    if (issueById.has(issue)) return true;
    report(path, `issue "${issue}" is not defined (${where})${didYouMean(issue, issueById.keys())}`);
    return false;
  };
  const optionInRange = (issue: string, option: number, path: LevelPath, where: string): boolean => {
    const count = issueById.get(issue)?.options.length;
    if (count === undefined || option < count) return true;
    report(path, `option ${option} does not exist: issue "${issue}" has ${plural(count, 'option')}, numbered 0 to ${count - 1} (${where})`);
    return false;
  };
  const roleExists = (role: string, path: LevelPath, where: string): boolean => {
    if (roleIds.has(role)) return true;
    report(path, `role "${role}" is not defined (${where})${didYouMean(role, roleIds)}`);
    return false;
  };

  // ---- roles ---------------------------------------------------------------------------------
  if (!level.roles.some((r) => r.playable)) {
    report(['roles'], 'no role has "playable: true": at least one role must be open to a human player');
  }
  level.roles.forEach((role, r) => {
    const where = `listed in the deck of role "${role.id}"`;
    role.deck.forEach((card, k) => {
      if (!cardIds.has(card)) report(['roles', r, 'deck', k], `card "${card}" is not defined (${where})${didYouMean(card, cardIds)}`);
    });
    if (role.handSize > role.deck.length) {
      report(
        ['roles', r, 'handSize'],
        `role "${role.id}" starts with a hand of ${role.handSize} cards but its deck has only ${plural(role.deck.length, 'card')}`,
      );
    }
    // Every role values every option of every issue.
    for (const issue of level.issues) {
      const points = role.values[issue.id];
      if (points === undefined) {
        report(['roles', r, 'values'], `role "${role.id}" has no points for issue "${issue.id}" (expected ${plural(issue.options.length, 'number')}, one per option)`);
      } else if (points.length !== issue.options.length) {
        report(
          ['roles', r, 'values', issue.id],
          `role "${role.id}" has ${plural(points.length, 'point')} for issue "${issue.id}" but the issue has ${plural(issue.options.length, 'option')}`,
        );
      }
    }
    for (const key of Object.keys(role.values)) {
      if (!issueById.has(key)) {
        report(['roles', r, 'values', key], `role "${role.id}" has points for "${key}", which is not an issue of this level${didYouMean(key, issueById.keys())}`);
      }
    }
  });

  // ---- issues: locked options must be unlockable ----------------------------------------------
  const unlocked = new Set<string>();
  const dealt = new Set(level.roles.flatMap((r) => r.deck));
  const noteUnlocks = (effects: readonly Effect[], counts: boolean): void => {
    if (!counts) return;
    for (const effect of effects) if (effect.kind === 'unlockOption') unlocked.add(`${effect.issue}#${effect.option}`);
  };
  level.cards.forEach((card) => noteUnlocks(card.effects, dealt.has(card.id)));
  level.events.forEach((event) => noteUnlocks(event.effects, true));
  level.issues.forEach((issue, i) => {
    issue.options.forEach((option, o) => {
      if (option.locked && !unlocked.has(`${issue.id}#${o}`)) {
        report(
          ['issues', i, 'options', o, 'locked'],
          `option ${o} of issue "${issue.id}" is locked but no card in a deck and no event unlocks it (an "unlockOption" effect), so it can never be offered`,
        );
      }
    });
  });
  const packageCount = level.issues.reduce((n, issue) => n * issue.options.length, 1);
  if (packageCount > MAX_PACKAGES) {
    report(
      ['issues'],
      `the issues allow ${packageCount} different packages (${level.issues.map((i) => i.options.length).join(' × ')} options); at most ${MAX_PACKAGES} are supported: remove an issue or some options`,
    );
  }

  // ---- effects of cards and events -------------------------------------------------------------
  const checkEffects = (effects: readonly Effect[], base: LevelPath, owner: string, inEvent: boolean): void => {
    effects.forEach((effect, k) => {
      const path = [...base, k];
      if ('who' in effect) {
        const who = effect.who;
        if (inEvent && (who === 'self' || who === 'target')) {
          report([...path, 'who'], `an event cannot use who: "${who}" (${owner}): an event has no player and no target; use "all", "others" or a role id`);
        } else if (!(RESERVED_WHO as readonly string[]).includes(who) && !roleIds.has(who)) {
          report(
            [...path, 'who'],
            `who: "${who}" is neither "self", "target", "all", "others" nor a role id (${owner})${didYouMean(who, [...RESERVED_WHO, ...roleIds])}`,
          );
        }
      }
      switch (effect.kind) {
        case 'shiftValue':
        case 'noDealDrift':
        case 'unlockOption':
          if (issueExists(effect.issue, [...path, 'issue'], owner)) optionInRange(effect.issue, effect.option, [...path, 'option'], owner);
          if (effect.kind === 'unlockOption') {
            const option = issueById.get(effect.issue)?.options[effect.option];
            if (option && !option.locked) {
              report(path, `this effect unlocks option ${effect.option} of issue "${effect.issue}", but that option is not locked (${owner})`);
            }
          }
          break;
        case 'reveal':
          if (effect.issue !== undefined) issueExists(effect.issue, [...path, 'issue'], owner);
          if (inEvent) report([...path, 'kind'], `an event cannot "reveal" (${owner}): only a card played on a target can`);
          break;
        case 'draw':
          if (inEvent) report([...path, 'kind'], `an event cannot make anyone "draw" cards (${owner}): only a card can`);
          break;
        default:
          break;
      }
    });
  };
  level.cards.forEach((card, c) => {
    const owner = `in card "${card.id}"`;
    checkEffects(card.effects, ['cards', c, 'effects'], owner, false);
    const usesTarget = card.effects.some((e) => e.kind === 'reveal' || ('who' in e && e.who === 'target'));
    if (usesTarget && !card.needsTarget) {
      report(['cards', c], `card "${card.id}" acts on a target (who: "target" or a "reveal" effect) but does not say needsTarget: true`);
    }
    if (!usesTarget && card.needsTarget) {
      report(['cards', c, 'needsTarget'], `card "${card.id}" says needsTarget: true but none of its effects uses the target (who: "target" or "reveal")`);
    }
  });
  level.events.forEach((event, e) => {
    const owner = `in event "${event.id}"`;
    const path: LevelPath = ['events', e];
    checkEffects(event.effects, [...path, 'effects'], owner, true);
    if (event.trigger === 'scheduled') {
      if (event.round === undefined) report(path, `event "${event.id}" is scheduled but has no "round" (the round, 1 to ${roundCount}, at whose start it happens)`);
      else if (event.round > roundCount) report([...path, 'round'], `event "${event.id}" is scheduled for round ${event.round} but the level has only ${plural(roundCount, 'round')}`);
      if (event.chance !== undefined) report([...path, 'chance'], `event "${event.id}" is scheduled, so it cannot have a "chance" (only random events do)`);
    } else if (event.trigger === 'random') {
      if (event.chance === undefined) report(path, `event "${event.id}" is random but has no "chance" (a number from 0 to 1: how likely it fires at the start of each round)`);
      if (event.round !== undefined) report([...path, 'round'], `event "${event.id}" is random, so it cannot have a "round" (only scheduled events do)`);
    } else {
      if (event.round !== undefined) report([...path, 'round'], `event "${event.id}" is injected by the facilitator, so it cannot have a "round"`);
      if (event.chance !== undefined) report([...path, 'chance'], `event "${event.id}" is injected by the facilitator, so it cannot have a "chance"`);
    }
  });

  // ---- tutorial, rounds ------------------------------------------------------------------------
  level.tutorial.forEach((step, i) => {
    if (step.round !== undefined && step.round > roundCount) {
      report(['tutorial', i, 'round'], `this tutorial text is for round ${step.round} but the level has only ${plural(roundCount, 'round')}`);
    }
  });
  const turnOrder = level.rounds.turnOrder;
  if (turnOrder !== undefined) {
    const seen = new Set<string>();
    turnOrder.forEach((role, k) => {
      const path: LevelPath = ['rounds', 'turnOrder', k];
      if (!roleExists(role, path, 'listed in rounds.turnOrder')) return;
      if (seen.has(role)) report(path, `role "${role}" is listed twice in the turn order (each role must be listed once)`);
      seen.add(role);
    });
    for (const role of level.roles) {
      if (!seen.has(role.id)) report(['rounds', 'turnOrder'], `role "${role.id}" is missing from the turn order (every role must be listed exactly once)`);
    }
  }

  // ---- no deal -----------------------------------------------------------------------------------
  const start = level.noDeal.start;
  for (const issue of level.issues) {
    const option = start[issue.id];
    if (option === undefined) report(['noDeal', 'start'], `noDeal.start has no option for issue "${issue.id}" (every issue needs one)`);
    else optionInRange(issue.id, option, ['noDeal', 'start', issue.id], 'in noDeal.start');
  }
  for (const key of Object.keys(start)) {
    if (!issueById.has(key)) report(['noDeal', 'start', key], `"${key}" is not an issue of this level (in noDeal.start)${didYouMean(key, issueById.keys())}`);
  }
  level.noDeal.drift.forEach((drift, d) => {
    const path: LevelPath = ['noDeal', 'drift', d];
    if (issueExists(drift.issue, [...path, 'issue'], 'in a no-deal drift')) optionInRange(drift.issue, drift.option, [...path, 'option'], 'in a no-deal drift');
    if (drift.round > roundCount) report([...path, 'round'], `this drift happens in round ${drift.round} but the level has only ${plural(roundCount, 'round')}`);
  });

  // ---- decision ------------------------------------------------------------------------------------
  const decision = level.decision;
  const voters = new Set<string>();
  decision.voters.forEach((voter, k) => {
    const path: LevelPath = ['decision', 'voters', k];
    if (!roleExists(voter, path, 'listed in decision.voters')) return;
    if (voters.has(voter)) report(path, `role "${voter}" is listed twice among the voters`);
    voters.add(voter);
    const role = level.roles.find((r) => r.id === voter);
    if (role && !role.votes) report(path, `role "${voter}" is listed as a voter but has votes: false (set votes: true on the role, or remove it from the voters)`);
  });
  level.roles.forEach((role, r) => {
    if (role.votes && !decision.voters.includes(role.id)) {
      report(['roles', r, 'votes'], `role "${role.id}" has votes: true but is not listed in decision.voters`);
    }
  });
  if (decision.rule === 'plurilateral') {
    if (decision.minSignatories === undefined) {
      report(['decision'], `a plurilateral decision needs "minSignatories": how many voters (1 to ${decision.voters.length}) must sign`);
    } else if (decision.minSignatories > decision.voters.length) {
      report(['decision', 'minSignatories'], `minSignatories is ${decision.minSignatories} but decision.voters lists only ${plural(decision.voters.length, 'role')}`);
    }
  } else if (decision.minSignatories !== undefined) {
    report(['decision', 'minSignatories'], `minSignatories only applies to the plurilateral rule; remove it for the ${decision.rule} rule`);
  }

  // ---- impact --------------------------------------------------------------------------------------
  level.impact.indicators.forEach((indicator, i) => {
    const path: LevelPath = ['impact', 'indicators', i];
    if (indicator.min >= indicator.max) {
      report([...path, 'max'], `indicator "${indicator.id}" has min ${indicator.min} and max ${indicator.max}: max must be greater than min`);
    } else if (indicator.start < indicator.min || indicator.start > indicator.max) {
      report([...path, 'start'], `indicator "${indicator.id}" starts at ${indicator.start}, outside its range ${indicator.min} to ${indicator.max}`);
    }
    indicator.higherIsBetterFor.forEach((role, k) => {
      roleExists(role, [...path, 'higherIsBetterFor', k], `in higherIsBetterFor of indicator "${indicator.id}"`);
    });
  });
  level.impact.coefficients.forEach((coefficient, k) => {
    const path: LevelPath = ['impact', 'coefficients', k];
    if (!indicatorIds.has(coefficient.indicator)) {
      report([...path, 'indicator'], `indicator "${coefficient.indicator}" is not defined (in an impact coefficient)${didYouMean(coefficient.indicator, indicatorIds)}`);
    }
    if (issueExists(coefficient.issue, [...path, 'issue'], 'in an impact coefficient')) {
      optionInRange(coefficient.issue, coefficient.option, [...path, 'option'], 'in an impact coefficient');
    }
  });

  // ---- debrief -----------------------------------------------------------------------------------
  for (const role of Object.keys(level.debrief.perRole)) roleExists(role, ['debrief', 'perRole', role], 'in debrief.perRole');

  // ---- evidence ------------------------------------------------------------------------------------
  const evidenceIds = options.evidenceIds;
  const evidenceSource = options.evidenceSource ?? 'seeds/evidence.yaml';
  if (evidenceIds !== undefined) {
    const walk = (value: unknown, path: LevelPath): void => {
      if (Array.isArray(value)) {
        value.forEach((item, i) => walk(item, [...path, i]));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'evidence' && Array.isArray(child)) {
            child.forEach((id, i) => {
              if (typeof id === 'string' && !evidenceIds.has(id)) {
                report([...path, key, i], `evidence "${id}" is not in the evidence base (${evidenceSource})${didYouMean(id, evidenceIds)}`);
              }
            });
          } else {
            walk(child, [...path, key]);
          }
        }
      }
    };
    walk(level, []);
  }

  issues.push(...teachingIssues(level));
  return issues;
}
