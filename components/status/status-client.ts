import type { Result } from '../../lib/core/app-error';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import type { SettingsView, VerifyRequest, VerifyResponse } from '../../lib/platform/messaging/protocol';

/** What the status view asks of the background: a seam, so component tests pass a fake. */
export interface StatusClient {
  getSettingsView(): Promise<Result<SettingsView>>;
  verifyStatus(request: VerifyRequest): Promise<Result<VerifyResponse>>;
}

export const messagingStatusClient: StatusClient = {
  getSettingsView: () => sendMessage('getSettingsView', undefined),
  verifyStatus: (request) => sendMessage('verifyStatus', request),
};
