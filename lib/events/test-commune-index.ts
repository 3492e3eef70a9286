import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommuneIndex, type IndexedCommune } from './core/commune-index';

/** Test helper: the real packaged commune index, read from disk (the extension fetches it). */
export const COMMUNE_INDEX_PATH = join(process.cwd(), 'public/territory/communes.tsv');

let cached: IndexedCommune[] | undefined;

export function readCommuneIndex(): IndexedCommune[] {
  cached ??= parseCommuneIndex(readFileSync(COMMUNE_INDEX_PATH, 'utf8'));
  return cached;
}
