/**
 * What the server takes for a client's address: the socket's peer, or, behind a reverse proxy
 * the operator trusts, the address the proxy reports in X-Forwarded-For. One notion, used by the
 * rate limits and /api/stats alike (express's `req.ip` under the `trust proxy` setting).
 *
 * TRUST_PROXY: unset, empty, `false` or `0` trusts no proxy (X-Forwarded-For is ignored, so a
 * client cannot pick its own address); a number trusts that many hops in front of the server;
 * anything else is a comma-separated list of addresses, subnets or express's names `loopback`,
 * `linklocal`, `uniquelocal` for the proxies to trust.
 */
import { isIP } from 'node:net';

export type TrustProxy = false | number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Parses TRUST_PROXY; throws a plain-words error for a value express would misread. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error(`TRUST_PROXY must be a hop count up to 10, not ${v}`);
    return hops;
  }
  if (v === 'true') throw new Error('TRUST_PROXY=true would trust any address a client sends; give the number of proxies in front of the server (say 1) or their addresses');
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    const [addr, bits] = item.split('/') as [string, string | undefined];
    const ok = NAMES.has(item) || (isIP(addr) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) throw new Error(`TRUST_PROXY: "${item}" is not an address, a subnet (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`);
  }
  return list;
}

export function isLoopback(ip: string | undefined): boolean {
  return ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';
}
