/**
 * A facilitator's own level that carries its own evidence inline (`ownEvidence`), over real HTTP
 * and WebSockets: accepted with its local facts, which reach the players' clients with the level
 * (the debrief shows them with their sources); a local fact that takes a shared id, or a level that
 * names an evidence file the upload cannot carry, is refused with its line and column.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CreateSessionResponse } from '../../src/protocol/messages.js';
import { facilitator, joinAsParticipant, startServer, type Running } from './helpers.js';

const own = `${readFileSync('levels/tutorial.yaml', 'utf8')
  .replace(/^id: tutorial$/m, 'id: our-class\nevidence: [our-class-online-exporters]')}\n${readFileSync('test/fixtures/local-evidence/own-evidence.yaml', 'utf8')}`;
const settings = { tables: 1, seatsPerTable: 1, bots: true, turnSeconds: 0 };

let server: Running;
beforeAll(async () => {
  server = await startServer({ createsPerMinute: 1000 });
});
afterAll(async () => server?.close());

async function upload(levelText: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}/api/sessions/own-level`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ settings, levelText }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
type ErrorOut = { code: string; line: number; column: number; path: string; text: string };

describe('an uploaded level with its own evidence', () => {
  test('is accepted, and its local facts reach the table with the level', async () => {
    const res = await upload(own);
    expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(201);
    const session = res.body as unknown as CreateSessionResponse;
    const f = await facilitator(server.url, session);
    const p = await joinAsParticipant(server.url, session.code, 'Ana');
    const level = p.table.messages.find((m) => m.type === 'welcome')?.payload.level;
    expect(level?.evidence).toContain('our-class-online-exporters');
    expect(level?.ownEvidence?.facts).toEqual([expect.objectContaining({ id: 'our-class-online-exporters', source: 'our-class-survey-2026', locator: 'Table 2' })]);
    expect(level?.ownEvidence?.sources[0]).toMatchObject({ title: "Survey of the participants' businesses", author: "The workshop's trainer", year: 2026 });
    await f.room.leave();
    await p.table.room.leave();
    // Its facilitator (only) can fetch the file back, for the teacher's kit.
    const levelUrl = `${server.url}/api/sessions/${session.sessionId}/level`;
    const back = await fetch(levelUrl, { headers: { 'x-facilitator-secret': session.secret } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toMatch(/^text\/yaml/);
    expect(await back.text()).toBe(own);
    expect((await fetch(levelUrl)).status).toBe(403);
    expect((await fetch(levelUrl, { headers: { 'x-facilitator-secret': 'x'.repeat(43) } })).status).toBe(403);
    expect((await fetch(`${levelUrl}?secret=${session.secret}`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/sessions/nosuchsession/level`, { headers: { 'x-facilitator-secret': session.secret } })).status).toBe(403);
  });

  test('a local fact that takes a shared id is refused at its line and column', async () => {
    const before = server.api.sessions.size;
    const taken = own.replace('    - id: our-class-online-exporters', '    - id: localisation-dual-rationale').replace('evidence: [our-class-online-exporters]', 'evidence: []');
    const res = await upload(taken);
    expect(res.status).toBe(422);
    const errors = res.body.levelErrors as ErrorOut[];
    const line = taken.split('\n').indexOf('    - id: localisation-dual-rationale') + 1;
    expect(errors).toEqual([expect.objectContaining({ code: 'localFactIsShared', path: 'ownEvidence.facts[0].id', line, column: 11 })]);
    expect(errors[0]?.text).toContain('already in the shared evidence base');
    expect(server.api.sessions.size).toBe(before);
  });

  test('a level that names an evidence file is told to carry its facts inline', async () => {
    const res = await upload(own.replace(/^id: our-class$/m, 'id: our-class\nlocalEvidence: our-class.evidence.yaml'));
    expect(res.status).toBe(422);
    const errors = res.body.levelErrors as ErrorOut[];
    expect(errors).toEqual([expect.objectContaining({ code: 'localEvidenceNotGiven', path: 'localEvidence' })]);
    expect(errors[0]?.text).toContain('under ownEvidence: in the level itself');
  });
});
