import type { ProtocolHandlers } from '../../messaging/serve';
import { notBuilt } from './not-built';

/** Handlers of the settings messages. */
export function createSettingsHandlers(): Pick<ProtocolHandlers, 'getSettingsView' | 'saveUserSettings'> {
  return {
    getSettingsView: notBuilt('getSettingsView'),
    saveUserSettings: notBuilt('saveUserSettings'),
  };
}
