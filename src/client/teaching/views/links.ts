/** Links between the kit's views: `teacher.html?level=<id>&view=<view>[&role=<id>][&from=kept]`. */
import type { KitContext } from './context.js';

export const VIEWS = ['note', 'run', 'debrief', 'slides', 'roles', 'quiz', 'glossary', 'reading'] as const;
export type View = (typeof VIEWS)[number];

export function kitLink(ctx: Pick<KitContext, 'level'> & { readonly params?: URLSearchParams }, view: View, extra: Record<string, string> = {}): string {
  // A level handed over by the studio or the console (level/kit-level.ts) stays the one shown.
  const kept: Record<string, string> = ctx.params?.get('from') === 'kept' ? { from: 'kept' } : {};
  const params = new URLSearchParams({ level: ctx.level.id, view, ...kept, ...extra });
  return `?${params.toString()}`;
}
