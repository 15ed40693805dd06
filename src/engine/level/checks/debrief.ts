/** The debrief: its texts for particular roles name roles of the level. */
import type { CheckContext } from './context.js';

export function debriefNamesRoles(ctx: CheckContext): void {
  for (const role of Object.keys(ctx.level.debrief.perRole)) ctx.roleExists(role, ['debrief', 'perRole', role], { in: 'perRole' });
}
