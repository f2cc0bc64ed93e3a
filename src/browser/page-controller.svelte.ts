/**
 * What only the full page adds to the view controller: what changed between two dates
 * (measured, said and drawn), the view in words for the live region, and the geometry
 * shown as a file to download. Apart from ./view-controller so
 * the embed does not carry them.
 */
import { untrack } from 'svelte';
import type * as ChangeModule from '../lib/compare/change';
import type { Change } from '../lib/compare/change';
import { displayedGeometry } from '../lib/compare/displayed';
import { changeSentences } from '../lib/compare/sentence';
import { datedShapes } from '../lib/compare/spans';
import { describeView } from '../lib/view/describe';
import { pairOf, sidesOf } from '../lib/view/shown';
import { ViewController, type ControllerOptions } from './view-controller.svelte';

/** What changed between two dates, said and drawn. */
export interface ShownChange {
  result: Change;
  sentences: string[];
  layer: GeoJSON.FeatureCollection;
}

// polygon differences (about 30 ms) run once the dates stop moving: a drag shows the last result
const CHANGE_SETTLE_MS = 150;

export class PageController extends ViewController {
  change = $state.raw<ShownChange | null>(null);
  changeError = $state<string | null>(null);

  /** The change layer the right map draws in a date comparison. */
  readonly changeLayer = $derived(this.byDates ? (this.change?.layer ?? null) : null);
  /** The view in words, for the live region: a date comparison says its change. */
  readonly description = $derived.by(() => {
    if (!this.data) return '';
    if (this.byDates) return this.change?.sentences.join(' ') ?? '';
    const { areas, disputed, claims } = this.data;
    return describeView(
      this.view,
      { areas, disputed: disputed.features, claims: claims.claims, places: claims.places },
      this.o.locale(),
    );
  });

  readonly #changes: () => Promise<typeof ChangeModule>;

  /**
   * Made while the page's component starts: measuring the change is an effect of it.
   * `changes` loads the polygon differences, only when two dates are compared.
   */
  constructor(o: ControllerOptions & { changes: () => Promise<typeof ChangeModule> }) {
    super(o);
    this.#changes = o.changes;
    $effect(() => this.#measureChange());
  }

  /** The geometry the view shows, as one GeoJSON file an editor can download. */
  download(): { text: string; name: string } {
    const { control, disputed } = this.data!;
    const view = this.view;
    const text = displayedGeometry({
      control,
      disputed,
      change: this.changeLayer,
      regions: this.regions,
      sides: sidesOf(view),
      pair: pairOf(view),
      date: view.date,
    });
    const when = this.byDates ? `${view.from}-to-${view.to}` : view.date;
    return { text, name: `frontline-${view.region}-${when}.geojson` };
  }

  #measureChange() {
    const data = this.data;
    if (!data || !this.byDates) return void (this.change = null);
    const locale = this.o.locale();
    // a tiled history has no whole shapes here to subtract
    if (data.controlTiles) return void ((this.change = null), (this.changeError = locale.t('change.tiles')));
    const ask = {
      from: this.view.from!,
      to: this.view.to!,
      perspective: this.view.perspective,
      regions: this.regions,
    };
    let current = true;
    const timer = setTimeout(
      () =>
        this.#changes().then(
          ({ changeBetween }) => {
            if (!current) return;
            const result = changeBetween(
              datedShapes(data.control.features),
              ask.regions,
              ask.perspective,
              ask.from,
              ask.to,
            );
            const place = locale.region(ask.regions.length === 1 ? ask.regions[0] : 'overview', 'in');
            this.changeError = null;
            this.change = {
              result,
              sentences: changeSentences(result, place, locale),
              layer: { type: 'FeatureCollection', features: result.features },
            };
          },
          (e: Error) => (this.changeError = locale.t('change.failed', { reason: e.message })),
        ),
      untrack(() => this.change) ? CHANGE_SETTLE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }
}
