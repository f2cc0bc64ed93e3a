/**
 * Builds what the npm package ships beside the element's package build (pkg/element/, by
 * `vite build --config vite.element.config.ts --mode package`), into pkg/:
 *   pkg/types/element.d.ts    the element's declarations, from src/hosts/element/api.ts
 *   pkg/svelte/               the Svelte component, by @sveltejs/package
 *   pkg/custom-elements.json  the element's manifest, by @custom-elements-manifest/analyzer
 * Run by `npm run build` and before `npm pack`. Usage: npm run build:package
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { create, ts as analyzerTs } from '@custom-elements-manifest/analyzer';
import ts from 'typescript';
import { publicManifest } from './lib/element-manifest';
import { writeAllAtomic } from './lib/files';

const ELEMENT_BUILD = 'pkg/element/frontline-map.js';
const API = 'src/hosts/element/api.ts';
const ELEMENT = 'src/hosts/element/frontline-map.ts';

if (!existsSync(ELEMENT_BUILD)) {
  console.error(
    `${ELEMENT_BUILD} is missing: run npm run build:package (the package ships the built element)`,
  );
  process.exit(1);
}

// the element's declarations: api.ts holds types only, so its declaration file is itself
// less any implementation, which TypeScript's single-file declaration emit gives
const api = ts.transpileDeclaration(readFileSync(API, 'utf8'), {
  fileName: API,
  compilerOptions: { isolatedDeclarations: true, declaration: true },
  reportDiagnostics: true,
});
if (api.diagnostics?.length)
  throw new Error(
    `${API}: ${api.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`,
  );

const manifest = create({
  modules: [
    analyzerTs.createSourceFile(ELEMENT, readFileSync(ELEMENT, 'utf8'), analyzerTs.ScriptTarget.ES2022, true),
  ],
  plugins: [],
  context: { dev: false },
});
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
writeAllAtomic({
  'pkg/types/element.d.ts': api.outputText,
  'pkg/custom-elements.json': `${JSON.stringify(publicManifest(manifest, ELEMENT_BUILD, version), null, 2)}\n`,
});

// the component: its TypeScript stripped and its declarations written, into a fresh folder
// that replaces the last one only once it is complete (it imports the types written above)
const fresh = `pkg/svelte.${process.pid}.tmp`;
execFileSync(
  process.execPath,
  ['node_modules/@sveltejs/package/svelte-package.js', '-i', 'src/hosts/svelte', '-o', fresh],
  { stdio: 'inherit' },
);
rmSync('pkg/svelte', { recursive: true, force: true });
renameSync(fresh, 'pkg/svelte');
console.log('pkg/: types/element.d.ts, custom-elements.json, svelte/ (FrontlineMap)');
