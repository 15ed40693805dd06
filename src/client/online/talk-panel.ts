/**
 * The talk panel beside the online table: the table's chat and one private two-party channel per
 * other seat (for side deals), plus notices about the connection, pauses and mutes. Plain DOM,
 * keyboard-usable; every text goes in as textContent.
 */
import type { TFunction } from 'i18next';
import type { ChatEntry } from '../../protocol/messages.js';
import { MAX_CHAT_LENGTH } from '../../protocol/messages.js';
import { local } from './i18n.js';
import type { OnlineTable } from './online-table.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountTalkPanel(table: OnlineTable, t: TFunction, parent: HTMLElement = document.body): () => void {
  const level = table.snapshot().level;
  const roleName = (role: string): string => local(level.roles.find((r) => r.id === role)?.name) || role;
  let channel: string | null = null; // null: the table; a role id: the private channel with it
  const unread = new Set<string>();

  const root = el('aside', { className: 'ws-talk collapsed' });
  root.setAttribute('aria-label', t('chat.title'));
  root.dataset.testid = 'talk-panel';
  // Folded by default: the table needs the room; the badge counts unread messages.
  const toggle = el('button', { type: 'button', className: 'secondary', textContent: t('chat.show') });
  toggle.setAttribute('aria-expanded', 'false');
  toggle.dataset.testid = 'talk-toggle';
  const badge = el('span', { className: 'badge' });
  const header = el('header', {}, el('strong', {}, t('chat.title'), badge), toggle);
  const tabs = el('div', { className: 'ws-tabs' });
  tabs.setAttribute('role', 'tablist');
  const notice = el('div', { className: 'ws-notice' });
  notice.setAttribute('role', 'status');
  const list = el('div', { className: 'ws-messages' });
  list.setAttribute('aria-live', 'polite');
  list.tabIndex = 0;
  const input = el('input', { type: 'text', maxLength: MAX_CHAT_LENGTH, placeholder: t('chat.placeholder') });
  input.setAttribute('aria-label', t('chat.placeholder'));
  input.dataset.testid = 'chat-input';
  const send = el('button', { type: 'submit', textContent: t('chat.send') });
  const form = el('form', { className: 'ws-form' }, input, send);
  const body = el('div', { className: 'ws-talk-body' }, tabs, list, form);
  root.append(header, notice, body);
  parent.append(root);

  toggle.addEventListener('click', () => {
    const collapsed = root.classList.toggle('collapsed');
    toggle.textContent = collapsed ? t('chat.show') : t('chat.hide');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    if (!collapsed) {
      unread.delete(channel ?? '');
      render();
      input.focus();
    }
  });

  const channelOf = (e: ChatEntry): string | null => {
    if (e.to === null) return null;
    const me = table.snapshot().you;
    return e.from === me ? e.to : e.from;
  };

  function renderTabs(): void {
    tabs.replaceChildren();
    const me = table.snapshot().you;
    const channels: (string | null)[] = [null, ...level.roles.map((r) => r.id).filter((r) => r !== me)];
    for (const c of channels) {
      const b = el('button', { type: 'button', textContent: c === null ? t('chat.table') : t('chat.private', { role: roleName(c) }) });
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(c === channel));
      if (unread.has(c ?? '')) b.classList.add('unread');
      b.addEventListener('click', () => {
        channel = c;
        unread.delete(c ?? '');
        render();
      });
      tabs.append(b);
    }
  }

  function renderMessages(): void {
    list.replaceChildren();
    const me = table.snapshot().you;
    for (const e of table.chat) {
      if (channelOf(e) !== channel) continue;
      const who = e.from === 'facilitator' ? t('chat.facilitator') : e.from === me ? t('chat.you') : `${e.name ?? ''} (${roleName(e.from)})`;
      list.append(el('p', {}, el('span', { className: 'from', textContent: `${who}: ` }), e.text));
    }
    list.scrollTop = list.scrollHeight;
  }

  function renderNotice(): void {
    const parts: string[] = [];
    if (table.muted) parts.push(t('chat.mutedNotice'));
    if (table.status === 'paused') parts.push(t('chat.paused'));
    if (connection !== 'connected') parts.push(connection === 'lost' ? t('chat.lost') : t('chat.reconnecting'));
    notice.textContent = parts.join(' ');
    input.disabled = table.muted;
    send.disabled = table.muted;
  }

  let connection: 'connected' | 'reconnecting' | 'lost' = 'connected';
  function render(): void {
    renderTabs();
    renderMessages();
    renderNotice();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    table.say(text, channel);
    input.value = '';
  });

  let unseen = 0;
  table.events.chat = (entry) => {
    const c = channelOf(entry);
    const folded = root.classList.contains('collapsed');
    if (c !== channel || folded) unread.add(c ?? '');
    if (folded && entry.from !== table.snapshot().you) unseen++;
    badge.textContent = unseen > 0 ? String(unseen) : '';
    render();
  };
  toggle.addEventListener('click', () => {
    unseen = 0;
    badge.textContent = '';
  });
  table.events.error = (reason) => {
    notice.textContent = reason;
  };
  table.events.connection = (state) => {
    connection = state;
    renderNotice();
  };
  const off = table.subscribe(() => renderNotice());
  render();
  return () => {
    off();
    root.remove();
  };
}
