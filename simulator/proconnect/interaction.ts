/**
 * The simulated ProConnect's login interaction: GET shows the agent picker, POST finishes the
 * flow with the chosen agent (their acr and amr; a grant for the requested scopes and claims),
 * or ends it with `access_denied` when cancelled or when an essential acr cannot be met
 * (OpenID Connect Core §5.5.1.1: a failed authentication).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import { PROCONNECT_AGENTS, findAgentByKey } from '../data/agents';
import { sendHtml } from '../http/respond';
import {
  currentInteraction,
  denyInteraction,
  grantInteraction,
  pickerForm,
} from '../oidc/current-interaction';
import { errorPage } from '../oidc/pages';
import { agentPickerPage } from './pages';
import { PC_CLAIMS_BY_SCOPE, PC_INTERACTION_PATH, PC_SCOPES } from './provider';

const EXPIRED = errorPage(
  'Session expirée',
  'Cette demande de connexion a expiré ou n’existe pas. Recommencez depuis l’application.',
  'ProConnect',
);

const acrRequestSchema = z.object({
  essential: z.boolean().optional(),
  value: z.string().optional(),
  values: z.array(z.string()).optional(),
});
const claimsParameterSchema = z.object({
  id_token: z.record(z.string(), z.unknown().nullable()).optional(),
  userinfo: z.record(z.string(), z.unknown().nullable()).optional(),
});

interface AcrRequest {
  values: string[];
  essential: boolean;
}

/** The acr the service asked for: the `claims` parameter wins over `acr_values`, as in oidc-provider. */
function requestedAcr(params: Record<string, unknown>): { acr: AcrRequest; claimNames: string[] } {
  let claims: z.infer<typeof claimsParameterSchema> = {};
  if (typeof params.claims === 'string') {
    try {
      claims = claimsParameterSchema.catch({}).parse(JSON.parse(params.claims));
    } catch {
      claims = {};
    }
  }
  const known = new Set(Object.values(PC_CLAIMS_BY_SCOPE).flat().concat('amr', 'acr'));
  const claimNames = [...Object.keys(claims.id_token ?? {}), ...Object.keys(claims.userinfo ?? {})].filter(
    (name) => known.has(name),
  );
  const fromClaims = acrRequestSchema.safeParse(claims.id_token?.acr ?? undefined);
  if (fromClaims.success) {
    const { essential, value, values } = fromClaims.data;
    const list = values ?? (value ? [value] : []);
    if (list.length) return { acr: { values: list, essential: essential === true }, claimNames };
  }
  const voluntary = typeof params.acr_values === 'string' ? params.acr_values.split(' ').filter(Boolean) : [];
  return { acr: { values: voluntary, essential: false }, claimNames };
}

export async function handleProConnectInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const details = await currentInteraction(provider, req, res, uid, EXPIRED);
  if (!details) return;
  const clientId = String(details.params.client_id ?? '');
  const scopes = String(details.params.scope ?? '')
    .split(' ')
    .filter((s) => PC_SCOPES.includes(s));
  const { acr, claimNames } = requestedAcr(details.params);

  const form = await pickerForm(provider, req, res, {
    clientId,
    page: (clientName) =>
      agentPickerPage({
        action: `${PC_INTERACTION_PATH}${uid}`,
        clientName,
        agents: PROCONNECT_AGENTS,
        requestedAcr: acr.values,
      }),
    accept: 'continuer',
    declined: 'L’agent a annulé la connexion',
  });
  if (!form) return;
  const agent = findAgentByKey(form.get('agent') ?? '');
  if (!agent) {
    sendHtml(
      res,
      400,
      errorPage('Agent inconnu', 'Choisissez un des agents de test proposés.', 'ProConnect'),
    );
    return;
  }
  if (acr.essential && !acr.values.includes(agent.acr)) {
    await denyInteraction(provider, req, res, 'Le niveau d’authentification exigé n’a pas pu être atteint');
    return;
  }
  await grantInteraction(
    provider,
    req,
    res,
    { clientId, scopes, claims: claimNames },
    { accountId: agent.sub, acr: agent.acr, amr: agent.amr },
  );
}
