// The custom elements manifest analyzer's programmatic API: its index.js exports `create`
// and the TypeScript it parses with, which its index.d.ts leaves out.
import type { Package } from 'custom-elements-manifest/schema';
import type * as typescript from 'typescript';

declare module '@custom-elements-manifest/analyzer' {
  export function create(options: {
    modules: typescript.SourceFile[];
    plugins?: Plugin[];
    context?: Context;
  }): Package;
  export const ts: typeof typescript;
}
