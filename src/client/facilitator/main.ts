/**
 * The facilitator console (`facilitator.html`). Without a session in the URL it shows the form that
 * opens one; with `#session=<id>&secret=<secret>` (the secret facilitator link) it joins the
 * session's workshop room and runs it: join code and QR code, live participants and tables, seat
 * assignment, start / pause / resume / end, turn timers, injected events, chat moderation, the
 * cross-table debrief and the exports. The secret stays in the URL fragment, which browsers never
 * send to a server or in a Referer header.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { TFunction } from 'i18next';
import { sessionLevelForKit } from '../level/kit-level.js';
import { MAX_ANNOUNCEMENT_LENGTH, PROTOCOL_VERSION, type ChatEntry, type ConsoleState, type CreateSessionResponse, type FacilitatorCommand } from '../../protocol/messages.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../../protocol/words.js';
import { httpErrorText, problemText } from '../../protocol/server-words.js';
import { chooseLanguage } from '../i18n/choice.js';
import { i18next } from '../i18n/setup.js';
import { workshopT } from '../online/i18n.js';
import { el, qrSvg, renderDebrief, renderTables, spacedCode } from './render.js';
import './console.css';

const root = document.getElementById('console') as HTMLElement;

interface LevelInfo {
  id: string;
  title: string;
  playableRoles: number;
  turnSeconds: number;
}

function field(label: string, input: HTMLElement, id: string): HTMLElement {
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}

interface LevelErrorOut {
  line: number;
  column: number;
  path: string;
  text: string;
}
type LevelProblem = { file: string; code: string; text?: string; errorCount?: number; errors?: LevelErrorOut[] };

function errorItems(errors: readonly LevelErrorOut[]): HTMLElement {
  return el('ol', { class: 'level-errors', 'data-testid': 'level-errors' }, ...errors.map((e) => el('li', {}, `${e.line}:${e.column}  ${e.path}  ${e.text}`)));
}

async function createForm(t: TFunction): Promise<void> {
  document.title = `${t('create.title')} · Ministerial`;
  let levels: LevelInfo[] = [];
  const level = el('select');
  const problems = el('details', { class: 'level-problems', 'data-testid': 'level-problems', hidden: '' });
  // The server watches its levels folder: a file dropped there shows up here without a reload.
  const refresh = async (): Promise<void> => {
    try {
      const [list, found] = await Promise.all([fetch('/api/levels').then((r) => r.json()), fetch('/api/levels/problems').then((r) => r.json())]);
      levels = list as LevelInfo[];
      const chosen = level.value;
      level.replaceChildren(...levels.map((l) => Object.assign(el('option', { value: l.id }), { textContent: l.title })));
      level.value = levels.some((l) => l.id === chosen) ? chosen : levels.some((l) => l.id === 'tutorial') ? 'tutorial' : (levels[0]?.id ?? '');
      const left = found as LevelProblem[];
      problems.hidden = left.length === 0;
      problems.replaceChildren(
        el('summary', {}, t('create.problems', { count: left.length })),
        ...left.map((p) => el('div', {}, el('strong', {}, p.file), p.errors ? errorItems(p.errors.slice(0, 3)) : el('p', {}, p.text ?? ''))),
      );
    } catch {
      // The server is restarting: the next refresh will do.
    }
  };
  await refresh();
  const poll = setInterval(() => void (document.hidden ? undefined : refresh()), 5000);
  const num = (value: number, min: number, max: number): HTMLInputElement => Object.assign(el('input', { type: 'number', min: String(min), max: String(max) }), { value: String(value) });
  const tables = num(4, 1, 100);
  const seats = num(3, 1, 8);
  const timer = num(90, 0, 3600);
  const bots = Object.assign(el('input', { type: 'checkbox', id: 'f-bots' }), { checked: true });
  const auto = Object.assign(el('input', { type: 'checkbox', id: 'f-auto' }), { checked: true });
  const ownFile = el('input', { type: 'file', accept: '.yaml,.yml,.json', 'data-testid': 'own-level' }) as HTMLInputElement;
  // The session's language: the default for its participants and projector; the console's own is the start.
  const language = el('select', { id: 'f-language', 'data-testid': 'create-language' }) as HTMLSelectElement;
  for (const code of LANGUAGES) language.append(Object.assign(el('option', { value: code }, `${code.toUpperCase()} · ${LANGUAGE_NAMES[code]}`), { selected: code === i18next.language }));
  const notice = el('p', { class: 'notice', role: 'alert' });
  const syncLevel = (): void => {
    const info = levels.find((l) => l.id === level.value);
    if (info) {
      seats.max = String(info.playableRoles);
      seats.value = String(Math.min(Number(seats.value), info.playableRoles));
      timer.value = String(info.turnSeconds);
    }
  };
  level.addEventListener('change', syncLevel);
  ownFile.addEventListener('change', () => {
    level.disabled = (ownFile.files?.length ?? 0) > 0;
    seats.max = '8';
  });
  syncLevel();
  const form = el(
    'form',
    { class: 'panel', 'aria-labelledby': 'create-title' },
    el('h1', { id: 'create-title' }, t('create.title')),
    field(t('create.level'), level, 'f-level'),
    field(t('create.ownLevel'), ownFile, 'f-own-level'),
    el('p', { class: 'muted' }, t('create.ownLevelHelp')),
    field(t('create.tables'), tables, 'f-tables'),
    field(t('create.seats'), seats, 'f-seats'),
    el('p', { class: 'muted' }, t('create.seatsHelp')),
    field(t('create.timer'), timer, 'f-timer'),
    field(t('console.language'), language, 'f-language'),
    el('div', { class: 'check' }, bots, el('label', { for: 'f-bots' }, t('create.bots'))),
    el('div', { class: 'check' }, auto, el('label', { for: 'f-auto' }, t('create.autoAssign'))),
    el('button', { type: 'submit' }, t('create.submit')),
    notice,
    problems,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const settings = { tables: Number(tables.value), seatsPerTable: Number(seats.value), turnSeconds: Number(timer.value), bots: bots.checked, autoAssign: auto.checked, language: language.value };
      const file = ownFile.files?.[0];
      const res = file
        ? await fetch('/api/sessions/own-level', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ settings, levelText: await file.text() }) })
        : await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ level: level.value, ...settings }) });
      const body = (await res.json().catch(() => ({ error: String(res.status) }))) as CreateSessionResponse & { error?: string; levelErrors?: LevelErrorOut[] };
      if (!res.ok) {
        notice.replaceChildren(t('create.failed', { reason: httpErrorText(body, i18next.language, String(res.status)) }), ...(body.levelErrors ? [errorItems(body.levelErrors)] : []));
        return;
      }
      clearInterval(poll);
      location.hash = `session=${body.sessionId}&secret=${body.secret}`;
      void runConsole(t, body.sessionId, body.secret);
    })();
  });
  root.replaceChildren(form);
  level.focus();
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function runConsole(t: TFunction, sessionId: string, secret: string): Promise<void> {
  root.replaceChildren(el('p', { role: 'status' }, t('console.connecting')));
  const sdk = new Client(location.origin);
  let room: Room;
  try {
    room = await sdk.joinById(`w_${sessionId}`, { facilitator: secret, protocol: PROTOCOL_VERSION });
  } catch {
    root.replaceChildren(el('p', { role: 'alert', class: 'panel' }, t('console.notFound')));
    return;
  }
  document.title = `${t('app.console')} · Ministerial`;
  let state: ConsoleState | null = null;
  let nextId = 1;
  const chat: ChatEntry[] = [];
  const notice = el('p', { class: 'notice', role: 'status', 'aria-live': 'polite', 'data-testid': 'notice' });
  const send = (command: FacilitatorCommand): void => {
    room.send('command', { secret, id: nextId++, command });
  };
  room.onMessage('result', (r: { ok: boolean; reason?: string; problem?: unknown }) => {
    notice.textContent = r.ok ? '' : t('console.error', { reason: problemText(r, i18next.language) });
  });
  room.onMessage('error', (e: { reason: string; problem?: unknown }) => {
    notice.textContent = t('console.error', { reason: problemText(e, i18next.language) });
  });

  // ----- static parts (built once, so focus and typed values survive updates)
  const header = el('section', { class: 'panel grid2', 'aria-label': t('console.joinCode') });
  const statusLine = el('p', { class: 'status big', 'data-testid': 'status' });
  const endedNote = el('p', { class: 'notice', hidden: '', 'data-testid': 'ended-note' }, t('console.ended'));
  const controls = el('section', { class: 'panel', 'aria-label': 'Controls' });
  const startB = el('button', { type: 'button', 'data-testid': 'start' }, t('console.start'));
  const pauseB = el('button', { type: 'button', class: 'secondary' }, t('console.pause'));
  const resumeB = el('button', { type: 'button', class: 'secondary' }, t('console.resume'));
  const endB = el('button', { type: 'button', class: 'danger' }, t('console.end'));
  const autoB = el('button', { type: 'button', class: 'secondary' }, t('console.autoAssign'));
  startB.addEventListener('click', () => send({ command: 'start' }));
  pauseB.addEventListener('click', () => send({ command: 'pause' }));
  resumeB.addEventListener('click', () => send({ command: 'resume' }));
  endB.addEventListener('click', () => {
    if (confirm(t('console.confirmEnd'))) send({ command: 'end' });
  });
  autoB.addEventListener('click', () => send({ command: 'autoAssign' }));
  const timerIn = Object.assign(el('input', { type: 'number', min: '0', max: '3600', id: 'c-timer' }), { value: '0' });
  const timerB = el('button', { type: 'button', class: 'secondary' }, t('console.setTimer'));
  timerB.addEventListener('click', () => send({ command: 'setTimer', seconds: Math.max(0, Math.min(3600, Math.round(Number(timerIn.value) || 0))) }));
  const eventSel = el('select', { id: 'c-event', 'aria-label': t('console.inject') });
  const tableSel = el('select', { id: 'c-table', 'aria-label': t('console.injectInto') });
  const injectB = el('button', { type: 'button', class: 'secondary' }, t('console.inject'));
  injectB.addEventListener('click', () => send({ command: 'inject', event: eventSel.value, table: tableSel.value === 'all' ? 'all' : Number(tableSel.value) }));
  const announceIn = el('input', { type: 'text', id: 'c-announce', maxlength: String(MAX_ANNOUNCEMENT_LENGTH), placeholder: t('console.announcePlaceholder'), 'data-testid': 'announce-text' });
  const announceTable = el('select', { id: 'c-announce-table', 'aria-label': t('console.announceTo') });
  const announceB = el('button', { type: 'button', class: 'secondary', 'data-testid': 'announce' }, t('console.announceSend'));
  const announceClearB = el('button', { type: 'button', class: 'secondary' }, t('console.announceClear'));
  const announceTarget = (): number | 'all' => (announceTable.value === 'all' ? 'all' : Number(announceTable.value));
  announceB.addEventListener('click', () => {
    const text = announceIn.value.trim();
    if (!text) return announceIn.focus();
    send({ command: 'announce', text, table: announceTarget() });
    announceIn.value = '';
  });
  announceClearB.addEventListener('click', () => send({ command: 'announce', text: '', table: announceTarget() }));
  const announcing = el('p', { class: 'muted', 'data-testid': 'announcing' });
  const csvB = el('button', { type: 'button', class: 'secondary' }, t('console.exportCsv'));
  const jsonB = el('button', { type: 'button', class: 'secondary' }, t('console.exportJson'));
  const exportFile = async (kind: 'csv' | 'json'): Promise<void> => {
    const res = await fetch(`/api/sessions/${sessionId}/export.${kind}`, { headers: { 'x-facilitator-secret': secret } });
    if (!res.ok) {
      notice.textContent = t('console.error', { reason: httpErrorText(await res.json().catch(() => null), i18next.language, `HTTP ${res.status}`) });
      return;
    }
    const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `workshop.${kind}`;
    download(name, await res.blob());
  };
  csvB.addEventListener('click', () => void exportFile('csv'));
  jsonB.addEventListener('click', () => void exportFile('json'));
  controls.append(
    statusLine,
    endedNote,
    el('div', { class: 'row' }, startB, pauseB, resumeB, endB, autoB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-timer' }, t('console.timer')), timerIn, timerB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-event' }, t('console.inject')), eventSel, el('label', { for: 'c-table' }, t('console.injectInto')), tableSel, injectB),
    el('div', { class: 'row', style: 'margin-top:10px' }, el('label', { for: 'c-announce' }, t('console.announce')), announceIn, el('label', { for: 'c-announce-table' }, t('console.announceTo')), announceTable, announceB, announceClearB),
    announcing,
    el('div', { class: 'row', style: 'margin-top:10px' }, csvB, jsonB),
    notice,
  );
  const people = el('section', { class: 'panel', 'aria-labelledby': 'people-title' });
  const tablesBox = el('section', { class: 'panel', 'aria-labelledby': 'tables-title' });
  const chatBox = el('section', { class: 'panel', 'aria-labelledby': 'chat-title' });
  const chatFilter = el('select', { id: 'c-chat-filter' });
  for (const [v, label] of [['all', t('console.chatAll')], ['table', t('console.chatTable')], ['private', t('console.chatPrivate')]] as const) {
    chatFilter.append(Object.assign(el('option', { value: v }), { textContent: label }));
  }
  const chatList = el('div', { class: 'chat', tabindex: '0', 'data-testid': 'console-chat' });
  chatFilter.addEventListener('change', () => renderChat());
  chatBox.append(el('h2', { id: 'chat-title' }, t('console.chat')), el('div', { class: 'row' }, el('label', { for: 'c-chat-filter' }, t('console.chatFilter')), chatFilter), chatList);
  const debriefBox = el('div');
  root.replaceChildren(header, controls, el('div', { class: 'grid2' }, people, chatBox), tablesBox, debriefBox);

  /**
   * The facilitator link carries the secret: it is shown only on request, so a console that is
   * projected or shared on a screen does not give the session away.
   */
  function secretLink(url: string, copyButton: HTMLButtonElement): HTMLElement {
    const shown = el('span', { class: 'link', 'data-testid': 'facilitator-link', hidden: '' }, url);
    const hiddenNote = el('span', { class: 'muted' }, t('console.linkHidden'));
    const reveal = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'data-testid': 'reveal-link' }, t('console.revealLink'));
    reveal.addEventListener('click', () => {
      const show = shown.hidden;
      shown.hidden = !show;
      hiddenNote.hidden = show;
      reveal.textContent = show ? t('console.hideLink') : t('console.revealLink');
      reveal.setAttribute('aria-expanded', String(show));
    });
    return el('p', { class: 'row' }, reveal, copyButton, hiddenNote, shown);
  }

  let headerBuilt = false;
  async function buildHeader(s: ConsoleState): Promise<void> {
    headerBuilt = true;
    const facilitatorUrl = `${location.origin}${location.pathname}#session=${sessionId}&secret=${secret}`;
    const projectorUrl = `${location.origin}/projector.html#code=${s.code}`;
    const copy = (text: string): HTMLButtonElement => {
      const b = el('button', { type: 'button', class: 'secondary' }, t('console.copy'));
      b.addEventListener('click', () => {
        void navigator.clipboard?.writeText(text).then(() => (b.textContent = t('console.copied')));
      });
      return b;
    };
    const kitLink = el('a', { class: 'link', href: `/teacher.html?level=${encodeURIComponent(s.level.id)}&view=debrief`, target: '_blank', rel: 'noopener', 'data-testid': 'teacher-kit-link' }, t('console.teacherKit'));
    // The kit opens on the very level file this session runs on (its own upload included).
    void sessionLevelForKit(kitLink, s.level.id, sessionId, secret);
    header.replaceChildren(
      el(
        'div',
        {},
        el('h1', {}, t('console.heading', { title: s.level.title })),
        el('p', {}, t('console.joinCode')),
        el('p', { class: 'code', 'data-testid': 'join-code', 'aria-label': s.code.split('').join(' ') }, spacedCode(s.code)),
        el('p', {}, `${t('console.joinAt')} `, el('span', { class: 'link', 'data-testid': 'join-url' }, s.joinUrl)),
        el('p', { class: 'muted' }, t('console.facilitatorLink')),
        secretLink(facilitatorUrl, copy(facilitatorUrl)),
        el('p', { class: 'muted' }, t('console.projectorLink')),
        el('p', { class: 'row' }, el('a', { class: 'link', href: projectorUrl, target: '_blank', rel: 'noopener' }, projectorUrl)),
        el('p', {}, kitLink),
      ),
      el('div', { 'aria-label': t('console.qr') }, await qrSvg(s.joinUrl)),
    );
    for (const ev of s.events) eventSel.append(Object.assign(el('option', { value: ev.id }), { textContent: `${ev.name} (${t(`console.trigger_${ev.trigger}`)})` }));
    tableSel.append(Object.assign(el('option', { value: 'all' }), { textContent: t('console.allTables') }));
    for (const sel of [tableSel, announceTable]) {
      if (sel === announceTable) sel.append(Object.assign(el('option', { value: 'all' }), { textContent: t('console.allTables') }));
      for (const tb of s.tables) sel.append(Object.assign(el('option', { value: String(tb.index) }), { textContent: t('console.table', { n: tb.index + 1 }) }));
    }
    timerIn.value = String(s.settings.turnSeconds);
  }

  const projectorLink = (table: number): string => `${location.origin}/projector.html#code=${state?.code ?? ''}&table=${table + 1}`;
  const roleName = (id: string | null): string => (id === null ? '' : (state?.roles.find((r) => r.id === id)?.name ?? id));

  function renderPeople(s: ConsoleState): void {
    if (people.contains(document.activeElement) && document.activeElement?.tagName === 'SELECT') return;
    const tbl = el('table');
    tbl.className = 'people';
    tbl.append(el('tr', {}, el('th', {}, t('console.name')), el('th', {}, t('console.connection')), el('th', {}, t('console.seat')), el('th', {}, '')));
    for (const p of s.participantList) {
      const seat = el('select', { 'aria-label': `${t('console.seat')}: ${p.name}`, 'data-testid': `seat-${p.id}` });
      seat.append(Object.assign(el('option', { value: '' }), { textContent: t('console.waiting') }));
      for (const tb of s.tables) {
        for (const r of s.roles.filter((x) => x.playable)) {
          const taken = tb.seats.find((x) => x.role === r.id)?.name;
          const label = `${t('console.table', { n: tb.index + 1 })} · ${r.name}${taken && !(p.table === tb.index && p.role === r.id) ? ` (${taken})` : ''}`;
          seat.append(Object.assign(el('option', { value: `${tb.index}:${r.id}` }), { textContent: label }));
        }
      }
      seat.value = p.table !== null && p.role !== null ? `${p.table}:${p.role}` : '';
      seat.addEventListener('change', () => {
        if (seat.value === '') send({ command: 'unassign', participant: p.id });
        else {
          const [tableIndex, role] = seat.value.split(':');
          send({ command: 'assign', participant: p.id, table: Number(tableIndex), role: role as string });
        }
      });
      const mute = el('button', { type: 'button', class: 'secondary', 'aria-label': `${p.muted ? t('console.unmute') : t('console.mute')}: ${p.name}` }, p.muted ? t('console.unmute') : t('console.mute'));
      const ended = s.status === 'ended';
      seat.disabled = ended;
      mute.disabled = ended;
      mute.addEventListener('click', () => send({ command: 'mute', participant: p.id, muted: !p.muted }));
      tbl.append(
        el(
          'tr',
          {},
          el('td', {}, p.name, p.muted ? el('span', { class: 'muted' }, ` (${t('console.muted')})`) : null),
          el('td', {}, el('span', { class: `dot ${p.connected ? 'on' : 'off'}`, 'aria-hidden': 'true' }), p.connected ? t('console.online') : t('console.offline')),
          el('td', {}, seat),
          el('td', {}, mute),
        ),
      );
    }
    const duplicates = s.duplicateNames.length > 0 ? el('p', { class: 'notice', role: 'alert', 'data-testid': 'duplicate-names' }, t('console.duplicateNames', { names: s.duplicateNames.join(', ') })) : null;
    people.replaceChildren(el('h2', { id: 'people-title' }, t('console.participants', { count: s.participantList.length })), ...(duplicates ? [duplicates] : []), tbl);
  }

  function renderChat(): void {
    const filter = chatFilter.value;
    const atBottom = chatList.scrollTop + chatList.clientHeight >= chatList.scrollHeight - 20;
    chatList.replaceChildren();
    for (const e of chat) {
      if (filter === 'table' && e.to !== null) continue;
      if (filter === 'private' && e.to === null) continue;
      const who = e.from === 'facilitator' ? t('chat.facilitator') : `${e.name ?? ''} (${roleName(e.from)})`;
      const to = e.to === null ? t('console.toTable') : t('console.toRole', { role: roleName(e.to) });
      chatList.append(el('p', { class: e.to ? 'private' : '' }, el('strong', {}, `${t('console.table', { n: e.table + 1 })} · ${who} ${to}: `), e.text));
    }
    if (atBottom) chatList.scrollTop = chatList.scrollHeight;
  }

  function render(s: ConsoleState): void {
    statusLine.textContent = t('console.status', { status: t(`console.status_${s.status}`) });
    startB.disabled = s.status !== 'lobby';
    pauseB.disabled = s.status !== 'running';
    resumeB.disabled = s.status !== 'paused';
    const ended = s.status === 'ended';
    endB.disabled = ended;
    // Once the session has ended only the exports and the debrief still apply.
    for (const control of [autoB, timerIn, timerB, eventSel, tableSel, injectB, announceIn, announceTable, announceB, announceClearB]) control.disabled = ended;
    endedNote.hidden = !ended;
    announcing.textContent = s.announcements.map((a) => `${a.table === null ? t('console.allTables') : t('console.table', { n: a.table + 1 })}: ${a.text}`).map((line) => t('console.showing', { text: line })).join(' · ');
    renderPeople(s);
    tablesBox.replaceChildren(el('h2', { id: 'tables-title' }, t('console.tables')), renderTables(s, t, projectorLink));
    debriefBox.replaceChildren(renderDebrief(s, t));
  }

  room.onMessage('console', (s: ConsoleState) => {
    state = s;
    if (!headerBuilt) void buildHeader(s);
    for (const e of s.chat) if (!chat.some((c) => c.table === e.table && c.seq === e.seq)) chat.push(e);
    chat.sort((a, b) => a.at - b.at);
    render(s);
    renderChat();
  });
  room.onMessage('chat', (e: ChatEntry) => {
    if (!chat.some((c) => c.table === e.table && c.seq === e.seq)) chat.push(e);
    renderChat();
  });
  // Timers tick on screen between updates.
  setInterval(() => {
    if (state && state.status === 'running' && !tablesBox.contains(document.activeElement)) {
      tablesBox.replaceChildren(el('h2', { id: 'tables-title' }, t('console.tables')), renderTables(state, t, projectorLink));
    }
  }, 1000);
}

async function main(): Promise<void> {
  // The console speaks the facilitator's language (`?lang=`, or remembered, or the browser's).
  const t = await workshopT(chooseLanguage(new URLSearchParams(location.search)).language);
  document.title = t('app.console');
  const hash = new URLSearchParams(location.hash.slice(1));
  const session = hash.get('session');
  const secret = hash.get('secret');
  if (session && secret) await runConsole(t, session, secret);
  else await createForm(t);
}

void main();
