/** The debrief's citations find a level's own facts (ownEvidence) with their sources, beside the shared ones. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationsVm } from '../../../src/client/view-models/outcome.js';
import { validateLevelText } from '../../../src/engine/level/validate.js';
import { evidence } from '../helpers.js';

const text = `${readFileSync('levels/tutorial.yaml', 'utf8').replace(/^id: tutorial$/m, 'id: our-class\nevidence: [our-class-online-exporters]')}\n${readFileSync('test/fixtures/local-evidence/own-evidence.yaml', 'utf8')}`;

describe('local citations', () => {
  it('show a local fact with its source, marked local, and a shared one as before', () => {
    const result = validateLevelText(text, {});
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 2)));
    const [mine, shared] = citationsVm(['our-class-online-exporters', 'localisation-dual-rationale'], evidence(), 'fr', result.level.ownEvidence);
    expect(mine).toEqual({
      id: 'our-class-online-exporters',
      text: "La moitié des entreprises interrogées vendent en ligne à l'étranger.",
      title: "Survey of the participants' businesses",
      author: "The workshop's trainer",
      year: 2026,
      locator: 'Table 2',
      found: true,
      local: true,
    });
    expect(shared).toMatchObject({ id: 'localisation-dual-rationale', found: true, local: false });
  });
});
