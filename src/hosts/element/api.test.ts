/**
 * The element's published types say what the app accepts: the same areas, perspectives,
 * languages, themes, modes and layouts, and an attribute for every key the element reads.
 * The type assertions are checked by `npm run check` (svelte-check over this file); the
 * lists, here at run time.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { Lang } from '../../lib/i18n/locale';
import type { ThemeChoice } from '../../lib/embedding/options';
import { ELEMENT_OPTION_KEYS } from '../../lib/embedding/options';
import type { Perspective } from '../../lib/taxonomy';
import { VIEW_KEYS, type Layout, type Mode, type View } from '../../lib/view/state';
import type {
  FrontlineMapAttributes,
  FrontlineMapLang,
  FrontlineMapPerspective,
  FrontlineMapRegion,
  FrontlineMapTheme,
} from './api';

describe('<frontline-map> published types', () => {
  test('the unions are the app’s own', () => {
    expectTypeOf<FrontlineMapRegion>().toEqualTypeOf<View>();
    expectTypeOf<FrontlineMapPerspective>().toEqualTypeOf<Perspective>();
    expectTypeOf<FrontlineMapLang>().toEqualTypeOf<Lang>();
    expectTypeOf<FrontlineMapTheme>().toEqualTypeOf<ThemeChoice>();
    expectTypeOf<NonNullable<FrontlineMapAttributes['mode']>>().toEqualTypeOf<Mode>();
    expectTypeOf<NonNullable<FrontlineMapAttributes['layout']>>().toEqualTypeOf<Layout>();
  });

  test('every attribute the element reads is declared, and no other', () => {
    const declared: Record<keyof FrontlineMapAttributes, true> = {
      src: true,
      date: true,
      region: true,
      perspective: true,
      mode: true,
      left: true,
      right: true,
      from: true,
      to: true,
      layout: true,
      divider: true,
      interpolation: true,
      lang: true,
      theme: true,
      controls: true,
      autoplay: true,
    };
    expect(Object.keys(declared).sort()).toEqual(['src', ...VIEW_KEYS, ...ELEMENT_OPTION_KEYS].sort());
  });
});
