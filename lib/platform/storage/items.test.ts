// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as catalogue from './items';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The stored items of the catalogue, by export name → their key. */
function catalogueKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [name, value] of Object.entries(catalogue)) {
    // Lazy items are proxies: read the key through them rather than asking `in`.
    const key: unknown = value && typeof value === 'object' ? Reflect.get(value, 'key') : undefined;
    if (typeof key === 'string') keys[name] = key;
  }
  return keys;
}

function sources(dir: string, files: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, files);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

describe('the storage catalogue (lib/platform/storage/items.ts)', () => {
  it('declares every item with its area: access tokens and the panel request in session storage; the gateway refresh token (useless without its non-extractable DPoP key, design.md) in local', () => {
    expect(catalogueKeys()).toEqual({
      partnerTokenItem: 'session:partnerToken',
      franceConnectSessionItem: 'session:franceConnectSession',
      panelRequestItem: 'session:panelRequest',
      agentAccessItem: 'session:agentAccess',
      agentRefreshItem: 'local:agentRefresh',
      eventsCacheItem: 'local:eventsCache',
      eventsDigestItem: 'local:eventsDigest',
      eventsRefreshFailureItem: 'local:eventsRefreshFailure',
      userSettingsItem: 'local:userSettings',
      eventFiltersItem: 'local:eventFilters',
      journalItem: 'local:journal',
      journalKeyItem: 'local:journalKey',
      organisationSettingsItem: 'session:organisationSettings',
      gatewayEventsTagItem: 'local:gatewayEventsTag',
      localJournalMigrationItem: 'local:journalMigration',
    });
  });

  it('is the only place that defines a storage item or names a storage key', () => {
    const offenders: string[] = [];
    for (const dir of ['lib', 'components', 'entrypoints']) {
      for (const file of sources(join(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (path.startsWith('lib/platform/storage/')) continue;
        const text = readFileSync(file, 'utf8');
        if (/\bdefineItem\s*[<(]/.test(text)) offenders.push(`${path}: defineItem`);
        for (const match of text.matchAll(/['"`](?:local|session|sync|managed):[A-Za-z]\w*['"`]/g)) {
          offenders.push(`${path}: ${match[0]}`);
        }
        if (/\bstorage\.(?:local|session|sync)\.(?:get|set|remove)\b/.test(text)) {
          offenders.push(`${path}: raw storage area access`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
