// `npm run gateway:build`: the production build of the gateway, gateway/dist/main.mjs — the
// gateway's own code and the pure lib/ modules it uses, bundled by esbuild; npm packages stay
// external and are exactly gateway/package.json's dependencies (checked here: a missing or
// extra one, or a version that differs from the root package.json, fails the build).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const gateway = JSON.parse(readFileSync('gateway/package.json', 'utf8'));

const packageOf = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

export async function buildGateway({ quiet = false } = {}) {
  const started = Date.now();
  const result = await build({
    entryPoints: ['gateway/src/cli/main.ts'],
    outfile: 'gateway/dist/main.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const used = new Set(
    output.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => packageOf(i.path)),
  );
  const declared = new Set(Object.keys(gateway.dependencies));
  const problems = [
    ...[...used]
      .filter((name) => !declared.has(name))
      .map((name) => `${name} is imported but not in gateway/package.json`),
    ...[...declared]
      .filter((name) => !used.has(name))
      .map((name) => `${name} is in gateway/package.json but not imported`),
    ...[...declared]
      .filter((name) => root.dependencies[name] !== gateway.dependencies[name])
      .map(
        (name) =>
          `${name}: gateway/package.json has ${gateway.dependencies[name]}, package.json has ${root.dependencies[name]}`,
      ),
  ];
  if (problems.length) throw new Error(`gateway build: ${problems.join('; ')}`);
  const bytes = output.bytes;
  if (!quiet) {
    process.stdout.write(
      `gateway/dist/main.mjs: ${(bytes / 1024).toFixed(0)} KB, ${used.size} runtime packages, ${Date.now() - started} ms\n`,
    );
  }
  return { bytes, packages: [...used].sort() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildGateway().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
