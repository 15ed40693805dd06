/**
 * A level handed to the teacher's kit from another page (the studio's level being edited, or a
 * session's own level fetched by its facilitator's console): kept as text in localStorage, so the
 * kit page (opened in a new tab) renders from that very file with `teacher.html?level=<id>&from=kept`,
 * and its links between views keep `from=kept`. One level at a time: the last one handed over.
 */
export const KIT_LEVEL_KEY = 'ministerial.kitLevel';

export interface KitLevel {
  readonly file: string;
  readonly text: string;
}

export function keepForKit(file: string, text: string): void {
  globalThis.localStorage?.setItem(KIT_LEVEL_KEY, JSON.stringify({ file, text }));
}

export function keptForKit(): KitLevel | undefined {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(KIT_LEVEL_KEY) ?? 'null');
    const kept = raw as Partial<KitLevel> | null;
    return typeof kept?.file === 'string' && typeof kept.text === 'string' ? { file: kept.file, text: kept.text } : undefined;
  } catch {
    return undefined;
  }
}

/** The kit's address for the kept level (relative to the site's root pages). */
export function keptKitUrl(id: string): string {
  return `teacher.html?${new URLSearchParams({ level: id, from: 'kept' }).toString()}`;
}

/**
 * The console's kit link, pointed at the very level file a session runs on (its own upload, or the
 * folder's copy it was created with): fetched once with the facilitator's secret, handed to the kit
 * at each click. Without it, the link keeps opening the catalogued level of that id.
 */
export async function sessionLevelForKit(link: HTMLAnchorElement, id: string, sessionId: string, secret: string): Promise<void> {
  const res = await fetch(`/api/sessions/${sessionId}/level`, { headers: { 'x-facilitator-secret': secret } }).catch(() => null);
  if (!res?.ok) return;
  const text = await res.text();
  link.href = `/${keptKitUrl(id)}&view=debrief`;
  link.addEventListener('click', () => keepForKit(`${id}.yaml`, text));
}
