/**
 * The map's state, owned once for every host: the data, the dates it spans, the view (area,
 * date, perspective, comparison), the slider's date and playback. The iframe embed and
 * <frontline-map> are chrome over one of these; the full page over a PageController, which
 * adds what only the page shows (./page-controller.svelte.ts). None of them wires the view.
 */
import type { AppConfig, MapData } from './load';
import { SPEEDS, startPlayback } from './player';
import { disputedBands } from '../lib/compare/spans';
import { readSetMessage } from '../lib/embedding/messages';
import type { Locale } from '../lib/i18n/locale';
import { claimDates, dateRange } from '../lib/view/areas';
import { boundsOf, comparing, pairOf, panelRegionOf, regionsOf, sliderDateOf } from '../lib/view/shown';
import { areaAsked, DEFAULT_VIEW, parseViewState, type ViewState } from '../lib/view/state';
import type { Bounds } from '../map/view-types';

export type LoadedData = MapData & { config: AppConfig };

export interface ControllerOptions {
  /** The reader's words, as they are now (the language can change). */
  locale: () => Locale;
  /** Told of every change to the view the reader made: the page writes it to the URL. */
  onview?: (view: ViewState, push: boolean) => void;
}

export class ViewController {
  data = $state.raw<LoadedData | null>(null);
  failure = $state<string | null>(null);
  view = $state<ViewState>({ ...DEFAULT_VIEW, date: '' });
  range = $state({ first: '', last: '' });
  notices = $state<string[]>([]);
  playing = $state(false);
  speed = $state(1);
  /** The map stage: to move the camera when the area changes, and for pictures of the view. */
  stage = $state<{ fitTo(bounds: Bounds): void; pictures(): string[] }>();

  readonly comparing = $derived(comparing(this.view));
  readonly byDates = $derived(this.comparing === 'dates');
  /** The date the slider moves: the right map's in a date comparison. */
  readonly sliderDate = $derived(sliderDateOf(this.view));
  readonly regions = $derived(regionsOf(this.view.region));
  readonly panelRegion = $derived(panelRegionOf(this.view.region));
  readonly bounds = $derived(boundsOf(this.view.region));
  readonly marks = $derived(
    this.data ? claimDates(this.data.claims.claims, this.view.region, this.range) : [],
  );
  /** Where perspectives disagree on the timeline: the compared pair, or any pair. */
  readonly bands = $derived(
    this.data
      ? disputedBands(this.data.disputed.features, this.regions, pairOf(this.view), this.range.last)
      : [],
  );
  /** The sources by id, for the claim cards. */
  readonly sourcesById = $derived(
    // made anew with the data and never changed: nothing needs to react to it changing
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map((this.data?.claims.sources ?? []).map((s) => [s.id, s])),
  );
  /** Changes asked for before the data arrived, applied (if valid) once it has. */
  #pending: Partial<ViewState> = {};
  #stopPlayback = () => {};

  protected readonly o: ControllerOptions;

  constructor(o: ControllerOptions) {
    this.o = o;
  }

  /** Takes the data once loaded, and the view asked for (URL parameters or attributes). */
  async start(
    loading: Promise<LoadedData>,
    query: URLSearchParams,
    /** `notices`: the host's own (its options'), said once the data and words are in. */
    o: { notices?: () => string[]; failed: (reason: string) => string },
  ): Promise<void> {
    // the area first, from the URL alone: a map started before the data looks at it
    const area = areaAsked(query);
    if (area) this.view = { ...this.view, region: area };
    try {
      const loaded = await loading;
      this.range = dateRange(loaded.control, loaded.events);
      const locale = this.o.locale();
      const parsed = parseViewState(query, this.range, { ...DEFAULT_VIEW, date: this.range.last }, locale);
      this.view = { ...parsed.state, ...this.#validated(this.#pending, parsed.state) };
      this.notices = [...(o.notices?.() ?? []), ...parsed.notices];
      this.data = loaded;
    } catch (e) {
      this.failure = o.failed((e as Error).message);
    }
  }

  /** The reader changed the view; `push`: a step Back returns to. */
  update(change: Partial<ViewState>, push = false): void {
    const regionChanged = change.region !== undefined && change.region !== this.view.region;
    this.view = { ...this.view, ...change };
    this.o.onview?.(this.view, push);
    if (regionChanged) this.stage?.fitTo(this.bounds);
  }

  /** Back or Forward: the view the URL now holds, with its notices. */
  restore(query: URLSearchParams): void {
    const parsed = parseViewState(query, this.range, this.view, this.o.locale());
    const regionChanged = parsed.state.region !== this.view.region;
    this.view = parsed.state;
    this.notices = parsed.notices;
    if (regionChanged) this.stage?.fitTo(this.bounds);
  }

  /** The slider and playback move the date, or in a date comparison the right map's date. */
  setSliderDate(date: string, push = false): void {
    if (!this.byDates) return this.update({ date }, push);
    const from = this.view.from!;
    this.update({ to: date < from ? from : date, date: date < from ? from : date }, push);
  }

  /** Sets date, region or perspective from a host; invalid values are ignored. Returns whether applied. */
  set(change: Partial<ViewState>): boolean {
    if (!this.data) {
      this.#pending = { ...this.#pending, ...change };
      return true;
    }
    const next = this.#validated(change, this.view);
    if (Object.keys(next).length === 0) return false;
    this.update(next);
    return true;
  }

  /** Applies a host's `frontline:set` message; anything malformed is ignored. */
  receive(message: unknown): boolean {
    if (!this.data) return false;
    const change = readSetMessage(message, this.view, this.range);
    return change ? this.set(change) : false;
  }

  /** Only changes that pass the same checks as a URL are applied. */
  #validated(change: Partial<ViewState>, current: ViewState): Partial<ViewState> {
    const fields = Object.fromEntries(
      Object.entries(change).filter(
        ([k, v]) => ['date', 'region', 'perspective'].includes(k) && typeof v === 'string',
      ),
    );
    return readSetMessage({ type: 'frontline:set', ...fields }, current, this.range) ?? {};
  }

  play(): void {
    if (this.playing || !this.data) return;
    this.playing = true;
    this.#stopPlayback = startPlayback({
      date: () => this.sliderDate,
      show: (d) => this.setSliderDate(d),
      first: () => (this.byDates ? this.view.from! : this.range.first),
      last: () => this.range.last,
      daysPerSecond: () => SPEEDS[this.speed].daysPerSecond,
      onend: () => (this.playing = false),
    });
  }

  pause(): void {
    this.playing = false;
    this.#stopPlayback();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  destroy(): void {
    this.#stopPlayback();
  }
}
