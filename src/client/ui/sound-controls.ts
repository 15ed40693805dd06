/** Mute toggle and volume slider, shared by the menu and the table; the settings persist on the device. */
import type { App } from '../app.js';
import { sound } from '../audio/sound.js';
import { clear, h, icon } from './dom.js';

export function soundControls(app: App): HTMLElement {
  const t = app.t;
  const toggle = h('button', { class: 'secondary', type: 'button', testid: 'sound-toggle', 'aria-pressed': String(!sound.settings.muted) });
  const slider = h('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round(sound.settings.volume * 100), 'aria-label': t('sound.volume'), testid: 'sound-volume' });
  const render = (): void => {
    clear(toggle);
    toggle.append(...[icon(sound.settings.muted ? 'icon-sound-off' : 'icon-sound-on'), sound.settings.muted ? t('sound.off') : t('sound.on')].filter((x) => x !== null));
    toggle.setAttribute('aria-pressed', String(!sound.settings.muted));
  };
  toggle.addEventListener('click', () => void sound.apply({ muted: !sound.settings.muted }));
  slider.addEventListener('input', () => void sound.apply({ volume: Number(slider.value) / 100 }));
  app.cleanup.push(sound.onChange(render));
  render();
  return h('div', { class: 'sound' }, toggle, slider);
}
