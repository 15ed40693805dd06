import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const assetsDir = resolve(__dirname, '../../assets');

interface Manifest {
  images: Record<string, { file: string; width: number; height: number }>;
  audio: Record<string, { files: string[]; seconds: number }>;
  palette: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(assetsDir, 'generated/manifest.json'), 'utf8')) as Manifest;

/**
 * A strict little XML well-formedness check (enough for the SVG we write): tags must nest and
 * close, attributes must be quoted and unique, and `&` must start an entity. Returns the root
 * element's attributes.
 */
function parseXml(src: string): { root: string; attrs: Record<string, string> } {
  let i = 0;
  const stack: string[] = [];
  let root: { root: string; attrs: Record<string, string> } | undefined;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const checkText = (t: string): void => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(t)) fail('bare &');
    if (t.includes('<')) fail('bare <');
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      checkText(src.slice(i));
      if (src.slice(i).trim() && stack.length === 0) fail('text after the root');
      break;
    }
    checkText(src.slice(i, lt));
    i = lt;
    if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i);
      if (end < 0) fail('unclosed processing instruction');
      i = end + 2;
    } else if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
    } else if (src.startsWith('</', i)) {
      const m = /^<\/([A-Za-z_][\w:.-]*)\s*>/.exec(src.slice(i));
      if (!m) fail('bad closing tag');
      const name = m![1]!;
      if (stack.pop() !== name) fail(`mismatched </${name}>`);
      i += m![0].length;
    } else {
      const m = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(src.slice(i));
      if (!m) fail('bad opening tag');
      const name = m![1]!;
      const attrs: Record<string, string> = {};
      for (const a of m![2]!.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const key = a[1]!;
        if (key in attrs) fail(`duplicate attribute ${key}`);
        const value = a[2] ?? a[3] ?? '';
        checkText(value);
        attrs[key] = value;
      }
      if (!root) {
        if (stack.length) fail('no root');
        root = { root: name, attrs };
      } else if (stack.length === 0) fail('second root element');
      if (!m![3]) stack.push(name);
      i += m![0].length;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function wavInfo(buf: Buffer): { channels: number; rate: number; bits: number; seconds: number } {
  expect(buf.toString('ascii', 0, 4)).toBe('RIFF');
  expect(buf.readUInt32LE(4)).toBe(buf.length - 8);
  expect(buf.toString('ascii', 8, 12)).toBe('WAVE');
  let off = 12;
  let fmt: { channels: number; rate: number; bits: number } | undefined;
  while (off + 8 <= buf.length) {
    const id = buf.toString('ascii', off, off + 4);
    const size = buf.readUInt32LE(off + 4);
    if (id === 'fmt ') {
      expect(buf.readUInt16LE(off + 8)).toBe(1); // PCM
      fmt = { channels: buf.readUInt16LE(off + 10), rate: buf.readUInt32LE(off + 12), bits: buf.readUInt16LE(off + 22) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('data chunk before fmt chunk');
      expect(off + 8 + size).toBeLessThanOrEqual(buf.length);
      return { ...fmt, seconds: size / (fmt.rate * fmt.channels * (fmt.bits / 8)) };
    }
    off += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

describe('asset manifest', () => {
  it('lists the keys the client needs', () => {
    const need = [
      'table', 'panel', 'button', 'button-focus', 'logo',
      'card-proposal', 'card-influence', 'card-evidence', 'card-information',
      'card-back-delegation', 'card-back-lobby', 'card-back-civil-society',
      'seat-delegation', 'seat-lobby', 'seat-civil-society', 'seat-npc',
      ...['data-flows', 'customs-duties', 'policy-space', 'privacy', 'capacity-building', 'trust', 'development', 'facilitation', 'generic'].map((k) => `icon-issue-${k}`),
      ...['tariff-revenue', 'local-industry', 'jobs', 'consumer-trust', 'market-concentration', 'data-trade', 'policy-space', 'trade-costs', 'generic'].map((k) => `icon-indicator-${k}`),
      ...['sound-on', 'sound-off', 'gavel', 'timer', 'resource', 'standing', 'offer', 'accept', 'reject', 'event', 'evidence', 'lock'].map((k) => `icon-${k}`),
    ];
    for (const k of need) expect(manifest.images, k).toHaveProperty([k]);
    for (const k of ['music-loop', 'sfx-card', 'sfx-offer', 'sfx-accept', 'sfx-reject', 'sfx-event', 'sfx-gavel', 'sfx-click']) {
      expect(manifest.audio, k).toHaveProperty([k]);
    }
  });

  it.each(Object.entries(manifest.images))('image %s is an SVG with the declared size', (_key, img) => {
    expect(img.file).toMatch(/^generated\/img\/[\w-]+\.svg$/);
    const path = join(assetsDir, img.file);
    expect(existsSync(path)).toBe(true);
    const root = parseXml(readFileSync(path, 'utf8'));
    expect(root.root).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.attrs.width)).toBe(img.width);
    expect(Number(root.attrs.height)).toBe(img.height);
    expect(root.attrs.viewBox).toBe(`0 0 ${img.width} ${img.height}`);
  });

  it.each(Object.entries(manifest.audio))('sound %s has its files and the declared duration', (key, a) => {
    expect(a.files.length).toBeGreaterThan(0);
    // Howler takes the first playable file: compressed first, WAV last as the fallback.
    expect(a.files[a.files.length - 1]).toMatch(/\.wav$/);
    for (const f of a.files) {
      expect(f).toMatch(/^generated\/audio\/[\w-]+\.(ogg|wav|mp3)$/);
      expect(existsSync(join(assetsDir, f)), f).toBe(true);
      expect(statSync(join(assetsDir, f)).size).toBeGreaterThan(100);
      if (f.endsWith('.ogg')) expect(readFileSync(join(assetsDir, f)).toString('ascii', 0, 4)).toBe('OggS');
    }
    const info = wavInfo(readFileSync(join(assetsDir, a.files[a.files.length - 1]!)));
    expect(info).toMatchObject({ channels: 1, rate: 22_050, bits: 16 });
    expect(Math.abs(info.seconds - a.seconds)).toBeLessThan(0.002);
    if (key.startsWith('sfx-')) expect(a.seconds).toBeLessThan(1.2);
    else expect(a.seconds).toBeGreaterThanOrEqual(16);
  });

  it('keeps the audio folder small', () => {
    let total = 0;
    for (const a of Object.values(manifest.audio)) for (const f of a.files) total += statSync(join(assetsDir, f)).size;
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('uses the Okabe–Ito values for the role colours', () => {
    expect(manifest.palette).toMatchObject({
      delegation: '#E69F00',
      proponents: '#CC79A7',
      lobby: '#0072B2',
      'civil-society': '#009E73',
    });
    const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
    for (const k of ['delegation', 'proponents', 'lobby', 'civil-society', 'accept', 'reject', 'focus']) {
      expect(okabeIto, k).toContain(manifest.palette[k]);
    }
    for (const k of ['ink', 'paper', 'felt', 'brass', 'accept', 'reject', 'focus']) {
      expect(manifest.palette[k], k).toMatch(/^#[0-9A-Fa-f]{6}$/);
    }
  });
});
