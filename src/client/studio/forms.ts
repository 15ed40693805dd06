/**
 * Forms for the common parts of a level (roles' values and no-deal adjustments, a new card), edited
 * through the YAML document so comments and layout of the rest of the file survive: a form change
 * rewrites the text, a text change rebuilds the forms.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Level } from '../../engine/level/schema.js';

type Path = (string | number)[];

/** Set one value in the YAML text by path; returns the new text (unchanged if the text does not parse). */
export function setInText(text: string, path: Path, value: unknown): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

function roleIndex(doc: Document, roleId: string): number {
  const roles = doc.get('roles');
  if (!isSeq(roles)) return -1;
  return roles.items.findIndex((r) => isMap(r) && r.get('id') === roleId);
}

export function setRoleNumber(text: string, roleId: string, key: string, value: number, option?: number): string {
  const doc = parseDocument(text);
  const i = roleIndex(doc, roleId);
  if (doc.errors.length > 0 || i < 0) return text;
  doc.setIn(option === undefined ? ['roles', i, key] : ['roles', i, 'values', key, option], value);
  return doc.toString({ lineWidth: 0 });
}

export interface NewCard {
  readonly id: string;
  /** The card's name and text in each language of the level. */
  readonly name: Readonly<Record<string, string>>;
  readonly text: Readonly<Record<string, string>>;
  readonly cost: number;
  readonly role: string;
  readonly issue: string;
  readonly option: number;
  readonly amount: number;
}

/** Append a card (one shiftValue effect on the player's own values) and put it in one role's deck. */
export function addCard(text: string, card: NewCard): string {
  const doc = parseDocument(text);
  const i = roleIndex(doc, card.role);
  if (doc.errors.length > 0 || i < 0) return text;
  const node = doc.createNode({
    id: card.id,
    kind: 'influence',
    name: { ...card.name },
    text: { ...card.text },
    cost: card.cost,
    effects: [{ kind: 'shiftValue', who: 'self', issue: card.issue, option: card.option, amount: card.amount }],
  });
  const cards = doc.get('cards');
  if (isSeq(cards)) cards.items.push(node);
  else doc.set('cards', doc.createNode([node]));
  const deck = doc.getIn(['roles', i, 'deck']);
  if (isSeq(deck)) deck.items.push(doc.createNode(card.id));
  else doc.setIn(['roles', i, 'deck'], [card.id]);
  return doc.toString({ lineWidth: 0 });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
export { el };

/** The roles table: one row per role, a number field per option value and the no-deal adjustment. */
export function rolesForm(level: Level, onChange: (roleId: string, key: string, value: number, option?: number) => void): HTMLElement {
  const table = el('table', { class: 'roles', 'data-testid': 'studio-roles' });
  const head = el('tr', {}, el('th', {}, 'Role'), ...level.issues.map((iss) => el('th', {}, `${iss.id} (options 0–${iss.options.length - 1})`)), el('th', {}, 'no-deal adj.'));
  table.append(head);
  for (const role of level.roles) {
    const row = el('tr', {}, el('th', { scope: 'row' }, role.id));
    for (const iss of level.issues) {
      const cell = el('td');
      (role.values[iss.id] ?? []).forEach((v, o) => {
        const input = el('input', { type: 'number', value: String(v), 'aria-label': `${role.id} ${iss.id} option ${o}`, 'data-testid': `value-${role.id}-${iss.id}-${o}` });
        input.addEventListener('change', () => Number.isFinite(input.valueAsNumber) && onChange(role.id, iss.id, input.valueAsNumber, o));
        cell.append(input);
      });
      row.append(cell);
    }
    const adj = el('input', { type: 'number', value: String(role.noDealAdjustment), 'aria-label': `${role.id} no-deal adjustment`, 'data-testid': `nodeal-${role.id}` });
    adj.addEventListener('change', () => Number.isFinite(adj.valueAsNumber) && onChange(role.id, 'noDealAdjustment', adj.valueAsNumber));
    row.append(el('td', {}, adj));
    table.append(row);
  }
  return table;
}

export function cardForm(level: Level, onAdd: (card: NewCard) => void): HTMLElement {
  const id = el('input', { value: 'my-card', 'data-testid': 'card-id', 'aria-label': 'Card id' });
  // A name and a text in every language the level declares, so the card never leaves a text missing.
  const languages = level.languages.length > 0 ? level.languages : ['en'];
  const suffix = (lang: string): string => (lang === languages[0] ? '' : `-${lang}`);
  const names = languages.map((lang) => [lang, el('input', { value: 'My card', 'data-testid': `card-name${suffix(lang)}`, 'aria-label': `Card name (${lang})` })] as const);
  const texts = languages.map((lang) => [lang, el('input', { value: 'What the card does, in one sentence.', 'data-testid': `card-text${suffix(lang)}`, 'aria-label': `Card text (${lang})` })] as const);
  const cost = el('input', { type: 'number', value: '1', 'aria-label': 'Cost' });
  const role = el('select', { 'aria-label': 'In the deck of', 'data-testid': 'card-role' }, ...level.roles.map((r) => el('option', { value: r.id }, r.id)));
  const issue = el('select', { 'aria-label': 'Issue' }, ...level.issues.map((i) => el('option', { value: i.id }, i.id)));
  const option = el('input', { type: 'number', value: '0', min: '0', 'aria-label': 'Option' });
  const amount = el('input', { type: 'number', value: '5', 'aria-label': 'Points added to your value of that option' });
  const add = el('button', { type: 'button', 'data-testid': 'card-add' }, 'Add the card');
  add.addEventListener('click', () =>
    onAdd({ id: id.value.trim(), name: Object.fromEntries(names.map(([lang, input]) => [lang, input.value])), text: Object.fromEntries(texts.map(([lang, input]) => [lang, input.value])), cost: cost.valueAsNumber || 0, role: role.value, issue: issue.value, option: option.valueAsNumber || 0, amount: amount.valueAsNumber || 0 }),
  );
  const field = (label: string, input: HTMLElement) => el('label', {}, label, input);
  const multi = languages.length > 1;
  return el('div', { class: 'card-form' }, field('Id', id), ...names.map(([lang, input]) => field(multi ? `Name (${lang})` : 'Name', input)), ...texts.map(([lang, input]) => field(multi ? `Text (${lang})` : 'Text', input)), field('Cost', cost), field('Deck of', role), field('Raises your value of', issue), field('option', option), field('by', amount), add);
}
