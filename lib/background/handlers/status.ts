import type { ProtocolHandlers } from '../../messaging/serve';
import { notBuilt } from './not-built';

/** Handlers of the status messages. */
export function createStatusHandlers(): Pick<ProtocolHandlers, 'verifyStatus'> {
  return {
    verifyStatus: notBuilt('verifyStatus'),
  };
}
