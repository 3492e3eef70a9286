/**
 * Who gets in, for every route of the OpenAPI document read at run time: without a valid
 * DPoP-bound token every route but /health, /ready, /openapi.json and the authorization
 * server's own answers 401; a token without its key, a replayed proof, a proof for another URL
 * or method → refused; a reused refresh token revokes its family; an agent on a DPO route →
 * 403; an agent of one organisation naming the other's checks, agents or journal → nothing.
 */
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpopProof, otherKeyPair } from '../dpop';
import { EXTENSION_REDIRECT, type TestGateway } from '../harness';
import {
  Tally,
  asProblem,
  dpopCall,
  fillPath,
  signedInSession,
  startDocumentedGateway,
  type DocumentedGateway,
  type Operation,
  type Session,
} from './support';

/** Routes a browser or the OAuth client reaches before any token exists. */
const PUBLIC_ROUTES = [
  /^\/health$/,
  /^\/ready$/,
  /^\/oauth\//, // the authorization server's own endpoints
  /^\/auth\//, // the sign-in pages it federates to ProConnect
  /^\/checks\/franceconnect\/(callback|logged-out)$/, // FranceConnect's redirects to the gateway
  // The person's browser on to FranceConnect: the random check id is all it has, and the
  // result is sealed to the key of the extension that started the check.
  /^\/checks\/franceconnect\/\{checkId\}\/start$/,
];
/** The référent / DPO routes (the organisation's journal). */
const DPO_ROUTES = new Set([
  'GET /api/v1/journal',
  'POST /api/v1/journal/search',
  'POST /api/v1/journal/export',
  'POST /api/v1/journal/verify',
]);

/** A motif both demo organisations offer. */
const MOTIF = 'Instruction d’une demande d’aide sociale';

function bodyFor(op: Operation): string | undefined {
  if (!op.hasBody) return undefined;
  if (op.path.endsWith('/export')) return JSON.stringify({ format: 'json' });
  if (op.path.endsWith('/search')) return JSON.stringify({ identifiant: '1234567A' });
  if (op.path.endsWith('/identifier'))
    return JSON.stringify({ identifiant: '1234567A', motif: MOTIF, caseReference: 'DOM-1' });
  return '{}';
}

