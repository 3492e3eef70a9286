import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Typed `sendMessage` / `onMessage` for the protocol (UI side and background side). */
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

export const { sendMessage } = messenger;
