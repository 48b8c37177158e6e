#!/usr/bin/env node
// `npm run build`: bundles src/cli.ts and everything it imports into dist/ with esbuild — what
// bin/dockerlings.js runs. One small entry (dist/cli.js) and chunks loaded on demand
// (dist/chunks/), so `--version` and `list` never load the screen's code. Type checking is
// `npm run typecheck`'s job, not this one's.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * zod exports every locale (`z.locales.fr`…), 260 kB that every start would parse; dockerlings
 * only uses the English messages zod configures by default. The bundle's locales are English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * yoga-layout (Ink's layout engine) instantiates its WebAssembly from a data: URL with fetch()
 * when there is one, and Node's fetch loads undici (~100 ms) for it. Without fetch it decodes
 * the same bytes itself.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replaceAll('typeof fetch', 'typeof __dockerlingsNoFetch'), loader: 'js' };
    });
  },
};

// Built beside dist/ and moved in: a dockerlings already running from dist/ loads its chunks
// lazily, so the chunks it knows stay (they are hash-named; old ones are removed after an hour).
mkdirSync('.tmp', { recursive: true });
const out = mkdtempSync('.tmp/dist-build-');
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const result = await build({
  entryPoints: ['src/cli.ts'],
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [zodEnglishOnly, yogaWithoutFetch],
  // Ink loads its devtools only with DEV=true, and they are not installed.
  external: ['react-devtools-core'],
  // Modules marked-terminal imports but the UI never calls (see the stubs).
  alias: { 'cli-highlight': './scripts/build-stubs/cli-highlight.mjs', 'node-emoji': './scripts/build-stubs/node-emoji.mjs', 'cli-table3': './scripts/build-stubs/cli-table3.mjs' },
  // Less to parse at every start.
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // CommonJS dependencies (React, write-file-atomic) use require() and __filename, which ES
  // modules do not have.
  banner: {
    js: [
      "import { createRequire as __dlCreateRequire } from 'node:module';",
      "import { fileURLToPath as __dlFileURLToPath } from 'node:url';",
      'const require = __dlCreateRequire(import.meta.url);',
      'const __filename = __dlFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(' '),
  },
});
mkdirSync('dist/chunks', { recursive: true });
const fresh = new Set(readdirSync(join(out, 'chunks')));
for (const f of fresh) renameSync(join(out, 'chunks', f), join('dist', 'chunks', f));
for (const f of ['cli.js', 'cli.js.map']) renameSync(join(out, f), join('dist', f));
const hour = 60 * 60 * 1000;
for (const f of readdirSync('dist/chunks')) {
  const p = join('dist', 'chunks', f);
  if (!fresh.has(f) && Date.now() - statSync(p).mtimeMs > hour) rmSync(p, { force: true });
}
rmSync(out, { recursive: true, force: true });
// The metafile names the outputs as dist/… (tests read which chunks a command loads); it is
// kept out of dist/, which is what gets published.
writeFileSync('.tmp/bundle-meta.json', JSON.stringify(result.metafile).replaceAll(`${out}/`, 'dist/'));
if (!existsSync('dist/cli.js')) throw new Error('build: dist/cli.js is missing');
