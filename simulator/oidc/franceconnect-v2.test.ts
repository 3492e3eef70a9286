// @vitest-environment node
import { readReal } from '../../fixtures/real/read';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../server';
import { startTestSimulator } from '../test-support';

/** The FranceConnect v2 sandbox's discovery document, as captured (fixtures/real/SOURCES.md). */
const REAL = readReal('franceconnect/fcp-low-sbx-openid-configuration.json') as Record<string, unknown>;

/** What a client relies on to talk to FranceConnect: these must say what the real one says. */
const SAME_AS_FRANCECONNECT = [
  'acr_values_supported',
  'token_endpoint_auth_methods_supported',
  'token_endpoint_auth_signing_alg_values_supported',
  'claims_parameter_supported',
  'userinfo_signing_alg_values_supported',
  'id_token_signing_alg_values_supported',
  'code_challenge_methods_supported',
  'response_types_supported',
  'grant_types_supported',
  'authorization_response_iss_parameter_supported',
];

let sim: RunningSimulator;
let discovery: Record<string, unknown>;

beforeAll(async () => {
  sim = await startTestSimulator({ eventCount: 20 });
  const res = await fetch(`${sim.issuer}/.well-known/openid-configuration`);
  discovery = (await res.json()) as Record<string, unknown>;
});
afterAll(() => sim.close());

const sorted = (value: unknown) => (Array.isArray(value) ? [...(value as string[])].sort() : value);

describe('the simulated FranceConnect is configured like FranceConnect v2', () => {
  it.each(SAME_AS_FRANCECONNECT)('%s is the sandbox’s', (key) => {
    expect(REAL[key]).toBeDefined();
    expect(sorted(discovery[key])).toEqual(sorted(REAL[key]));
  });

  it('takes no request objects (an absent flag means false in OpenID discovery)', () => {
    expect(REAL.request_parameter_supported).toBe(false);
    expect(discovery.request_parameter_supported ?? false).toBe(false);
  });

  it('publishes the same endpoints, under its own issuer', () => {
    const paths = (doc: Record<string, unknown>, issuer: string) =>
      [
        'authorization_endpoint',
        'token_endpoint',
        'userinfo_endpoint',
        'end_session_endpoint',
        'jwks_uri',
      ].map((key) => String(doc[key]).replace(issuer, ''));
    expect(paths(discovery, sim.issuer)).toEqual(paths(REAL, String(REAL.issuer)));
  });

  it('offers the statut augmenté scope the real provider lists', () => {
    expect(REAL.scopes_supported).toContain('api_fc-statutaugmentev1');
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'api_fc-statutaugmentev1']));
  });
});
