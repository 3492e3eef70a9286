/**
 * The provider's login/consent interaction: GET shows the identity picker, POST either
 * finishes the flow with the chosen identity (grant created for the requested scopes) or
 * ends it with `access_denied`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { FRANCECONNECT_IDENTITIES, findIdentity } from '../data/people';
import { sendHtml } from '../http/respond';
import { currentInteraction, grantInteraction, pickerForm } from './current-interaction';
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

  const form = await pickerForm(provider, req, res, {
    clientId,
    page: (clientName) =>
      consentPage({
        action: `${INTERACTION_PATH}${uid}`,
        clientName,
        scopes: requested,
        identities: FRANCECONNECT_IDENTITIES,
      }),
    accept: 'autoriser',
    declined: 'L’usager a refusé de partager ses données',
  });
  if (!form) return;
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
