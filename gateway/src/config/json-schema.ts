/**
 * The configuration's JSON Schema, generated from the zod schema (the one source of truth)
 * and published in docs/gateway/config.schema.json; a test fails when the published copy is
 * stale (`npm run gateway:schema` rewrites it).
 */
import { z } from 'zod';
import { gatewayConfigSchema } from './schema';

export const CONFIG_SCHEMA_PATH = 'docs/gateway/config.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(gatewayConfigSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    title: 'Configuration of the Guichet Emploi gateway (passerelle)',
    description:
      'One file per gateway. Secrets are never written here: each is named by the environment variable holding it ({ "env": "NAME" }, or a file path in NAME_FILE).',
  };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
