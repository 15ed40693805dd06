/** The building blocks every section of the level schema uses: ids, texts in each language, citations. */
import { z } from 'zod';

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes, like "data-flows"')
  .meta({ description: 'An id: lower-case letters, digits and dashes. Other parts of the level refer to it.' });

/** A role's id, branded where the level is read: the one place a string becomes a RoleId. */
export const roleId = id.brand<'RoleId'>();
/** An issue's id, likewise. */
export const issueId = id.brand<'IssueId'>();

/** A text in every language the level declares, keyed by language code: `{ en: "...", fr: "..." }`. */
export const LocalTextSchema = z
  .record(z.string().regex(/^[a-z]{2}$/, 'a language code is two lower-case letters, like "en"'), z.string().min(1))
  .meta({ description: 'A text in each language of the level, e.g. { en: "Data flows" }.' });

export const evidenceIds = z
  .array(z.string().min(1))
  .meta({ description: 'Ids of facts in the evidence base (seeds/evidence.yaml) that this rests on.' });

export const points = z.number().min(-100).max(100);
