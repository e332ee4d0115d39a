// HTTP authentication for SPARQL stores: Digest (RFC 7616: MD5, SHA-256, their -sess forms, qop=auth),
// which Virtuoso's /sparql-auth and /sparql-graph-crud-auth demand, and Basic for stores that ask for it.
// Written on node:crypto rather than taken from npm: the packages that do this pull in JS hash
// polyfills and cannot reuse a challenge, and a chunked upload would then pay two round trips per chunk.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  'MD5-SESS': 'md5',
  'SHA-256': 'sha256',
  'SHA-256-SESS': 'sha256',
};

/**
 * Splits a WWW-Authenticate value into its challenges. Several challenges may share one header
 * (`Digest realm="x", algorithm=SHA-256, Digest realm="x", algorithm=MD5`): a bare token not followed
 * by `=` starts a new one.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  const token = /\s*,?\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(\s*=\s*("((?:[^"\\]|\\.)*)"|[^\s,]*))?/y;
  let current: Challenge | undefined;
  let m: RegExpExecArray | null;
  while (token.lastIndex < header.length && (m = token.exec(header))) {
    const [, name, assignment, rawValue, quoted] = m;
    if (!name) break;
    if (assignment === undefined) {
      current = { scheme: name.toLowerCase(), params: {} };
      challenges.push(current);
    } else if (current) {
      current.params[name.toLowerCase()] =
        quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (rawValue ?? '');
    }
  }
  return challenges;
}

function hash(algorithm: string, data: string): string {
  return createHash(algorithm).update(data, 'utf8').digest('hex');
}

function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/** The strongest Digest challenge we can answer, SHA-256 before MD5; undefined when there is none. */
function pickDigest(challenges: Challenge[]): Challenge | undefined {
  const digests = challenges.filter(
    (c) => c.scheme === 'digest' && (c.params.algorithm ?? 'MD5').toUpperCase() in ALGORITHMS,
  );
  const rank = (c: Challenge) => ((c.params.algorithm ?? 'MD5').toUpperCase().startsWith('SHA-256') ? 0 : 1);
  return digests.sort((a, b) => rank(a) - rank(b))[0];
}

/** The Authorization header answering `challenge` for one request (`nc` counts uses of the nonce). */
export function digestAuthorization(
  challenge: Record<string, string>,
  creds: Credentials,
  method: string,
  uri: string,
  nc: number,
  cnonce = randomBytes(16).toString('hex'),
): string {
  const algorithmName = (challenge.algorithm ?? 'MD5').toUpperCase();
  const algorithm = ALGORITHMS[algorithmName];
  if (!algorithm) throw new Error(`unsupported digest algorithm ${algorithmName}`);
  const realm = challenge.realm ?? '';
  const nonce = challenge.nonce ?? '';
  const qops = (challenge.qop ?? '').split(',').map((q) => q.trim());
  const qop = qops.includes('auth') ? 'auth' : undefined;
  if (challenge.qop && !qop) throw new Error(`unsupported digest qop ${challenge.qop}`);
  const ncHex = nc.toString(16).padStart(8, '0');

  let ha1 = hash(algorithm, `${creds.user}:${realm}:${creds.password}`);
  if (algorithmName.endsWith('-SESS')) ha1 = hash(algorithm, `${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(algorithm, `${method}:${uri}`);
  const response = qop
    ? hash(algorithm, `${ha1}:${nonce}:${ncHex}:${cnonce}:${qop}:${ha2}`)
    : hash(algorithm, `${ha1}:${nonce}:${ha2}`);

  const parts = [
    `username=${quote(creds.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${challenge.algorithm ?? 'MD5'}`,
    `response=${quote(response)}`,
  ];
  if (qop) parts.push(`qop=${qop}`, `nc=${ncHex}`, `cnonce=${quote(cnonce)}`);
  if (challenge.opaque !== undefined) parts.push(`opaque=${quote(challenge.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}

/**
 * fetch with credentials. The first request goes out bare; on a 401 it answers the server's
 * challenge and retries once. Later requests reuse the challenge (counting nc up), so an upload in
 * many chunks costs one extra round trip in all, not one per chunk. Bodies must be re-sendable
 * (strings or buffers), which every caller here uses.
 */
export class AuthenticatingFetch {
  private challenge: Challenge | undefined;
  private nc = 0;

  constructor(private readonly creds: Credentials | undefined) {}

  async fetch(url: string, init: RequestInit & { method: string }): Promise<Response> {
    if (this.creds && !this.challenge && init.body) {
      const refused = await this.probe(url, init.signal ?? undefined);
      if (refused) return refused;
    }
    const first = await fetch(url, this.withAuthorization(url, init));
    if (first.status !== 401 || !this.creds) return first;
    const chosen = this.choose(first.headers.get('www-authenticate'));
    // A challenge we already answered (same nonce, not stale) means the credentials are wrong.
    const sameAgain =
      this.challenge &&
      chosen?.params.nonce !== undefined &&
      chosen.params.nonce === this.challenge.params.nonce &&
      chosen.params.stale?.toLowerCase() !== 'true';
    if (!chosen || sameAgain) return first;
    await first.body?.cancel();
    this.challenge = chosen;
    this.nc = 0;
    return fetch(url, this.withAuthorization(url, init));
  }

  /**
   * Learns the challenge, and checks the credentials, with HEAD requests before the first request
   * that carries a body: a server that refuses an upload answers 401 and closes the connection while
   * megabytes are still being sent (Virtuoso does), which surfaces as a reset instead of a 401.
   * Returns the 401 when the credentials are refused.
   */
  private async probe(url: string, signal: AbortSignal | undefined): Promise<Response | undefined> {
    const bare = await fetch(url, { method: 'HEAD', signal });
    await bare.body?.cancel();
    if (bare.status !== 401) return undefined;
    const chosen = this.choose(bare.headers.get('www-authenticate'));
    if (!chosen) return bare;
    this.challenge = chosen;
    this.nc = 0;
    const signed = await fetch(url, this.withAuthorization(url, { method: 'HEAD', signal }));
    await signed.body?.cancel();
    return signed.status === 401 ? signed : undefined;
  }

  private choose(header: string | null): Challenge | undefined {
    if (!header) return undefined;
    const challenges = parseChallenges(header);
    return pickDigest(challenges) ?? challenges.find((c) => c.scheme === 'basic');
  }

  private withAuthorization(url: string, init: RequestInit & { method: string }): RequestInit {
    if (!this.creds || !this.challenge) return init;
    const headers = new Headers(init.headers);
    if (this.challenge.scheme === 'basic') {
      const token = Buffer.from(`${this.creds.user}:${this.creds.password}`, 'utf8').toString('base64');
      headers.set('authorization', `Basic ${token}`);
    } else {
      const { pathname, search } = new URL(url);
      this.nc += 1;
      headers.set(
        'authorization',
        digestAuthorization(this.challenge.params, this.creds, init.method, pathname + search, this.nc),
      );
    }
    return { ...init, headers };
  }
}
