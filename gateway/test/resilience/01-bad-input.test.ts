/**
 * Bad input, by property-based tests (fast-check) over every operation of the OpenAPI
 * document read at run time: hostile path parameters, query strings, headers, bodies, tokens
 * and DPoP proofs, with and without a valid session → never a 5xx, and every refusal of the
 * API a problem document with a stable code (the OAuth endpoints answer RFC 6749 errors, the
 * sign-in pages French HTML pages). Bodies over the limit → 413. A configuration file fuzzed
 * the same way → a start refused with the key named, never a crash. Run counts are bounded
 * (RESILIENCE_RUNS, default 25 per operation and mode) so the file takes about a minute.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, validateConfig } from '../../src/config/load';
import { formatKey } from '../../src/config/problems';
import type { TestDatabase } from '../databases';
import { dpopProof } from '../dpop';
import { testConfigDocument, type TestGateway } from '../harness';
import type { CountedSimulator } from '../part2-support';
import { testEnv } from '../secrets';
import {
  Tally,
  asProblem,
  fillPath,
  signedInSession,
  startDocumentedGateway,
  type DocumentedGateway,
  type Operation,
  type Session,
} from './support';

const RUNS = Number(process.env.RESILIENCE_RUNS ?? 25);
const SEED = Number(process.env.RESILIENCE_SEED ?? 17);

const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '%00',
    '\u0000',
    "' or 1=1 --",
    '"; drop table journal_entries; --',
    '<script>alert(1)</script>',
    '{{7*7}}',
    '${jndi:ldap://x}',
    '=cmd|/c calc',
    'A'.repeat(5000),
    '1234567A',
    '-1',
    '99999999999999999999999',
    'NaN',
    'true',
    '[]',
    '{}',
    '\u202e\u0301\ud83d\ude00',
  ),
);

/** Header values a fetch client can send (no CR/LF/NUL, Latin-1 only). */
const headerValue = hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 500));

const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({
    identifiant: hostileString,
    motif: fc.oneof(hostileString, fc.constant('Instruction d’une demande d’aide sociale')),
    caseReference: hostileString,
  }),
  fc.record({
    format: fc.oneof(fc.constantFrom('csv', 'json'), hostileString),
    from: hostileString,
    to: hostileString,
    identifiant: hostileString,
  }),
  fc.record({
    motif: hostileString,
    caseReference: hostileString,
    oneTimeKey: fc.jsonValue({ maxDepth: 2 }),
    returnUri: hostileString,
  }),
);

