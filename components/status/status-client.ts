import type { Result } from '../../lib/errors/app-error';
import { sendMessage } from '../../lib/messaging/messenger';
import type { SettingsView, VerifyRequest, VerifyResponse } from '../../lib/messaging/protocol';

/** What the status view asks of the background: a seam, so component tests pass a fake. */
export interface StatusClient {
  getSettingsView(): Promise<Result<SettingsView>>;
  verifyStatus(request: VerifyRequest): Promise<Result<VerifyResponse>>;
}

export const messagingStatusClient: StatusClient = {
  getSettingsView: () => sendMessage('getSettingsView', undefined),
  verifyStatus: (request) => sendMessage('verifyStatus', request),
};
