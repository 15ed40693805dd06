/** Links between the kit's views: `teacher.html?level=<id>&view=<view>[&role=<id>]`. */
import type { KitContext } from './context.js';

export const VIEWS = ['note', 'run', 'debrief', 'slides', 'roles', 'quiz', 'glossary', 'reading'] as const;
export type View = (typeof VIEWS)[number];

export function kitLink(ctx: Pick<KitContext, 'level'>, view: View, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ level: ctx.level.id, view, ...extra });
  return `?${params.toString()}`;
}
