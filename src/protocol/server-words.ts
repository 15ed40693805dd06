/**
 * What the server refuses, as codes with parameters (like the engine's refusals): a socket error,
 * a refused move or command, an HTTP API error all carry a `ServerProblem` that each client words
 * in its own reader's language (server-words.{en,fr,es}.json). The English words also travel as
 * `reason` / `error`, for curl users, logs and older pages.
 */
import enWords from './server-words.en.json' with { type: 'json' };
import { protocolT } from './words.js';

/** Every code the server may answer with (the English catalog's keys, plural forms folded). */
export type ServerProblemCode = keyof typeof enWords extends infer K ? (K extends `${infer B}_${'one' | 'other'}` ? B : K) : never;

export type ServerProblemParams = Readonly<Record<string, string | number>>;

export interface ServerProblem {
  readonly code: ServerProblemCode;
  readonly params?: ServerProblemParams;
}

/** A problem in words, in `language` (English for a language the server does not speak). */
export function serverText(problem: ServerProblem, language = 'en'): string {
  const t = protocolT(language, 'server');
  const params: Record<string, unknown> = { ...problem.params };
  // `where` is itself worded (" at "path"" / " à « path »"), from the raw path the server sent.
  if (typeof params.path === 'string' && params.path !== '') params.where = t('where', { path: params.path });
  else params.where = '';
  if (problem.code === 'levelHasErrors' && typeof params.line === 'number') return t('levelHasErrors', params) + t('levelFirstError', params);
  return t(problem.code, params);
}

/** A problem with its English words, as the server sends it (`reason` for sockets). */
export function refused(code: ServerProblemCode, params?: ServerProblemParams): { ok: false; reason: string; problem: ServerProblem } {
  const problem: ServerProblem = params ? { code, params } : { code };
  return { ok: false, reason: serverText(problem), problem };
}

/** Whether an untrusted value (a reply from the server) looks like a problem this client can word. */
export function isServerProblem(value: unknown): value is ServerProblem {
  if (!value || typeof value !== 'object') return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (code in enWords || `${code}_one` in enWords);
}

/** The reader's words for a reply that may carry a problem, else the English reason it came with. */
export function problemText(reply: { readonly reason?: string; readonly error?: unknown; readonly problem?: unknown }, language: string, fallback = ''): string {
  if (isServerProblem(reply.problem)) return serverText(reply.problem, language);
  if (typeof reply.reason === 'string') return reply.reason;
  return typeof reply.error === 'string' ? reply.error : fallback;
}

/**
 * A problem as one string, for the one channel Colyseus gives a refused join (an error's message,
 * over HTTP and over the socket alike): JSON with the code, its parameters and the English words,
 * so pages word it in their reader's language and anyone else still reads a sentence.
 */
export function problemMessage(problem: ServerProblem): string {
  return JSON.stringify({ code: problem.code, ...(problem.params ? { params: problem.params } : {}), error: serverText(problem) });
}

/** What a join error's message carries (problemMessage): the problem, or the English words of a code this client does not know. */
function messageContent(message: string): { problem: ServerProblem | null; error: string | null } | null {
  if (!message.startsWith('{')) return null;
  try {
    const value = JSON.parse(message) as { params?: unknown; error?: unknown };
    const raw = value.params;
    const params = raw && typeof raw === 'object' ? (raw as ServerProblemParams) : undefined;
    const problem = isServerProblem(value) ? (params ? { code: value.code, params } : { code: value.code }) : null;
    return { problem, error: typeof value.error === 'string' ? value.error : null };
  } catch {
    return null;
  }
}

/** The problem a thrown join error carries (problemMessage), or null for any other error. */
export function problemOfError(error: unknown): ServerProblem | null {
  return error instanceof Error ? (messageContent(error.message)?.problem ?? null) : null;
}

/** The reader's words for a thrown error: a join refusal worded from its code, else the error's own message. */
export function errorText(error: unknown, language: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const content = messageContent(message);
  if (content?.problem) return serverText(content.problem, language);
  return content?.error ?? message;
}

/** A schema's first complaint about a message, as a problem (the English is describeIssue's). */
export function malformed(error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] }): ReturnType<typeof refused> {
  const issue = error.issues[0];
  return refused('malformed', { path: issue ? issue.path.map(String).join('.') : '', detail: issue?.message ?? 'invalid' });
}

/** The reader's words for an HTTP API error body (`{ error, code, params }`), else its English. */
export function httpErrorText(body: unknown, language: string, fallback = ''): string {
  if (isServerProblem(body)) {
    const raw = (body as { params?: unknown }).params;
    const params = raw && typeof raw === 'object' ? (raw as ServerProblemParams) : undefined;
    return serverText(params ? { code: body.code, params } : { code: body.code }, language);
  }
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === 'string' ? error : fallback;
}
