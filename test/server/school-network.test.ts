/**
 * A class behind one school address: every student gets in, reloads included; guessing codes is
 * slowed down to a trickle, but a correct code is never refused for rate reasons; behind a
 * reverse proxy, TRUST_PROXY decides whether X-Forwarded-For names the client.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseTrustProxy } from '../../src/server/client-address.js';
import type { JoinResponse } from '../../src/protocol/messages.js';
import { createSession, post, startServer, type Running } from './helpers.js';

const wrongCode = (i: number): string => `ZZZ${'23456789ABCDEFGHJKMNPQRSTVWXYZ'[i % 30]}${'23456789ABCDEFGHJKMNPQRSTVWXYZ'[Math.floor(i / 30) % 30]}Z`;

async function postFrom(url: string, body: unknown, forwardedFor?: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

describe('one address, a whole class', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({ wrongCodesPerMinute: 10, slowDownMs: 150 });
  });
  afterAll(() => server.close());

  test('40 students join from one address, then all reload, and every one gets in', async () => {
    const session = await createSession(server.url, { tables: 14, autoAssign: true });
    const joined: JoinResponse[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await post<JoinResponse>(`${server.url}/api/join`, { code: session.code, name: `Student ${i}` });
      expect(r.status, `join ${i}`).toBe(200);
      joined.push(r.body);
    }
    for (const j of joined) {
      const r = await post<JoinResponse>(`${server.url}/api/join`, { code: session.code, name: j.name, token: j.token });
      expect(r.status).toBe(200);
      expect(r.body.participant).toBe(j.participant);
    }
    expect(server.api.sessions.get(session.sessionId)?.participants.size).toBe(40);
  });

  test('wrong codes are slowed once the budget is spent, and a correct code still gets in', async () => {
    const session = await createSession(server.url);
    const fast: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await postFrom(`${server.url}/api/join`, { code: wrongCode(i), name: 'guess' });
      expect(r.status).toBe(404);
      fast.push(r.ms);
    }
    // The eleventh wrong code spends more than the budget: from then on, requests wait their turn.
    expect((await postFrom(`${server.url}/api/join`, { code: wrongCode(10), name: 'guess' })).status).toBe(404);
    const started = performance.now();
    const slowed = await Promise.all([11, 12, 13, 14].map((i) => postFrom(`${server.url}/api/join`, { code: wrongCode(i), name: 'guess' })));
    expect(slowed.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(performance.now() - started).toBeGreaterThan(3 * 150 - 30);
    // A student behind the same address with the right code: a short wait, never a refusal.
    const student = await postFrom(`${server.url}/api/join`, { code: session.code, name: 'Late student' });
    expect(student.status).toBe(200);
    // A flood beyond the queue is answered 429 at once, so memory stays bounded.
    const flood = await Promise.all(Array.from({ length: 70 }, (_, i) => postFrom(`${server.url}/api/join`, { code: wrongCode(100 + i), name: 'guess' })));
    expect(flood.filter((r) => r.status === 429).length).toBeGreaterThan(5);
    expect(flood.every((r) => r.status === 404 || r.status === 429)).toBe(true);
  }, 40_000);

  test('without TRUST_PROXY, a forged X-Forwarded-For does not escape the limit', async () => {
    // This address is still over budget from the test above: a new X-Forwarded-For changes nothing.
    const started = performance.now();
    const r = await Promise.all([0, 1, 2].map((i) => postFrom(`${server.url}/api/join`, { code: wrongCode(200 + i), name: 'guess' }, `198.51.100.${i}`)));
    expect(r.every((x) => x.status === 404 || x.status === 429)).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(150);
  }, 40_000);
});

describe('behind a trusted reverse proxy', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({ wrongCodesPerMinute: 3, slowDownMs: 400, trustProxy: ['loopback'] });
  });
  afterAll(() => server.close());

  test('the limits count the address the proxy reports, and /api/stats sees the same address', async () => {
    for (let i = 0; i < 6; i++) await postFrom(`${server.url}/api/join`, { code: wrongCode(i), name: 'guess' }, '203.0.113.7');
    // Another client behind the proxy is not slowed by the guesser.
    const other = await postFrom(`${server.url}/api/join`, { code: wrongCode(50), name: 'typo' }, '203.0.113.8');
    expect(other.status).toBe(404);
    expect(other.ms).toBeLessThan(300);
    const guesser = await postFrom(`${server.url}/api/join`, { code: wrongCode(51), name: 'guess' }, '203.0.113.7');
    expect(guesser.ms).toBeGreaterThan(200);
    // /api/stats is for this machine only: a request the proxy forwards from outside is not.
    expect((await fetch(`${server.url}/api/stats`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/stats`)).status).toBe(200);
  });
});

test('TRUST_PROXY is read strictly', () => {
  expect(parseTrustProxy(undefined)).toBe(false);
  expect(parseTrustProxy('')).toBe(false);
  expect(parseTrustProxy('0')).toBe(false);
  expect(parseTrustProxy('1')).toBe(1);
  expect(parseTrustProxy('loopback, 10.0.0.0/8, 192.0.2.4')).toEqual(['loopback', '10.0.0.0/8', '192.0.2.4']);
  expect(() => parseTrustProxy('true')).toThrow(/any address/);
  expect(() => parseTrustProxy('proxy.example')).toThrow(/not an address/);
  expect(() => parseTrustProxy('99')).toThrow(/hop count/);
});
