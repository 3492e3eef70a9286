import type { z } from 'zod';
import { fail, type AppError } from '../../core/app-error';
import { messenger } from './messenger';
import type { ProtocolMap } from './protocol';
import { requestSchemas } from './request-schemas';

type Data<K extends keyof ProtocolMap> = ProtocolMap[K] extends (data: infer D) => unknown ? D : undefined;
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/** Handlers of every message: the background's services, one function each. */
export type ProtocolHandlers = {
  [K in keyof ProtocolMap]: (data: Data<K>) => Promise<Reply<K>>;
};

export interface SenderInfo {
  id?: string;
  url?: string;
}

/**
 * Only the extension's own pages may talk to the background: same extension id and an
 * URL under the extension's origin (there are no content scripts to trust).
 */
export function isOwnExtensionPage(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
  );
}

const internal = (detail: string): AppError => ({ code: 'internal', detail });

/** Runs one request through its schema and handler; failures come back as values. */
export async function handleRequest<K extends keyof ProtocolMap>(
  type: K,
  rawData: unknown,
  handlers: ProtocolHandlers,
): Promise<Reply<K>> {
  const schema = requestSchemas[type] as z.ZodType;
  const parsed = schema.safeParse(rawData ?? undefined);
  if (!parsed.success) {
    const detail = `Invalid "${String(type)}" request: ${parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
      .join('; ')}`;
    return fail({ code: 'invalid_request', detail }) as Reply<K>;
  }
  try {
    return await handlers[type](parsed.data as Data<K>);
  } catch (error) {
    // A bug, not an expected failure: report its kind only (messages may quote input).
    const name = error instanceof Error ? error.name : typeof error;
    console.error(`[guichet-emploi] handler "${String(type)}" failed: ${name}`);
    return fail(internal(`Handler "${String(type)}" threw ${name}`)) as Reply<K>;
  }
}

/** Registers every handler with request validation and sender checks. */
export function serveProtocol(handlers: ProtocolHandlers, self: { id: string; origin: string }): void {
  for (const type of Object.keys(requestSchemas) as (keyof ProtocolMap)[]) {
    messenger.onMessage(type, async (message) => {
      const sender = (message as unknown as { sender?: SenderInfo }).sender ?? {};
      if (!isOwnExtensionPage(sender, self.id, self.origin)) {
        return fail({ code: 'forbidden', detail: 'Message from outside the extension pages' }) as never;
      }
      return (await handleRequest(type, message.data, handlers)) as never;
    });
  }
}
