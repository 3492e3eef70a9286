// @vitest-environment node
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthErrorSchema, tokenResponseSchema } from '../../lib/platform/auth/core/oauth';
import { DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import type { RunningSimulator } from '../server';
import { startTestSimulator } from '../test-support';

const P = DEMO_CREDENTIALS.partner;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ eventCount: 200 });
});
afterAll(() => sim.close());

async function token(
  form: Record<string, string>,
  { query = '?realm=/partenaire', headers = {} as Record<string, string> } = {},
) {
  const res = await fetch(`${sim.url}/connexion/oauth2/access_token${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return {
    status: res.status,
    body: (await res.json()) as unknown,
    cacheControl: res.headers.get('cache-control'),
  };
}

const good = {
  grant_type: 'client_credentials',
  client_id: P.clientId,
  client_secret: P.clientSecret,
  scope: P.scope,
};

describe('partner token (client credentials, realm /partenaire)', () => {
  it('issues an opaque Bearer token for 1499 s, scopes in any order', async () => {
    for (const scope of ['api_evenementsv1 evenements', 'evenements api_evenementsv1']) {
      const res = await token({ ...good, scope });
      expect(res.status).toBe(200);
      expect(res.cacheControl).toBe('no-store');
      const body = tokenResponseSchema.parse(res.body);
      expect(body.expires_in).toBe(1499);
      expect(body.access_token).toMatch(/^[\w-]{20,}$/);
    }
  });

  it('works with a real OAuth client (oauth4webapi, client_secret_basic)', async () => {
    const as: oauth.AuthorizationServer = {
      issuer: sim.url,
      token_endpoint: `${sim.url}/connexion/oauth2/access_token?realm=/partenaire`,
    };
    const client = { client_id: P.clientId };
    const res = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      oauth.ClientSecretBasic(P.clientSecret),
      new URLSearchParams({ scope: P.scope }),
      {
        [oauth.allowInsecureRequests]: true,
      },
    );
    const body = await oauth.processClientCredentialsResponse(as, client, res);
    expect(body.token_type).toBe('bearer');
  });

  it.each([
    ['a wrong secret', { ...good, client_secret: 'faux' }, 'invalid_client'],
    ['an unknown client', { ...good, client_id: 'inconnu' }, 'invalid_client'],
    ['another scope', { ...good, scope: 'api_offresdemploiv2 o2dsoffre' }, 'invalid_scope'],
    ['half the scopes', { ...good, scope: 'api_evenementsv1' }, 'invalid_scope'],
    [
      'no scope',
      { grant_type: good.grant_type, client_id: good.client_id, client_secret: good.client_secret },
      'invalid_scope',
    ],
    ['another grant', { ...good, grant_type: 'password' }, 'unsupported_grant_type'],
    [
      'no grant_type',
      { client_id: good.client_id, client_secret: good.client_secret, scope: good.scope },
      'invalid_request',
    ],
    ['no credentials', { grant_type: good.grant_type, scope: good.scope }, 'invalid_request'],
  ])('answers 400 with an OAuth error for %s', async (_label, form, error) => {
    const res = await token(form as Record<string, string>);
    expect(res.status).toBe(400);
    expect(oauthErrorSchema.parse(res.body).error).toBe(error);
  });

  it('requires the realm in the query, not in the body', async () => {
    const res = await token({ ...good, realm: '/partenaire' }, { query: '' });
    expect(res.status).toBe(400);
    expect(oauthErrorSchema.parse(res.body).error).toBe('invalid_request');
  });

  it('rejects a JSON body', async () => {
    const res = await fetch(`${sim.url}/connexion/oauth2/access_token?realm=/partenaire`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(good),
    });
    expect(res.status).toBe(400);
    expect(oauthErrorSchema.parse(await res.json()).error).toBe('invalid_request');
  });
});

describe('partner token lifetime', () => {
  it('really expires', async () => {
    const short = await startTestSimulator({ tokenLifetimeSeconds: 1, eventCount: 200 });
    try {
      const res = await fetch(`${short.url}/connexion/oauth2/access_token?realm=/partenaire`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(good),
      });
      const { access_token, expires_in } = tokenResponseSchema.parse(await res.json());
      expect(expires_in).toBe(1);
      const salons = () =>
        fetch(`${short.url}/partenaire/evenements/v1/salonsenligne`, {
          headers: { Authorization: `Bearer ${access_token}` },
        });
      expect((await salons()).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      const expired = await salons();
      expect(expired.status).toBe(401);
      expect(expired.headers.get('www-authenticate')).toContain('invalid_token');
    } finally {
      await short.close();
    }
  });
});
