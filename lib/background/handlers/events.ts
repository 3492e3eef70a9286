import type { ProtocolHandlers } from '../../messaging/serve';
import { notBuilt } from './not-built';

/** Handlers of the events messages. */
export function createEventsHandlers(): Pick<ProtocolHandlers, 'refreshEvents' | 'getEventDetail'> {
  return {
    refreshEvents: notBuilt('refreshEvents'),
    getEventDetail: notBuilt('getEventDetail'),
  };
}
