/**
 * What a click on the map opens: the claims behind what lies there, with who holds the
 * ground, how much (as far as the claims' words go) and how sure the shape is. Mounted into a
 * MapLibre popup's node; unmounted when the popup closes.
 */
import { mount, unmount } from 'svelte';
import ClaimList from './ClaimList.svelte';
import { localeContext } from '../browser/locale-context';
import type { ViewController } from '../browser/view-controller.svelte';
import type { Locale, MessageKey } from '../lib/i18n/locale';
import { inForce } from '../lib/timeline/span';
import { shapeWords } from '../lib/view/popup';
import type { Picked } from '../map/view-types';

export function claimPopup(c: ViewController, picked: Picked, locale: Locale): HTMLElement {
  const node = document.createElement('div');
  const { control, disputed, claims } = c.data!;
  const shapes = control.features
    .filter((f) => picked.shapes.includes(f.properties.id))
    .map((f) => f.properties);
  const pieces = disputed.features
    .filter((f) => picked.disputed.includes(f.properties.id))
    .map((f) => f.properties);
  const ids = new Set([
    ...shapes.flatMap((p) => p.claims),
    ...pieces.flatMap((p) => [...p.claims, ...p.versus_claims]),
    ...picked.events,
  ]);
  const first = shapes.at(0);
  const dispute = pieces.at(0);
  // a piece of a packed daily series: its own area is a cell's worth; the series' total in
  // force on the date shown is what the reader asks about
  const seriesKm2 = first?.packed
    ? control.features
        .map((f) => f.properties)
        .filter(
          (p) =>
            p.packed &&
            p.source === first.source &&
            p.region === first.region &&
            p.perspective === first.perspective &&
            p.holder === first.holder &&
            inForce(p, c.sliderDate),
        )
        .reduce((sum, p) => sum + p.area_km2, 0)
    : null;
  // the words say as much as the shape's claims do, and how sure the shape is
  const stated = first?.claims.flatMap((id) =>
    (claims.claims.find((claim) => claim.id === id)?.figures ?? []).flatMap((f) =>
      f.km2 === null ? [] : [{ km2: f.km2, qualifier: f.qualifier }],
    ),
  );
  const words = first && shapeWords(first, stated ?? [], locale, seriesKm2);
  const title = dispute
    ? locale.t('popup.disputed', {
        area: locale.km2(dispute.area_km2),
        perspective: locale.perspective(dispute.perspective),
        holder: locale.t(`holder.${dispute.holder}.ground` as MessageKey),
        versus: locale.perspective(dispute.versus),
      })
    : (words?.title ?? locale.t('popup.claimsHere'));
  // with interpolation off, a claim's shape held past its own end says since when
  const heldOn = first?.holds_to && !c.view.interpolation && first.to !== null && c.sliderDate >= first.to;
  const component = mount(ClaimList, {
    target: node,
    context: localeContext(() => locale),
    props: {
      title,
      note: first?.packed ? locale.t('popup.series', { source: first.source ?? '' }) : (words?.note ?? null),
      how: dispute
        ? null
        : heldOn
          ? `${words?.how} ${locale.t('basis.asOfSentence', { date: locale.date(first.from) })}`
          : (words?.how ?? null),
      claims: claims.claims.filter((claim) => ids.has(claim.id)),
      sources: c.sourcesById,
    },
  });
  node.addEventListener('remove', () => unmount(component));
  return node;
}
