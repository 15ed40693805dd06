/**
 * The chat as the facilitator reads it: every table's messages, public and private, in one list
 * that can be narrowed to table-wide or private messages. Entries arrive both in the periodic
 * console state and one by one as they are sent; each is kept once.
 */
import type { TFunction } from 'i18next';
import type { ChatEntry } from '../../protocol/messages.js';
import { el } from './render.js';

export interface ChatMonitor {
  box: HTMLElement;
  /** Takes the entries of a console state (in time order) without drawing. */
  merge(entries: readonly ChatEntry[]): void;
  /** Takes one entry as it is sent and draws. */
  add(entry: ChatEntry): void;
  render(): void;
}

export function chatMonitor(t: TFunction, roleName: (id: string | null) => string): ChatMonitor {
  const chat: ChatEntry[] = [];
  const known = (e: ChatEntry): boolean => chat.some((c) => c.table === e.table && c.seq === e.seq);
  const box = el('section', { class: 'panel', 'aria-labelledby': 'chat-title' });
  const filterSel = el('select', { id: 'c-chat-filter' });
  for (const [v, label] of [['all', t('console.chatAll')], ['table', t('console.chatTable')], ['private', t('console.chatPrivate')]] as const) {
    filterSel.append(Object.assign(el('option', { value: v }), { textContent: label }));
  }
  const list = el('div', { class: 'chat', tabindex: '0', 'data-testid': 'console-chat' });
  filterSel.addEventListener('change', () => render());
  box.append(el('h2', { id: 'chat-title' }, t('console.chat')), el('div', { class: 'row' }, el('label', { for: 'c-chat-filter' }, t('console.chatFilter')), filterSel), list);

  function render(): void {
    const filter = filterSel.value;
    // Follow new messages only when the facilitator is not reading further up.
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
    list.replaceChildren();
    for (const e of chat) {
      if (filter === 'table' && e.to !== null) continue;
      if (filter === 'private' && e.to === null) continue;
      const who = e.from === 'facilitator' ? t('chat.facilitator') : `${e.name ?? ''} (${roleName(e.from)})`;
      const to = e.to === null ? t('console.toTable') : t('console.toRole', { role: roleName(e.to) });
      list.append(el('p', { class: e.to ? 'private' : '' }, el('strong', {}, `${t('console.table', { n: e.table + 1 })} · ${who} ${to}: `), e.text));
    }
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  return {
    box,
    merge(entries) {
      for (const e of entries) if (!known(e)) chat.push(e);
      chat.sort((a, b) => a.at - b.at);
    },
    add(entry) {
      if (!known(entry)) chat.push(entry);
      render();
    },
    render,
  };
}
