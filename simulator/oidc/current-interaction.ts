import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { sendHtml } from '../http/respond';

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