describe('who gets in (PostgreSQL)', () => {
  let started: DocumentedGateway | undefined;
  let gateway: TestGateway;
  let operations: Operation[];
  let riomAgent: Session;
  let riomDpo: Session;
  let ccasAgent: Session;
  let ccasDpo: Session;

  beforeAll(async () => {
    started = await startDocumentedGateway('who-gets-in-logs');
    ({ gateway, operations } = started);
    riomAgent = await signedInSession(gateway, 'riom-agent');
    riomDpo = await signedInSession(gateway, 'riom-dpo');
    ccasAgent = await signedInSession(gateway, 'ccas-agent');
    ccasDpo = await signedInSession(gateway, 'ccas-dpo');
  });
  afterAll(async () => {
    await started?.close();
  });

  it('reads a document with secured routes, and every unsecured one is public by design', async () => {
    const tally = new Tally('who gets in: routes of the document');
    const secured = operations.filter((op) => op.secured);
    expect(secured.length).toBeGreaterThanOrEqual(12);
    for (const op of operations.filter((o) => !o.secured)) {
      tally.tries += 1;
      expect(
        PUBLIC_ROUTES.some((re) => re.test(op.path)),
        `${op.method} ${op.path} has no security in the OpenAPI document`,
      ).toBe(true);
    }
    // The document itself is public (and hidden from itself).
    expect((await fetch(`${gateway.url}/openapi.json`)).status).toBe(200);
    tally.hold(
      `${secured.length} secured operations, ${operations.length - secured.length} public by design`,
    );
    tally.print();
  });

  it('refuses every secured route without a valid DPoP-bound token, with the right problem', async () => {
    const tally = new Tally('who gets in: tokens and proofs on every secured route');
    const stranger = await otherKeyPair();
    const publicUrl = gateway.loaded.config.publicUrl;
    for (const op of operations.filter((o) => o.secured)) {
      const path = fillPath(op.path);
      const body = bodyFor(op);
      const htu = `${publicUrl}${path}`;
      const token = riomDpo.accessToken;
      const otherMethod = op.method === 'GET' ? 'POST' : 'GET';
      const attempts: Array<[string, Record<string, string>, string]> = [
        ['no authorization', {}, 'unauthenticated'],
        ['Bearer token', { authorization: `Bearer ${token}` }, 'dpop-required'],
        ['token without a proof', { authorization: `DPoP ${token}` }, 'invalid-dpop-proof'],
        [
          'token with a proof of another key',
          {
            authorization: `DPoP ${token}`,
            dpop: await dpopProof(stranger, { htm: op.method, htu, accessToken: token }),
          },
          'invalid-dpop-proof',
        ],
        [
          'proof for another URL',
          {
            authorization: `DPoP ${token}`,
            dpop: await dpopProof(riomDpo.keyPair, {
              htm: op.method,
              htu: `${publicUrl}/api/v1/elsewhere`,
              accessToken: token,
            }),
          },
          'invalid-dpop-proof',
        ],
        [
          'proof for another method',
          {
            authorization: `DPoP ${token}`,
            dpop: await dpopProof(riomDpo.keyPair, { htm: otherMethod, htu, accessToken: token }),
          },
          'invalid-dpop-proof',
        ],
        [
          'proof for another token',
          {
            authorization: `DPoP ${token}`,
            dpop: await dpopProof(riomDpo.keyPair, {
              htm: op.method,
              htu,
              accessToken: riomAgent.accessToken,
            }),
          },
          'invalid-dpop-proof',
        ],
        [
          'proof too old',
          {
            authorization: `DPoP ${token}`,
            dpop: await dpopProof(riomDpo.keyPair, {
              htm: op.method,
              htu,
              accessToken: token,
              iat: Math.floor(Date.now() / 1000) - 600,
            }),
          },
          'invalid-dpop-proof',
        ],
        [
          'unknown token with a good proof',
          {
            authorization: `DPoP ${'A'.repeat(43)}`,
            dpop: await dpopProof(riomDpo.keyPair, { htm: op.method, htu, accessToken: 'A'.repeat(43) }),
          },
          'invalid-token',
        ],
      ];
      for (const [what, headers, code] of attempts) {
        tally.tries += 1;
        const res = await fetch(`${gateway.url}${path}`, {
          method: op.method,
          headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body }),
        });
        const answer = await asProblem(res);
        expect(res.status, `${op.method} ${op.path}: ${what}`).toBe(401);
        expect(answer.ok && answer.problem.code, `${op.method} ${op.path}: ${what}`).toBe(code);
        expect(res.headers.get('www-authenticate') ?? '').toMatch(/^DPoP /);
        tally.refusals += 1;
      }
      // A replayed proof: the first use passes authentication, the second is refused.
      const proof = await dpopProof(riomDpo.keyPair, { htm: op.method, htu, accessToken: token });
      const first = await dpopCall(gateway, riomDpo, op.method, path, { ...(body ? { body } : {}), proof });
      await first.arrayBuffer();
      expect(first.status, `${op.method} ${op.path}: first use of a proof`).not.toBe(401);
      const replay = await dpopCall(gateway, riomDpo, op.method, path, { ...(body ? { body } : {}), proof });
      const replayed = await asProblem(replay);
      expect(replay.status).toBe(401);
      expect(replayed.ok && replayed.problem.code).toBe('dpop-proof-replayed');
      tally.tries += 2;
      tally.refusals += 1;
    }
    tally.hold(
      'every secured route: 401 with the expected code and a DPoP challenge for 9 kinds of bad credentials and a replay',
    );
    tally.print();
  });

  it('a reused refresh token revokes its family; a revoked access token is refused everywhere', async () => {
    const tally = new Tally('who gets in: refresh-token reuse and revocation');
    const session = await signedInSession(gateway, 'riom-agent');
    if (!session.refreshToken) throw new Error('no refresh token issued');
    const rotated = await session.ext.refresh(session.refreshToken);
    tally.tries += 1;
    await expect(session.ext.refresh(session.refreshToken)).rejects.toThrow();
    tally.tries += 1;
    tally.refusals += 1;
    // The family is gone: the rotated refresh token and both access tokens no longer work.
    await expect(session.ext.refresh(rotated.refresh_token ?? '')).rejects.toThrow();
    tally.tries += 1;
    tally.refusals += 1;
    for (const accessToken of [session.accessToken, rotated.access_token]) {
      for (const op of operations.filter((o) => o.secured)) {
        const body = bodyFor(op);
        const res = await dpopCall(
          gateway,
          { keyPair: session.keyPair, accessToken },
          op.method,
          fillPath(op.path),
          {
            ...(body ? { body } : {}),
          },
        );
        const answer = await asProblem(res);
        tally.tries += 1;
        expect(res.status, `${op.method} ${op.path}`).toBe(401);
        expect(answer.ok && answer.problem.code).toBe('invalid-token');
        tally.refusals += 1;
      }
    }
    tally.hold(
      'reuse of a rotated refresh token: the family (refresh and access tokens) revoked on every route',
    );
    tally.print();
  });

  it('an agent gets 403 on the DPO routes, and only there', async () => {
    const tally = new Tally('who gets in: roles');
    for (const op of operations.filter((o) => o.secured)) {
      const body = bodyFor(op);
      const res = await dpopCall(gateway, riomAgent, op.method, fillPath(op.path), {
        ...(body ? { body } : {}),
      });
      tally.tries += 1;
      const key = `${op.method} ${op.path}`;
      if (DPO_ROUTES.has(key)) {
        const answer = await asProblem(res);
        expect(res.status, key).toBe(403);
        expect(answer.ok, key).toBe(true);
        tally.refusals += 1;
      } else {
        await res.arrayBuffer();
        expect(res.status, key).not.toBe(403);
        expect(res.status, key).toBeLessThan(500);
      }
    }
    for (const key of DPO_ROUTES)
      expect(
        operations.some((op) => `${op.method} ${op.path}` === key),
        `${key} is in the document`,
      ).toBe(true);
    tally.hold(`agent refused (403 problem) on the ${DPO_ROUTES.size} DPO routes, admitted elsewhere`);
    tally.print();
  });

  it('an organisation never sees another’s checks, agents or journal, whatever it names', async () => {
    const tally = new Tally('who gets in: organisations kept apart');
    // Each organisation leaves traces: checks by identifier, and a FranceConnect check at Riom.
    const idCheck = async (s: Session, motif: string, caseReference: string) => {
      const res = await dpopCall(gateway, s, 'POST', '/api/v1/checks/identifier', {
        body: JSON.stringify({ identifiant: '1234567A', motif, caseReference }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { checkId: string }).checkId;
    };
    const riomCheck = await idCheck(riomAgent, MOTIF, 'RIOM-SECRET-1');
    const ccasCheck = await idCheck(ccasAgent, MOTIF, 'CCAS-SECRET-2');
    const { publicKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
    const fc = await dpopCall(gateway, riomAgent, 'POST', '/api/v1/checks/franceconnect', {
      body: JSON.stringify({
        motif: MOTIF,
        caseReference: 'RIOM-SECRET-3',
        oneTimeKey: await exportJWK(publicKey),
        returnUri: EXTENSION_REDIRECT,
      }),
    });
    expect(fc.status).toBe(201);
    const riomFc = ((await fc.json()) as { checkId: string }).checkId;
    const me = async (s: Session) =>
      (await (await dpopCall(gateway, s, 'GET', '/api/v1/me')).json()) as {
        agent: unknown;
        organisation: { id: string };
      };
    const agentIdOf = async (s: Session, org: string) => {
      const rows = await gateway.database.db
        .selectFrom('agents')
        .select('id')
        .where('organisation_id', '=', org)
        .execute();
      expect((await me(s)).organisation.id).toBe(org);
      return rows.map((r) => String(r.id));
    };
    const riomAgents = await agentIdOf(riomAgent, 'ville-de-riom');
    const ccasAgents = await agentIdOf(ccasAgent, 'ccas-clermont-ferrand');

    const sides = [
      {
        name: 'CCAS asks for Riom',
        sessions: [ccasAgent, ccasDpo],
        theirs: {
          org: 'ville-de-riom',
          checks: [riomCheck, riomFc],
          agents: riomAgents,
          refs: ['RIOM-SECRET-1', 'RIOM-SECRET-3'],
        },
      },
      {
        name: 'Riom asks for the CCAS',
        sessions: [riomAgent, riomDpo],
        theirs: {
          org: 'ccas-clermont-ferrand',
          checks: [ccasCheck],
          agents: ccasAgents,
          refs: ['CCAS-SECRET-2'],
        },
      },
    ];
    for (const side of sides) {
      for (const session of side.sessions) {
        for (const op of operations.filter((o) => o.secured)) {
          for (const checkId of side.theirs.checks) {
            for (const agent of side.theirs.agents) {
              const values: Record<string, string> = { checkId, key: checkId };
              const query = op.parameters
                .filter((p) => p.in === 'query')
                .map(
                  (p) =>
                    `${p.name}=${encodeURIComponent(p.name === 'agent' ? agent : p.name === 'motif' ? MOTIF : '')}`,
                )
                .filter((pair) => !pair.endsWith('='));
              const path = fillPath(op.path, values) + (query.length ? `?${query.join('&')}` : '');
              const body = op.hasBody
                ? JSON.stringify(
                    op.path.endsWith('/export')
                      ? { format: 'json' }
                      : op.path.endsWith('/search')
                        ? { identifiant: '1234567A' }
                        : op.path.endsWith('/identifier')
                          ? undefined
                          : {},
                  )
                : undefined;
              if (op.path.endsWith('/checks/identifier') || op.path.endsWith('/checks/franceconnect'))
                continue;
              const res = await dpopCall(gateway, session, op.method, path, { ...(body ? { body } : {}) });
              const text = await res.text();
              tally.tries += 1;
              expect(res.status, `${side.name}: ${op.method} ${path}`).toBeLessThan(500);
              for (const secret of [...side.theirs.checks, ...side.theirs.refs, side.theirs.org, agent])
                expect(text.includes(secret), `${side.name}: ${op.method} ${path} shows ${secret}`).toBe(
                  false,
                );
              if (op.path.includes('{checkId}')) {
                expect(res.status).toBe(404);
                tally.refusals += 1;
              }
            }
          }
        }
      }
    }
    // And their own organisation does see them (the probe is not blind).
    const own = await dpopCall(gateway, riomDpo, 'GET', '/api/v1/journal');
    const ownText = await own.text();
    expect(ownText).toContain(riomCheck);
    expect(ownText).toContain('RIOM-SECRET-1');
    tally.entries += 3;
    tally.hold(
      'no route, path parameter or filter gave one organisation the other’s check ids, case references, agents or organisation id; a foreign check’s result is 404',
    );
    tally.print();
  });
});
