/**
 * The table: status and timer, the seats (drawn by Phaser in the stage slot), the draft text doubling
 * as the package builder, the packages on the table, the hand, the event banner and the move log.
 * Works from any TablePort (solo, hot-seat, online). All it shows comes from the view-models.
 */
import type { App } from '../../app.js';
import { sound, type Effect } from '../../audio/sound.js';
import { LocalTable } from '../../local/local-table.js';
import type { TableSnapshot } from '../../../protocol/port.js';
import type { LogEntry } from '../../../engine/rules/state.js';
import { eventBannerVm, moveLogVm } from '../../view-models/log.js';
import { draftText, handVm, offerBuilderVm, offersVm, seatsVm, statusVm, tutorialTips, voteVm } from '../../view-models/table.js';
import { clear, h, icon, signed } from '../dom.js';
import { soundControls } from '../sound-controls.js';
import { outcomeScreen } from './outcome.js';
import { passScreen } from './pass.js';

const EFFECTS: Partial<Record<LogEntry['kind'], Effect>> = { card: 'card', offer: 'offer', accept: 'accept', reject: 'reject', event: 'event', outcome: 'gavel' };

export function tableScreen(app: App): void {
  const port = app.port;
  if (!port) throw new Error('no table to show');
  const { t } = app;
  const lang = app.setup.language;
  let snap: TableSnapshot = port.snapshot();
  let choice: (number | null)[] = [];
  let revealedFor: string | null = snap.mode === 'hotseat' ? null : snap.you;
  let seenLog = snap.view.log.length;
  let banner: ReturnType<typeof eventBannerVm> = null;
  let logOpen = false;
  let message = '';
  let concluded = false;
  // On a phone the guide starts folded: the table needs the room, and one key or tap opens it.
  let tipOpen = !matchMedia('(max-height: 480px)').matches;
  const targets = new Map<number, string>();

  const stageSlot = h('div', { class: 'stage-slot', testid: 'stage' });
  const root = h('div', { class: 'table', testid: 'table' });

  const act = async (action: Parameters<typeof port.act>[0]): Promise<void> => {
    const result = await port.act(action);
    message = result.ok ? '' : t('table.refused', { reason: result.reason });
    if (result.ok && (action.type === 'offer' || action.type === 'counter')) choice = [];
    if (!result.ok) render();
  };

  const placeStage = (): void => {
    const r = stageSlot.getBoundingClientRect();
    app.host?.showTable(seatsVm(snap.level, snap.view, snap.seats, lang), { x: r.left, y: r.top, width: r.width, height: r.height });
  };

  function render(): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.testid ?? null;
    const { level, view } = snap;
    const status = statusVm(level, view, snap.timer, Date.now(), lang, t);
    const issues = draftText(level, view, lang);
    const builder = offerBuilderVm(level, view, choice, lang);
    const offers = offersVm(level, view, lang);
    const hand = handVm(level, view, lang);
    const vote = voteVm(level, view, lang);
    const seats = seatsVm(level, view, snap.seats, lang);
    const tips = tutorialTips(level, view, lang);

    const top = h(
      'header',
      { class: 'topbar' },
      h('span', { class: 'status', testid: 'status-round' }, status.round),
      h('span', { testid: 'status-turn', 'aria-live': 'polite' }, status.turn),
      h('span', { class: 'muted', testid: 'timer' }, status.timer ?? t('table.noTimer')),
      h('span', { class: 'grow' }),
      h('button', { type: 'button', class: 'secondary', testid: 'toggle-log', 'aria-expanded': String(logOpen), onclick: () => ((logOpen = !logOpen), render()) }, logOpen ? t('table.hideLog') : t('table.showLog')),
      soundControls(app),
    );

    clear(stageSlot);
    stageSlot.append(
      h(
        'div',
        { class: 'seat-labels' },
        ...seats.map((s) =>
          h('div', { testid: `seat-${s.role}` }, h('strong', {}, `${s.name}${s.isYou ? ` (${t('table.you')})` : s.controller === 'bot' ? ` (${t('table.bot')})` : ` (${t('table.player')})`}`), h('br'), `${t('table.resources', { name: s.resourceName, value: s.resources })} · ${t('table.standing', { value: s.standing })}`),
        ),
      ),
    );
    stageSlot.setAttribute('aria-label', seats.map((s) => `${s.name}: ${t('table.resources', { name: s.resourceName, value: s.resources })}, ${t('table.standing', { value: s.standing })}, ${t('table.handSize', { count: s.handSize })}`).join('; '));
    stageSlot.setAttribute('role', 'img');

    const draft = h(
      'section',
      { class: 'panel', 'aria-labelledby': 'draft-heading', testid: 'draft' },
      h('h2', { id: 'draft-heading' }, `${t('table.draft')} · ${t('table.builder')}`),
      tips.length > 0
        ? h('details', { class: 'tip', testid: 'tutorial-tip', open: tipOpen, ontoggle: (e: Event) => (tipOpen = (e.target as HTMLDetailsElement).open) }, h('summary', {}, t('table.tutorial')), ...tips.map((tip) => h('p', {}, tip)))
        : null,
      banner ? h('div', { class: 'banner', role: 'status', testid: 'event-banner' }, h('strong', {}, banner.title), ' ', banner.text) : null,
      ...issues.map((issue, i) =>
        h(
          'fieldset',
          { class: 'issue' },
          h('legend', {}, icon(`icon-issue-${issue.id}`, 'icon-issue-generic'), issue.name),
          h(
            'div',
            { class: 'options' },
            ...issue.options.map((o) => {
              const input = h('input', { type: 'radio', name: `issue-${issue.id}`, value: o.index, checked: builder?.issues[i]?.chosen === o.index, disabled: !o.available || !builder, testid: `option-${issue.id}-${o.index}` });
              input.addEventListener('change', () => {
                choice = level.issues.map((_, k) => (k === i ? o.index : (choice[k] ?? null)));
                render();
              });
              return h(
                'label',
                { class: 'option', title: o.clause },
                input,
                h(
                  'span',
                  {},
                  o.label,
                  h(
                    'span',
                    { class: 'tags' },
                    o.ownPoints !== null ? h('span', { class: 'tag points' }, t('table.points', { count: o.ownPoints })) : null,
                    o.isNoDeal ? h('span', { class: 'tag nodeal' }, t('table.noDealNow')) : null,
                    o.onTable ? h('span', { class: 'tag ontable' }, t('table.onTable')) : null,
                    o.available ? null : h('span', { class: 'tag' }, icon('icon-lock'), t('table.locked')),
                  ),
                ),
              );
            }),
          ),
        ),
      ),
      builder
        ? h(
            'div',
            { class: 'builder-footer' },
            h(
              'div',
              { class: 'value-bar', testid: 'package-value', 'aria-live': 'polite' },
              h('span', { class: 'big' }, builder.value === null ? t('table.packageIncomplete', { missing: builder.missing }) : t('table.packageValue', { value: builder.value })),
              h('span', {}, t('table.vsNoDeal', { value: builder.noDealValue })),
              builder.delta === null ? null : h('span', { class: builder.delta >= 0 ? 'good' : 'bad' }, builder.delta >= 0 ? t('table.better', { delta: signed(builder.delta) }) : t('table.worse', { delta: signed(builder.delta) })),
            ),
            h(
              'div',
              { class: 'row' },
              h('button', { type: 'button', testid: 'offer-submit', disabled: !builder.canOffer, onclick: () => void act({ type: 'offer', package: packageOf() }) }, t('table.offer')),
              builder.offeredThisTurn ? h('span', { class: 'muted' }, t('table.offeredThisTurn')) : null,
            ),
          )
        : null,
    );

    const right = h(
      'section',
      { class: 'panel', 'aria-labelledby': 'offers-heading', testid: 'offers' },
      message ? h('p', { class: 'refusal', role: 'alert', testid: 'refusal' }, message) : null,
      vote
        ? h(
            'div',
            { class: 'offer', testid: 'vote-panel' },
            h('h2', {}, vote.candidate === null ? t('table.noCandidate') : t('table.vote', { id: vote.candidate })),
            h('ul', {}, ...vote.terms.map((x) => h('li', {}, `${x.issue}: ${x.option}`))),
            vote.value !== null ? h('p', {}, `${t('table.packageValue', { value: vote.value })} · ${t('table.vsNoDeal', { value: vote.noDealValue })}`) : null,
            vote.voted ? h('p', {}, t('table.voted')) : null,
            vote.canVote
              ? h('div', { class: 'row' }, h('button', { type: 'button', class: 'accept', testid: 'vote-yes', onclick: () => void act({ type: 'vote', accept: true }) }, t('table.voteYes')), h('button', { type: 'button', class: 'reject', testid: 'vote-no', onclick: () => void act({ type: 'vote', accept: false }) }, t('table.voteNo')))
              : null,
          )
        : null,
      h('h2', { id: 'offers-heading' }, t('table.offers')),
      offers.length === 0 ? h('p', { class: 'muted' }, t('table.noOffers')) : null,
      ...offers.map((o) =>
        h(
          'article',
          { class: 'offer', style: `border-left-color:${o.colour}`, testid: `offer-${o.id}` },
          h('strong', {}, t('table.offerBy', { id: o.id, role: o.byName })),
          h('ul', {}, ...o.terms.map((x) => h('li', {}, `${x.issue}: ${x.option}`))),
          o.value !== null ? h('div', { class: (o.delta ?? 0) >= 0 ? 'good' : 'bad' }, t('table.valueToYou', { value: o.value, delta: signed(o.delta ?? 0) })) : null,
          o.acceptedBy.length ? h('div', { class: 'muted' }, t('table.acceptedBy', { roles: o.acceptedBy.join(', ') })) : null,
          o.rejectedBy.length ? h('div', { class: 'muted' }, t('table.rejectedBy', { roles: o.rejectedBy.join(', ') })) : null,
          o.mine
            ? null
            : h(
                'div',
                { class: 'row' },
                h('button', { type: 'button', class: 'accept', testid: `accept-${o.id}`, disabled: !o.canAccept, onclick: () => void act({ type: 'accept', offer: o.id }) }, t('table.accept')),
                h('button', { type: 'button', class: 'reject', testid: `reject-${o.id}`, disabled: !o.canReject, onclick: () => void act({ type: 'reject', offer: o.id }) }, t('table.reject')),
                h('button', { type: 'button', class: 'secondary', testid: `counter-${o.id}`, disabled: !o.canCounter || !builder?.complete, onclick: () => void act({ type: 'counter', offer: o.id, package: packageOf() }) }, t('table.counter', { id: o.id })),
              ),
        ),
      ),
    );

    const handEl = h(
      'section',
      { class: 'hand', 'aria-label': t('table.hand'), testid: 'hand' },
      hand.length === 0 ? h('p', { class: 'muted' }, t('table.emptyHand')) : null,
      ...hand.map((c) => {
        const select = c.needsTarget
          ? h('select', { 'aria-label': t('table.target'), testid: `card-target-${c.slot}`, disabled: !c.playable }, ...c.targets.map((x) => h('option', { value: x.role, selected: targets.get(c.slot) === x.role }, x.name)))
          : null;
        select?.addEventListener('change', () => targets.set(c.slot, select.value));
        const play = h('button', { type: 'button', testid: `card-play-${c.slot}`, disabled: !c.playable }, t('table.play'));
        play.addEventListener('click', () => void act(c.needsTarget ? { type: 'playCard', card: c.id, target: select?.value ?? c.targets[0]?.role ?? '' } : { type: 'playCard', card: c.id }));
        return h(
          'article',
          { class: `card${c.playable ? '' : ' blocked'}`, 'data-kind': c.kind, testid: `card-${c.slot}` },
          h('h3', {}, c.name),
          h('div', { class: 'card-meta' }, `${t(`kind.${c.kind}`)} · ${t('table.cost', { cost: c.cost })}`),
          h('div', { class: 'card-text', title: c.text }, c.text),
          c.blockedBy && c.blockedBy !== 'notYourTurn' ? h('div', { class: 'card-meta' }, t(`table.${c.blockedBy}`)) : null,
          h('div', { class: 'row' }, select, play),
        );
      }),
    );
    const endTurn = h('button', { type: 'button', class: 'end-turn', testid: 'end-turn', disabled: !status.yourTurn, onclick: () => void act({ type: 'endTurn' }) }, t('table.endTurn'));

    const log = logOpen
      ? h(
          'aside',
          { class: 'panel log-drawer', testid: 'move-log', 'aria-label': t('table.log') },
          h('h2', {}, t('table.log')),
          h('ol', {}, ...moveLogVm(level, view.log, lang, t).map((l) => h('li', {}, l.text, l.reason ? h('span', { class: 'reason' }, t('log.because', { reason: l.reason })) : null))),
        )
      : null;

    clear(root);
    root.append(top, stageSlot, h('div', { class: 'table-main' }, draft, right), h('div', { class: 'bottom' }, handEl, endTurn));
    if (log) root.append(log);
    placeStage();
    if (focusedId) {
      const again = root.querySelector<HTMLElement>(`[data-testid="${focusedId}"]`);
      if (again && !(again as HTMLButtonElement).disabled) again.focus({ preventScroll: true });
      else if (document.activeElement === document.body) root.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus({ preventScroll: true });
    }
    if (log) log.scrollTop = log.scrollHeight;
  }

  const packageOf = (): Record<string, number> => Object.fromEntries(snap.level.issues.map((issue, i) => [issue.id, choice[i] ?? 0]));

  /** Hot-seat: before a different player's private view appears, the device changes hands. */
  function show(): void {
    const needsPass = snap.mode === 'hotseat' && snap.you !== null && snap.you !== revealedFor && !snap.debrief;
    if (needsPass && snap.you) {
      const role = snap.you;
      passScreen(app, snap.level, role, () => {
        revealedFor = role;
        choice = [];
        targets.clear();
        if (port instanceof LocalTable) port.resumeTimer();
        mount();
      });
      return;
    }
    // The same player keeps the device (a lone hot-seat human, or the turn came back to them):
    // their timer starts at once.
    if (snap.timer.paused && port instanceof LocalTable) port.resumeTimer();
    if (!root.isConnected) mount();
    else render();
  }

  function mount(): void {
    clear(app.ui);
    app.ui.append(root);
    render();
    root.querySelector<HTMLElement>('button:not(:disabled), input:not(:disabled)')?.focus({ preventScroll: true });
  }

  const onSnapshot = (next: TableSnapshot): void => {
    if (concluded) return;
    const fresh = next.view.log.slice(seenLog);
    seenLog = next.view.log.length;
    snap = next;
    for (const entry of fresh) {
      const effect = EFFECTS[entry.kind];
      if (effect) sound.play(effect);
      if (entry.kind === 'card' || entry.kind === 'offer' || entry.kind === 'accept' || entry.kind === 'reject' || entry.kind === 'event') {
        app.host?.playEffect({ kind: entry.kind, role: 'role' in entry ? entry.role : null });
      }
    }
    const announced = eventBannerVm(next.level, next.view.log, next.view.log.length - fresh.length, lang);
    if (announced) banner = announced;
    if (next.debrief) {
      concluded = true;
      render();
      setTimeout(() => app.go(outcomeScreen), app.fast ? 50 : 1200);
      return;
    }
    show();
  };

  app.cleanup.push(port.subscribe(onSnapshot));
  const tick = setInterval(() => {
    const el = root.querySelector('[data-testid="timer"]');
    if (el && snap.timer.endsAt !== null) el.textContent = statusVm(snap.level, snap.view, snap.timer, Date.now(), lang, t).timer ?? '';
  }, 1000);
  const onResize = (): void => placeStage();
  window.addEventListener('resize', onResize);
  app.cleanup.push(() => clearInterval(tick), () => window.removeEventListener('resize', onResize));
  if (snap.debrief) app.go(outcomeScreen);
  else show();
}
