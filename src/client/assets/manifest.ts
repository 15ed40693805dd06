/**
 * The generated asset manifest (assets/generated/manifest.json, made by scripts/assets): image and
 * sound keys to files under the site root. Read tolerantly (a map of key → file, or a list of
 * { key, file }) and never required: a missing asset falls back to shapes drawn in code.
 */
export interface AssetManifest {
  readonly images: Readonly<Record<string, string>>;
  readonly audio: Readonly<Record<string, readonly string[]>>;
  readonly palette: Readonly<Record<string, string>>;
}

const BASE = 'generated/';

function entries(section: unknown): [string, unknown][] {
  if (Array.isArray(section)) return section.map((e) => [String((e as { key?: unknown }).key ?? ''), e]);
  if (section && typeof section === 'object') return Object.entries(section as Record<string, unknown>);
  return [];
}

function files(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return files(v.files ?? v.file ?? v.src ?? v.path ?? v.url);
  }
  return [];
}

function url(file: string): string {
  if (/^(\/|data:)/.test(file)) return file;
  return file.startsWith(BASE) ? `/${file}` : `/${BASE}${file}`;
}

export function parseManifest(data: unknown): AssetManifest {
  const root = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const images: Record<string, string> = {};
  const audio: Record<string, string[]> = {};
  for (const [key, value] of entries(root.images)) {
    const file = files(value)[0];
    if (key && file) images[key] = url(file);
  }
  for (const [key, value] of entries(root.audio ?? root.sounds)) {
    const list = files(value).map(url);
    if (key && list.length > 0) audio[key] = list;
  }
  const palette: Record<string, string> = {};
  for (const [key, value] of entries(root.palette)) if (typeof value === 'string') palette[key] = value;
  return { images, audio, palette };
}

let cached: Promise<AssetManifest> | null = null;

export function loadManifest(): Promise<AssetManifest> {
  cached ??= fetch(`/${BASE}manifest.json`)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))
    .then(parseManifest);
  return cached;
}
