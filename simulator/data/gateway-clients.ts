/**
 * Demo clients of the organisation gateway ("passerelle") at the simulator: the simulator
 * registers them, the gateway's demo wiring (gateway/src/cli/demo.ts) and tests use them.
 * Public demonstration values, kept out of the extension (lib/) so that its bundle never
 * carries them. Their redirect URIs accept any loopback port (RFC 8252 §7.3 style): tests start
 * gateways on random ports.
 */
export const GATEWAY_DEMO_CREDENTIALS = {
  /** The gateway as a confidential client of the simulated ProConnect. */
  proConnect: {
    clientId: 'guichet-emploi-passerelle',
    clientSecret: 'simulateur-proconnect',
    scope: 'openid given_name usual_name email uid siret idp_id',
    callbackPath: '/auth/proconnect/callback',
    postLogoutPath: '/auth/proconnect/logged-out',
  },
  /** The gateway as a confidential client of the simulated FranceConnect (checks with the person). */
  franceConnect: {
    clientId: 'guichet-emploi-passerelle-fc',
    clientSecret: 'simulateur-passerelle-fc',
    scope: 'openid api_fc-statutaugmentev1',
    callbackPath: '/checks/franceconnect/callback',
    postLogoutPath: '/checks/franceconnect/logged-out',
  },
} as const;
