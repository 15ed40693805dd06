/**
 * Joining a workshop from a phone or laptop: `?join=CODE` (from the QR code or the link) prefills
 * the code, the participant gives a display name, waits in the session's lobby for a seat, and is
 * handed an OnlineTable (a TablePort) for the game's table scene, with the talk panel beside it.
 *
 * The participant token is kept in localStorage per session code: a device is one participant of
 * a session. Reloading the page, opening the link in another tab, or coming back after a dropped
 * connection or a server restart sits the same participant in the same seat; the newest tab plays
 * and the older one is told and stops (the server allows one live connection per participant).
 */
import { Client, type Room } from '@colyseus/sdk';
import type { TFunction } from 'i18next';
import type { JoinResponse, ParticipantState } from '../../protocol/messages.js';
import { CLOSE_CODES, MAX_NAME_LENGTH } from '../../protocol/messages.js';
import type { TablePort } from '../../protocol/port.js';
import { errorText, httpErrorText } from '../../protocol/server-words.js';
import { i18next } from '../i18n/setup.js';
import { workshopT } from './i18n.js';
import { seatName } from '../view-models/seat-name.js';
import { isOutdated, joinOptions, OnlineTable } from './online-table.js';
import { mountSessionBanner } from './session-banner.js';
import { mountTalkPanel } from './talk-panel.js';
import './online.css';

const STORAGE_PREFIX = 'ministerial.workshop.';

interface Stored {
  readonly token: string;
  readonly name: string;
}

function stored(code: string): Stored | null {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + code);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function store(code: string, value: Stored): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + code, JSON.stringify(value));
  } catch {
    // Storage refused (some private modes): rejoining after a reload will ask for the name again.
  }
}

export function serverUrl(): string {
  return location.origin;
}

