import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { readBody, sendHtml } from '../http/respond';

export type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

/**
 * The interaction the page at `uid` belongs to, or null after answering the provider's
 * "expired" page (unknown or finished interaction, or a uid that is not the cookie's).
 * Shared by the FranceConnect and ProConnect login pages.
 */
export async function currentInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  expiredPage: string,
): Promise<InteractionDetails | null> {
  let details: InteractionDetails;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(res, 400, expiredPage);
    return null;
  }
  if (details.uid !== uid) {
    sendHtml(res, 400, expiredPage);
    return null;
  }
  return details;
}

/**
 * The picker step both login pages share: GET answers the page (named after the client), POST
 * gives the submitted form when its decision is `accept`, or ends the flow with `access_denied`
 * and `declined`. Undefined when the answer has been sent.
 */
export async function pickerForm(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  step: { clientId: string; page: (clientName: string) => string; accept: string; declined: string },
): Promise<URLSearchParams | undefined> {
  if (req.method === 'GET') {
    const client = await provider.Client.find(step.clientId);
    sendHtml(res, 200, step.page(client?.clientName ?? step.clientId), { 'Cache-Control': 'no-store' });
    return undefined;
  }
  const form = new URLSearchParams(await readBody(req, 16 * 1024));
  if (form.get('decision') !== step.accept) {
    await denyInteraction(provider, req, res, step.declined);
    return undefined;
  }
  return form;
}

/** Ends the flow with `access_denied` and the provider's description (refused, cancelled, acr). */
export async function denyInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  description: string,
): Promise<void> {
  await provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: description },
    { mergeWithLastSubmission: false },
  );
}

/** Finishes the flow as `login`, with a grant of the scopes (and claims) the client asked for. */
export async function grantInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  grantOf: { clientId: string; scopes: string[]; claims?: string[] },
  login: { accountId: string; acr: string; amr?: string[] },
): Promise<void> {
  const grant = new provider.Grant({ accountId: login.accountId, clientId: grantOf.clientId });
  grant.addOIDCScope(grantOf.scopes.join(' '));
  if (grantOf.claims?.length) grant.addOIDCClaims(grantOf.claims);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}
