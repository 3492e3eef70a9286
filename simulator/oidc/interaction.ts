/**
 * The provider's login/consent interaction: GET shows the identity picker, POST either
 * finishes the flow with the chosen identity (grant created for the requested scopes) or
 * ends it with `access_denied`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { FRANCECONNECT_IDENTITIES, findIdentity } from '../data/people';
import { readBody, sendHtml } from '../http/respond';
import { currentInteraction, denyInteraction, grantInteraction } from './current-interaction';
import { FC_ACR, FC_SCOPES, INTERACTION_PATH } from './provider';
import { consentPage, errorPage } from './pages';

const EXPIRED = errorPage(
  'Session expirée',
  'Cette demande de connexion a expiré ou n’existe pas. Recommencez depuis l’application.',
);

export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const details = await currentInteraction(provider, req, res, uid, EXPIRED);
  if (!details) return;
  const clientId = String(details.params.client_id ?? '');
  const requested = String(details.params.scope ?? '')
    .split(' ')
    .filter((s) => FC_SCOPES.includes(s));

  if (req.method === 'GET') {
    const client = await provider.Client.find(clientId);
    sendHtml(
      res,
      200,
      consentPage({
        action: `${INTERACTION_PATH}${uid}`,
        clientName: client?.clientName ?? clientId,
        scopes: requested,
        identities: FRANCECONNECT_IDENTITIES,
      }),
      { 'Cache-Control': 'no-store' },
    );
    return;
  }

  const form = new URLSearchParams(await readBody(req, 16 * 1024));
  if (form.get('decision') !== 'autoriser') {
    await denyInteraction(provider, req, res, 'L’usager a refusé de partager ses données');
    return;
  }
  const identity = findIdentity(form.get('identite') ?? '');
  if (!identity) {
    sendHtml(res, 400, errorPage('Identité inconnue', 'Choisissez une des identités de test proposées.'));
    return;
  }
  // FranceConnect's id_token carries the eIDAS level it authenticated at.
  await grantInteraction(
    provider,
    req,
    res,
    { clientId, scopes: requested },
    { accountId: identity.key, acr: FC_ACR },
  );
}
