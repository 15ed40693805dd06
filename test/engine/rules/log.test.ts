import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLog, EMPTY_LOG, isMoveLog, LOG_CHUNK, logEntries, logFrom, logLength, type MoveLog } from '../../../src/engine/rules/log.js';
import type { LogEntry } from '../../../src/engine/rules/state.js';

const entry = (round: number): LogEntry => ({ kind: 'roundStart', round });

describe('the move log', () => {
  it('reads back every entry in order, however the appends were grouped', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (sizes) => {
        let log: MoveLog = EMPTY_LOG;
        const expected: LogEntry[] = [];
        let n = 0;
        for (const size of sizes) {
          const batch = Array.from({ length: size }, () => entry(n++));
          log = appendLog(log, batch);
          expected.push(...batch);
          expect(logLength(log)).toBe(expected.length);
        }
        expect(logEntries(log)).toEqual(expected);
        expect(isMoveLog(log)).toBe(true);
        expect(log.tail.length).toBeLessThan(LOG_CHUNK);
        for (const chunk of log.chunks) expect(chunk).toHaveLength(LOG_CHUNK);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the earlier log unchanged and shares its full chunks', () => {
    const before = logFrom(Array.from({ length: LOG_CHUNK + 3 }, (_, i) => entry(i)));
    const copy = [...logEntries(before)];
    const after = appendLog(before, [entry(99)]);
    expect(logEntries(before)).toEqual(copy);
    expect(logEntries(after)).toEqual([...copy, entry(99)]);
    expect(after.chunks[0]).toBe(before.chunks[0]);
  });

  it('stays plain data through JSON', () => {
    const log = logFrom(Array.from({ length: 3 * LOG_CHUNK + 5 }, (_, i) => entry(i)));
    const back = JSON.parse(JSON.stringify(log)) as MoveLog;
    expect(isMoveLog(back)).toBe(true);
    expect(logEntries(back)).toEqual(logEntries(log));
  });

  it('tells a log from other data', () => {
    expect(isMoveLog([])).toBe(false);
    expect(isMoveLog({ chunks: [[entry(1)]], tail: [] })).toBe(false);
    expect(isMoveLog(null)).toBe(false);
  });
});
