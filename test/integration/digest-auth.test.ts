// HTTP Digest answers checked against the worked examples of RFC 7616 §3.9.1 (Virtuoso, which the
// Virtuoso suite logs into, only offers MD5; these pin SHA-256 as well).
import { describe, expect, it } from 'vitest';
import { digestAuthorization, parseChallenges } from '../../src/query/digest-auth.js';

const CHALLENGE_HEADER =
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, ' +
  'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", ' +
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, ' +
  'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
const CREDS = { user: 'Mufasa', password: 'Circle of Life' };
const CNONCE = 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';

describe('HTTP Digest (RFC 7616)', () => {
  const challenges = parseChallenges(CHALLENGE_HEADER);

  it('splits a header holding two challenges', () => {
    expect(challenges.map((c) => [c.scheme, c.params.algorithm])).toEqual([
      ['digest', 'SHA-256'],
      ['digest', 'MD5'],
    ]);
    expect(challenges[1]!.params.qop).toBe('auth, auth-int');
  });

  it('answers the SHA-256 and MD5 challenges as the RFC does', () => {
    const sha = digestAuthorization(challenges[0]!.params, CREDS, 'GET', '/dir/index.html', 1, CNONCE);
    expect(sha).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
    expect(sha).toContain('nc=00000001');
    expect(sha).toContain('qop=auth,');
    const md5 = digestAuthorization(challenges[1]!.params, CREDS, 'GET', '/dir/index.html', 1, CNONCE);
    expect(md5).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(md5).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });
});
