/** `npm run gateway:schema`: rewrites docs/gateway/config.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA_PATH, configJsonSchemaText } from '../config/json-schema';

writeFileSync(CONFIG_SCHEMA_PATH, configJsonSchemaText());
process.stdout.write(`Wrote ${CONFIG_SCHEMA_PATH}\n`);