async function requestJoin(code: string, name: string, token?: string): Promise<JoinResponse> {
  const res = await fetch(`${serverUrl()}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name, ...(token ? { token } : {}) }),
  });
  const body = (await res.json().catch(() => ({}))) as JoinResponse;
  // The error's code is worded in the page's language (the join form's choice); English is the fallback.
  if (!res.ok) throw new Error(httpErrorText(body, i18next.language, `HTTP ${res.status}`));
  return body;
}

/** Wait in the workshop room until the facilitator (or the automatic assignment) gives a seat. */
async function waitForSeat(sdk: Client, roomId: string, token: string, onState: (s: ParticipantState) => void): Promise<NonNullable<ParticipantState['seat']>> {
  const room: Room = await sdk.joinById(roomId, joinOptions(token));
  return new Promise((resolve, reject) => {
    room.onMessage('participant', (s: ParticipantState) => {
      onState(s);
      if (s.status === 'ended') {
        void room.leave();
        reject(new Error('ended'));
        return;
      }
      if (s.seat) {
        void room.leave();
        resolve(s.seat);
      }
    });
    room.onMessage('error', () => undefined);
    room.onMessage('replaced', () => reject(new Error('replaced')));
    room.onLeave((code: number) => {
      if (code === CLOSE_CODES.replaced) reject(new Error('replaced'));
      else if (code >= 4000 && code !== 4000) reject(new Error('the session closed the connection'));
    });
  });
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const l = document.createElement('label');
  l.textContent = label;
  input.id ||= `f-${Math.random().toString(36).slice(2)}`;
  l.htmlFor = input.id;
  wrap.append(l, input);
  return wrap;
}

function reloadButton(label: string): HTMLButtonElement {
  const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label, className: 'secondary' });
  b.addEventListener('click', () => location.reload());
  return b;
}

/** The participant's language on the join form: the current one, whether they chose it, and how to change it. */
export interface JoinLanguage {
  readonly current: string;
  /** Chosen by the participant (address or remembered): the session's language does not replace it. */
  readonly chosen: boolean;
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  change(language: string, remember: boolean): Promise<void>;
}

function languageSelect(language: JoinLanguage): HTMLSelectElement {
  const select = Object.assign(document.createElement('select'), { id: 'join-language' });
  select.dataset.testid = 'join-language';
  for (const { code, name } of language.languages) select.append(Object.assign(document.createElement('option'), { value: code, textContent: name, selected: code === language.current }));
  return select;
}

/** Show the form (unless a stored token lets us rejoin at once) and resolve with the table. */
export async function joinFromUrl(params: URLSearchParams, mount: HTMLElement, language?: JoinLanguage): Promise<TablePort | null> {
  const t = await workshopT();
  let chosen = language?.chosen ?? true;
  const code = (params.get('join') ?? '').toUpperCase().replace(/[^0-9A-Z]/g, '').slice(0, 6);
  const remembered = code ? stored(code) : null;

  const panel = document.createElement('form');
  panel.className = 'panel ws-join';
  panel.noValidate = true;
  const title = document.createElement('h1');
  title.textContent = t('join.title');
  const codeInput = Object.assign(document.createElement('input'), { value: code, autocomplete: 'off', className: 'code', maxLength: 8, id: 'join-code' });
  codeInput.setAttribute('autocapitalize', 'characters');
  codeInput.spellcheck = false;
  const nameInput = Object.assign(document.createElement('input'), { value: remembered?.name ?? '', autocomplete: 'nickname', maxLength: MAX_NAME_LENGTH, id: 'join-name' });
  const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: t('join.submit') });
  const status = document.createElement('p');
  status.className = 'ws-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const fields = [field(t('join.code'), codeInput), field(t('join.name'), nameInput)];
  if (language) {
    const select = languageSelect(language);
    const labels: [HTMLElement, string][] = [[title, 'join.title'], [submit, 'join.submit'], [fields[0]?.querySelector('label') as HTMLElement, 'join.code'], [fields[1]?.querySelector('label') as HTMLElement, 'join.name']];
    const languageField = field(t('join.language'), select);
    labels.push([languageField.querySelector('label') as HTMLElement, 'join.language']);
    select.addEventListener('change', () => {
      chosen = true;
      void language.change(select.value, true).then(() => {
        for (const [element, key] of labels) element.textContent = t(key);
      });
    });
    fields.push(languageField);
  }
  panel.append(title, ...fields, submit, status);
  mount.replaceChildren(panel);
  (code ? nameInput : codeInput).focus();

  return new Promise<TablePort | null>((resolve) => {
    const attempt = async (token?: string): Promise<void> => {
      const c = codeInput.value.toUpperCase().replace(/[^0-9A-Z]/g, '');
      submit.disabled = true;
      status.textContent = t('join.joining');
      try {
        const joined = await requestJoin(c, nameInput.value, token);
        store(c, { token: joined.token, name: joined.name });
        // The session's language is the default for a participant who has not chosen one.
        if (language && !chosen && joined.language && joined.language !== language.current) await language.change(joined.language, false);
        const sdk = new Client(serverUrl());
        status.textContent = t('join.waitingSeat', { name: joined.name });
        const seat =
          joined.seat ??
          (await waitForSeat(sdk, joined.workshopRoomId, joined.token, (s) => {
            if (s.seat) status.textContent = t('join.seated', { table: s.seat.table + 1, role: seatName(joined.roles, s.seat.role, i18next.language) });
            else if (s.announcement) status.textContent = `${t('join.waitingSeat', { name: joined.name })} ${t('banner.message')}: ${s.announcement.text}`;
          }));
        const table = await OnlineTable.connect(sdk, seat.roomId, joined.token);
        wireMoves(table, sdk, joined, t);
        mountTalkPanel(table, t);
        mountSessionBanner(table, t);
        resolve(table);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        submit.disabled = false;
        // A room that refuses the join says why as a server-words code: worded in the page's language.
        if (isOutdated(error)) {
          status.textContent = t('join.outdated');
          panel.append(reloadButton(t('join.reload')));
        } else if (reason === 'replaced') {
          status.textContent = t('join.replaced');
          panel.append(reloadButton(t('join.playHere')));
        } else status.textContent = reason === 'ended' ? t('join.ended') : t('join.failed', { reason: errorText(error, i18next.language) });
      }
    };
    panel.addEventListener('submit', (e) => {
      e.preventDefault();
      void attempt(stored(codeInput.value.toUpperCase())?.token);
    });
    if (remembered) void attempt(remembered.token);
  });
}

/** When the facilitator moves this participant, follow: to the new table, or back to the lobby. */
function wireMoves(table: OnlineTable, sdk: Client, joined: JoinResponse, t: TFunction): void {
  table.events.moved = (roomId) => {
    table.events.connection?.('reconnecting');
    void (async () => {
      const target = roomId ?? (await waitForSeat(sdk, joined.workshopRoomId, joined.token, () => undefined).then((s) => s.roomId).catch(() => null));
      if (target) await table.rejoin(target);
      else table.events.error?.(t('join.ended'));
    })();
  };
}