const body = fc.oneof(
  hostileJson.map((v) => ({ text: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  fc.record({
    text: hostileString,
    type: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/xml',
      '',
    ),
  }),
  fc.constant({ text: '{"a":'.repeat(2000), type: 'application/json' }),
  fc.constant(undefined),
);

function queryArbitrary(op: Operation) {
  const names = [
    ...op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    '__proto__',
    'constructor',
    'x',
  ];
  return fc.array(fc.tuple(fc.constantFrom(...names), hostileString), { maxLength: 6 });
}

const credentials = (publicUrl: string, session: Session) =>
  fc.oneof(
    fc.constant({}),
    fc.record({ authorization: headerValue }),
    headerValue.map((t) => ({ authorization: `DPoP ${t}` })),
    headerValue.map((t) => ({ authorization: `Bearer ${t}`, dpop: t })),
    fc.record({ authorization: fc.constant(`DPoP ${session.accessToken}`), dpop: headerValue }),
    // A JWS in the shape of a proof, with hostile claims.
    fc
      .record({
        htm: headerValue,
        htu: fc.oneof(headerValue, fc.constant(`${publicUrl}/api/v1/me`)),
        iat: fc.integer(),
        jti: headerValue,
      })
      .map((claims) => ({ claims })),
  );

interface ProofClaims {
  htm: string;
  htu: string;
  iat: number;
  jti: string;
}

async function proofFromClaims(session: Session, claims: ProofClaims) {
  return dpopProof(session.keyPair, { ...claims, accessToken: session.accessToken });
}

/** What a refusal must look like on this path. */
async function judgeRefusal(
  op: Operation,
  res: Response,
  codes: Map<string, number>,
): Promise<string | null> {
  if (res.status < 400) {
    await res.arrayBuffer();
    return null;
  }
  if (op.path.startsWith('/oauth/')) {
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    if (type.startsWith('application/problem+json')) return null;
    if (type.startsWith('application/json')) {
      const parsed = JSON.parse(text) as { error?: unknown };
      if (typeof parsed.error === 'string') {
        codes.set(`oauth:${parsed.error}`, (codes.get(`oauth:${parsed.error}`) ?? 0) + 1);
        return null;
      }
    }
    if (type.startsWith('text/html') && /<html[^>]*lang="fr"/.test(text)) return null;
    return `${res.status} ${type}: ${text.slice(0, 200)}`;
  }
  if (op.path.startsWith('/auth/') || op.path.startsWith('/checks/franceconnect/')) {
    const type = res.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const text = await res.text();
      return /<html[^>]*lang="fr"/.test(text) ? null : `HTML page not in French: ${text.slice(0, 200)}`;
    }
  }
  const answer = await asProblem(res);
  if (!answer.ok) return answer.why;
  codes.set(answer.problem.code, (codes.get(answer.problem.code) ?? 0) + 1);
  return null;
}

describe('bad input (PostgreSQL)', () => {
  let started: DocumentedGateway | undefined;
  let sim: CountedSimulator;
  let gateway: TestGateway;
  let operations: Operation[];
  let session: Session;

  beforeAll(async () => {
    started = await startDocumentedGateway('bad-input-logs');
    ({ sim, gateway, operations } = started);
    session = await signedInSession(gateway, 'riom-dpo');
  });
  afterAll(async () => {
    await started?.close();
  });

  it('never answers a 5xx to hostile requests, and refuses with problem documents', async () => {
    const tally = new Tally('bad input: property tests over every operation');
    const codes = new Map<string, number>();
    const publicUrl = gateway.loaded.config.publicUrl;
    expect(operations.length).toBeGreaterThanOrEqual(25);
    for (const op of operations) {
      const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
      for (const signedIn of [false, true]) {
        await fc.assert(
          fc.asyncProperty(
            fc.array(hostileString, { minLength: names.length, maxLength: names.length }),
            queryArbitrary(op),
            body,
            fc.dictionary(
              fc.constantFrom(
                'accept',
                'if-none-match',
                'x-request-id',
                'origin',
                'x-forwarded-for',
                'accept-language',
                'cookie',
              ),
              headerValue,
              { maxKeys: 3 },
            ),
            signedIn ? fc.constant(null) : credentials(publicUrl, session),
            async (values, query, payload, extra, creds) => {
              const path =
                fillPath(op.path, Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']))) +
                (query.length
                  ? `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
                  : '');
              const headers: Record<string, string> = { ...extra };
              if (signedIn) {
                headers.authorization = `DPoP ${session.accessToken}`;
                headers.dpop = await dpopProof(session.keyPair, {
                  htm: op.method,
                  htu: `${publicUrl}${path.split('?')[0]}`,
                  accessToken: session.accessToken,
                });
              } else if (creds && 'claims' in creds) {
                headers.authorization = `DPoP ${session.accessToken}`;
                headers.dpop = await proofFromClaims(session, creds.claims as ProofClaims);
              } else if (creds) Object.assign(headers, creds);
              const sendBody = op.method !== 'GET' && payload !== undefined;
              if (sendBody && payload.type) headers['content-type'] = payload.type;
              tally.tries += 1;
              const res = await fetch(`${gateway.url}${path}`, {
                method: op.method,
                headers,
                redirect: 'manual',
                ...(sendBody ? { body: payload.text } : {}),
              });
              if (res.status >= 400) tally.refusals += 1;
              const status = res.status;
              const wrong = await judgeRefusal(op, res, codes);
              if (status >= 500) throw new Error(`${op.method} ${path} answered ${status}`);
              if (wrong) throw new Error(`${op.method} ${path} answered ${status}: ${wrong}`);
            },
          ),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    }
    // Unknown routes too.
    for (const path of ['/api/v2/me', '/api/v1/../../etc/passwd', '/%2e%2e/%2e%2e', '/api/v1/journal/%00']) {
      const res = await fetch(`${gateway.url}${path}`);
      tally.tries += 1;
      const answer = await asProblem(res);
      expect(res.status, path).toBeLessThan(500);
      expect(answer.ok, path).toBe(true);
      tally.refusals += 1;
    }
    tally.hold(
      `0 answers ≥ 500; refusal codes: ${[...codes.entries()].map(([c, n]) => `${c}×${n}`).join(', ')}`,
    );
    tally.print();
  });

  it('answers 413 to a body over the limit on every operation that takes one', async () => {
    const tally = new Tally('bad input: bodies over the limit');
    const publicUrl = gateway.loaded.config.publicUrl;
    const big = JSON.stringify({
      identifiant: '1234567A',
      motif: 'x'.repeat(200 * 1024),
      caseReference: 'A-1',
    });
    const posts = operations.filter((op) => op.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(8);
    for (const op of posts) {
      const path = fillPath(op.path);
      const api = op.path.startsWith('/api/');
      const headers: Record<string, string> = {
        'content-type': op.path.startsWith('/oauth/')
          ? 'application/x-www-form-urlencoded'
          : 'application/json',
      };
      if (api) {
        headers.authorization = `DPoP ${session.accessToken}`;
        headers.dpop = await dpopProof(session.keyPair, {
          htm: 'POST',
          htu: `${publicUrl}${path}`,
          accessToken: session.accessToken,
        });
      }
      const payload = op.path.startsWith('/oauth/')
        ? `grant_type=refresh_token&client_id=x&refresh_token=${'a'.repeat(300 * 1024)}`
        : big;
      const res = await fetch(`${gateway.url}${path}`, {
        method: 'POST',
        headers,
        body: payload,
        redirect: 'manual',
      });
      tally.tries += 1;
      const status = res.status;
      if (api || !op.path.startsWith('/oauth/')) {
        const answer = await asProblem(res);
        expect(status, `${op.method} ${op.path}`).toBe(413);
        expect(answer.ok && answer.problem.code, `${op.method} ${op.path}`).toBe('body-too-large');
      } else {
        // oidc-provider's own body limit: an RFC 6749 error (400 invalid_request or 413).
        const answer = (await res.json()) as { error?: unknown };
        expect([400, 413], `${op.method} ${op.path}`).toContain(status);
        expect(typeof answer.error, `${op.method} ${op.path}`).toBe('string');
      }
      tally.refusals += 1;
    }
    tally.hold(
      `${posts.length} POST operations: 413 body-too-large for a body over the limit (the token endpoints: an RFC 6749 error)`,
    );
    tally.print();
  });

  it('refuses a fuzzed configuration with the key named, never a crash', async () => {
    const tally = new Tally('bad input: fuzzed configuration files');
    const base = testConfigDocument({
      port: 8788,
      simulatorUrl: sim.url,
      database: { kind: 'pglite', dataDir: '/tmp/x' } as TestDatabase,
    });
    const env = testEnv();
    // Every path of the document, to mutate one of them.
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      if (path.length) paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(base, []);
    const mutation = fc.record({
      at: fc.constantFrom(...paths),
      how: fc.oneof(
        fc.constant({ kind: 'delete' as const }),
        fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, value })),
        fc
          .constantFrom('', -1, Number.MAX_VALUE, null, [], {}, 'x'.repeat(300), true)
          .map((value) => ({ kind: 'replace' as const, value })),
        fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({ kind: 'add' as const, key: `zz${key}` })),
      ),
    });
    let refused = 0;
    let accepted = 0;
    const samples: Array<{ document: unknown; key: string }> = [];
    fc.assert(
      fc.property(mutation, ({ at, how }) => {
        const document = structuredClone(base) as Record<string, unknown>;
        let parent: Record<string | number, unknown> = document;
        for (const part of at.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
        const last = at[at.length - 1]!;
        if (how.kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
        } else if (how.kind === 'replace') parent[last] = how.value;
        else {
          const target = parent[last];
          if (!target || typeof target !== 'object' || Array.isArray(target)) return;
          (target as Record<string, unknown>)[how.key] = 1;
        }
        tally.tries += 1;
        try {
          validateConfig(document, { file: 'fuzzed.json', env, baseDir: tmpdir() });
          accepted += 1;
        } catch (error) {
          if (!(error instanceof ConfigError)) throw new Error(`not a ConfigError: ${String(error)}`);
          refused += 1;
          tally.refusals += 1;
          // The key named: the mutated key, one above it, or one below it (never only the file).
          const mutated = formatKey(how.kind === 'add' ? [...at, how.key] : at);
          const named = error.problems.some(
            (p) => p.key !== '(the whole file)' && (mutated.startsWith(p.key) || p.key.startsWith(mutated)),
          );
          if (!named)
            throw new Error(`the refusal of ${mutated} (${how.kind}) does not name it:\n${error.message}`);
          const key = error.problems[0]?.key ?? mutated;
          if (samples.length < 4 && how.kind !== 'add') samples.push({ document, key });
        }
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
    expect(refused).toBeGreaterThan(RUNS * 5);
    // The production build's own start refuses such files with the key named and no stack trace.
    const dir = mkdtempSync(join(tmpdir(), 'gateway-fuzzed-config-'));
    try {
      for (const [i, sample] of samples.entries()) {
        const file = join(dir, `gateway-${i}.json`);
        writeFileSync(file, JSON.stringify(sample.document));
        let output = '';
        let code = 0;
        try {
          execFileSync(process.execPath, ['gateway/dist/main.mjs', 'serve', '--config', file], {
            env: { PATH: process.env.PATH ?? '', ...env },
            stdio: 'pipe',
            timeout: 60_000,
          });
        } catch (error) {
          const failed = error as { status: number; stderr: Buffer; stdout: Buffer };
          code = failed.status;
          output = failed.stderr.toString() + failed.stdout.toString();
        }
        tally.tries += 1;
        expect(code, output).toBe(2);
        expect(output).toContain(sample.key);
        expect(output).not.toMatch(/\n\s+at /);
        tally.refusals += 1;
      }
      // Not JSON at all.
      writeFileSync(join(dir, 'broken.json'), readFileSync('gateway/config/demo.json', 'utf8').slice(0, 300));
      let output = '';
      try {
        execFileSync(
          process.execPath,
          ['gateway/dist/main.mjs', 'check', '--config', join(dir, 'broken.json')],
          { stdio: 'pipe', env: { PATH: process.env.PATH ?? '', ...env } },
        );
      } catch (error) {
        output = (error as { stderr: Buffer }).stderr.toString();
      }
      expect(output).toContain('(the whole file)');
      tally.tries += 1;
      tally.refusals += 1;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    tally.hold(
      `${refused} mutated documents refused with the key named (${accepted} were still valid); ${samples.length + 1} refused by the built gateway's start, exit 2, no stack trace`,
    );
    tally.print();
  });
});
