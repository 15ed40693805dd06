/**
 * An HTTP API error: `{ error, code, params }`. `error` is the English sentence for curl users and
 * logs; `code` and `params` are what the pages word in their reader's language (server-words).
 */
import type { Response } from 'express';
import { refused, type ServerProblem, type ServerProblemCode, type ServerProblemParams } from '../protocol/server-words.js';

export interface HttpProblemBody {
  readonly error: string;
  readonly code: ServerProblemCode;
  readonly params?: ServerProblemParams;
}

export function problemBody(problem: ServerProblem): HttpProblemBody {
  const { reason } = refused(problem.code, problem.params);
  return problem.params ? { error: reason, code: problem.code, params: problem.params } : { error: reason, code: problem.code };
}

/** Answers with the problem (once: a response already sent is left alone). */
export function failWith(res: Response, status: number, code: ServerProblemCode, params?: ServerProblemParams, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res.status(status).set('cache-control', 'no-store').json({ ...problemBody(params ? { code, params } : { code }), ...extra });
}
