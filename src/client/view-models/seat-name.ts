/** A seat's public name, for the join page's "you sit at table 2 as …". */
import type { JoinResponse } from '../../protocol/messages.js';

/** In the reader's language, else the level's English, else any language it has, else the id. */
export function seatName(roles: JoinResponse['roles'] | undefined, role: string, language: string): string {
  const name = roles?.find((r) => r.id === role)?.name;
  if (!name) return role;
  return name[language] ?? name.en ?? Object.values(name)[0] ?? role;
}
