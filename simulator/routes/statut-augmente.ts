/**
 * `GET /partenaire/fc-statutaugmente/v1/statut`: the status of whoever owns the
 * FranceConnect access token. Only a valid (unexpired, unrevoked) token issued by the
 * simulated provider with scope `api_fc-statutaugmentev1` is accepted (looked up with the
 * provider's own AccessToken model).
 */
import type { Handler } from '../context';
import { findIdentity } from '../data/people';
import { gatewayError, guardFranceTravail } from './gateway';
import { sendData, without } from './payload';

export const STATUT_SCOPE = 'api_fc-statutaugmentev1';

export const statutAugmenteRoute: Handler = async (ctx) => {
  let found: { accountId: string; scopes: Set<string> } | undefined;
  const caller = await guardFranceTravail(ctx, async (token) => {
    if (!token) return undefined;
    const accessToken = await ctx.app.provider.AccessToken.find(token).catch(() => undefined);
    if (!accessToken || accessToken.isExpired || !accessToken.accountId) return undefined;
    // A revoked consent destroys the grant: the token must die with it.
    if (
      accessToken.grantId &&
      !(await ctx.app.provider.Grant.find(accessToken.grantId).catch(() => undefined))
    )
      return undefined;
    found = { accountId: accessToken.accountId, scopes: accessToken.scopes };
    return accessToken.clientId;
  });
  if (!caller || !found) return;
  if (!found.scopes.has(STATUT_SCOPE)) {
    gatewayError(ctx, 403, 'Forbidden', `Le jeton n’a pas le scope ${STATUT_SCOPE}`);
    return;
  }
  const identity = findIdentity(found.accountId);
  if (!identity) {
    gatewayError(ctx, 404, 'Not Found', 'Aucune situation trouvée');
    return;
  }
  const statut = ctx.faults.has('item-incomplet')
    ? without(identity.statut, ['situationInscription'])
    : identity.statut;
  sendData(ctx, statut);
};
