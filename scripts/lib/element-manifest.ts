/**
 * The custom elements manifest as the package publishes it: the analyzer reads the element's
 * source, but a reader (an IDE, a docs tool, Storybook) loads the built module, so module
 * paths name that; private members are left out. Pure.
 */
import type { Package } from 'custom-elements-manifest/schema';

type Declaration = Package['modules'][number]['declarations'] extends (infer D)[] | undefined ? D : never;

function withoutPrivate(declaration: Declaration): Declaration {
  if (!('members' in declaration) || !declaration.members) return declaration;
  const members = declaration.members.filter(
    (m) => !('privacy' in m && m.privacy === 'private') && !m.name.startsWith('#'),
  );
  return { ...declaration, members };
}

export function publicManifest(
  manifest: Package,
  builtPath: string,
  version: string,
): Package & { version: string } {
  return {
    ...manifest,
    // what version of the package this describes (the schema leaves the field to tools)
    version,
    modules: manifest.modules.map((module) => ({
      ...module,
      path: builtPath,
      declarations: module.declarations?.map(withoutPrivate),
      exports: module.exports?.map((e) =>
        'declaration' in e && e.declaration.module
          ? { ...e, declaration: { ...e.declaration, module: builtPath } }
          : e,
      ),
    })),
  };
}
