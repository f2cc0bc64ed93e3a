import * as v from 'valibot';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isTerritorial } from '../claims/schema';
import { draftClaims, type DraftClaim } from './draft';
import { draftClaimSchema } from './drafts-file';
import { gazetteer } from './fixtures/gazetteer';

/**
 * The extraction measured on articles written for these tests (fixtures/README.md): a
 * territorial claim counts as found when a territorial draft comes from its sentence with
 * the right date and precision, places, figures and claimant.
 */
interface Expected {
  at: string;
  kind: string;
  claimant: string;
  holder?: string;
  date: string;
  date_precision: string;
  region: string | null;
  places: string[];
  figures: { value: number; value_max?: number; unit: string }[];
  denies?: string;
}
interface Fixture {
  published: string;
  outlet: string;
  title: string;
  claims: Expected[];
  /** Strikes and statements an editor would record (sets from heldout6 on list them). */
  events?: Omit<Expected, 'holder' | 'figures' | 'denies'>[];
  candidates: string[];
}

const dir = join(import.meta.dirname, 'fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const territorial = (d: DraftClaim) => isTerritorial(d.kind);
const figureKey = (f: { value: number; value_max?: number; unit: string }) =>
  `${f.value}${f.value_max ? `-${f.value_max}` : ''} ${f.unit}`;
const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/** Which fields of a draft differ from the expected claim (empty when it is right). */
function wrongFields(d: DraftClaim, e: Expected): string[] {
  const wrong: string[] = [];
  if (d.date !== e.date || d.date_precision !== e.date_precision)
    wrong.push(`date ${d.date} ${d.date_precision}, expected ${e.date} ${e.date_precision}`);
  if (!same(d.places, e.places)) wrong.push(`places [${d.places}], expected [${e.places}]`);
  if (!same(d.figures.map(figureKey), e.figures.map(figureKey)))
    wrong.push(`figures [${d.figures.map(figureKey)}], expected [${e.figures.map(figureKey)}]`);
  if (d.claimant !== e.claimant) wrong.push(`claimant ${d.claimant}, expected ${e.claimant}`);
  return wrong;
}

const totals = {
  expected: 0,
  found: 0,
  right: 0,
  drafted: 0,
  kind: 0,
  holder: 0,
  region: 0,
  denials: 0,
  linked: 0,
};
const misses: string[] = [];
/** Per set of articles (the name before the first dash: `heldout2-...`), as [right, expected, drafted]. */
const bySet = new Map<string, [number, number, number]>();
/** The same for event claims, in the sets that list them. */
const eventsBySet = new Map<string, [number, number, number]>();
/** A strike is a strike; a statement may be drafted as a statement or as context. */
const sameEventKind = (drafted: string, expected: string) =>
  drafted === expected || (expected === 'statement' && drafted === 'context');
const setOf = (name: string) => (name.startsWith('heldout') ? name.split('-')[0] : 'first');

describe.each(names)('fixture %s', (name) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const fixture = parse(readFileSync(join(dir, `${name}.expected.yaml`), 'utf8')) as Fixture;
  const source = {
    id: `T-${name}`,
    outlet: fixture.outlet,
    title: fixture.title,
    published: fixture.published,
  };
  const { drafts, candidates } = draftClaims({ text, source }, gazetteer);
  const at = (phrase: string) => text.indexOf(phrase);
  const draftAt = (phrase: string) => drafts.find((d) => d.span[0] <= at(phrase) && at(phrase) < d.span[1]);

  it('drafts records in the ledger format, never carrying the article words', () => {
    for (const d of drafts) {
      expect(v.safeParse(draftClaimSchema, d).issues).toBeUndefined();
      expect(d.paraphrase).toBe('');
      expect(JSON.stringify(d)).not.toContain(text.slice(d.span[0], d.span[1]));
    }
  });

  it('scores the territorial claims', () => {
    const right = new Set<DraftClaim>();
    for (const e of fixture.claims) {
      totals.expected++;
      const d = draftAt(e.at);
      if (!d || !territorial(d)) {
        misses.push(`${name}: not drafted as territorial: "${e.at}"`);
        continue;
      }
      totals.found++;
      const wrong = wrongFields(d, e);
      if (wrong.length === 0 && !right.has(d)) {
        right.add(d);
        totals.right++;
      } else misses.push(`${name}: "${e.at}": ${wrong.join('; ') || 'sentence holds a second claim'}`);
      if (d.kind === e.kind) totals.kind++;
      if (d.holder === e.holder) totals.holder++;
      else misses.push(`${name}: "${e.at}": holder ${d.holder}, expected ${e.holder} (not scored)`);
      if (d.region === e.region) totals.region++;
      if (e.denies) {
        totals.denials++;
        if (d.denies !== undefined && d.denies === draftAt(e.denies)?.id) totals.linked++;
        else
          misses.push(
            `${name}: "${e.at}": denies ${d.denies}, expected ${draftAt(e.denies)?.id} (not scored)`,
          );
      }
    }
    totals.drafted += drafts.filter(territorial).length;
    const set = bySet.get(setOf(name)) ?? [0, 0, 0];
    bySet.set(setOf(name), [
      set[0] + right.size,
      set[1] + fixture.claims.length,
      set[2] + drafts.filter(territorial).length,
    ]);
    for (const d of drafts.filter((d) => territorial(d) && !right.has(d)))
      if (!fixture.claims.some((e) => draftAt(e.at) === d))
        misses.push(
          `${name}: drafted, not expected: ${d.kind} at "${text.slice(d.span[0], d.span[0] + 50)}…"`,
        );
    expect(totals.expected).toBeGreaterThan(0);
  });

  // only the sets that list events (from heldout6 on) score them
  if (fixture.events)
    it('scores the event claims: strikes and statements', () => {
      const events = drafts.filter((d) => !territorial(d));
      const right = new Set<DraftClaim>();
      for (const e of fixture.events!) {
        const d = draftAt(e.at);
        const wrong = !d
          ? ['not drafted']
          : territorial(d)
            ? [`drafted as ${d.kind}`]
            : [
                ...(sameEventKind(d.kind, e.kind) ? [] : [`kind ${d.kind}, expected ${e.kind}`]),
                ...(d.claimant === e.claimant ? [] : [`claimant ${d.claimant}, expected ${e.claimant}`]),
                ...(d.date === e.date && d.date_precision === e.date_precision
                  ? []
                  : [`date ${d.date} ${d.date_precision}, expected ${e.date} ${e.date_precision}`]),
                ...(same(d.places, e.places) ? [] : [`places [${d.places}], expected [${e.places}]`]),
              ];
        if (!wrong.length && !right.has(d!)) right.add(d!);
        else misses.push(`${name}: event "${e.at}": ${wrong.join('; ') || 'sentence holds a second event'}`);
      }
      for (const d of events.filter((d) => !right.has(d)))
        if (!fixture.events!.some((e) => draftAt(e.at) === d))
          misses.push(
            `${name}: event drafted, not expected: ${d.kind} at "${text.slice(d.span[0], d.span[0] + 50)}…"`,
          );
      const set = eventsBySet.get(setOf(name)) ?? [0, 0, 0];
      eventsBySet.set(setOf(name), [
        set[0] + right.size,
        set[1] + fixture.events!.length,
        set[2] + events.length,
      ]);
      expect(fixture.events!.length).toBeGreaterThan(0);
    });

  it('flags the place names the gazetteer lacks', () => {
    const flagged = new Set(candidates.map((c) => c.name));
    for (const c of fixture.candidates ?? []) expect(flagged, c).toContain(c);
  });
});

describe('across the fixtures', () => {
  afterAll(() => {
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(0)}%`;
    console.log(
      [
        `extraction on ${names.length} fixture articles, ${totals.expected} territorial claims:`,
        `  recall     ${pct(totals.right, totals.expected)} (${totals.right} found with the right date, places, figures and claimant; ${totals.found} found at all)`,
        `  precision  ${pct(totals.right, totals.drafted)} (${totals.right} of ${totals.drafted} territorial drafts right)`,
        `  kind ${pct(totals.kind, totals.found)}, holder ${pct(totals.holder, totals.found)}, area ${pct(totals.region, totals.found)} of those found; denials linked ${totals.linked}/${totals.denials}`,
        ...[...bySet].map(
          ([set, [right, expected, drafted]]) =>
            `  set ${set}: recall ${pct(right, expected)} (${right}/${expected}), precision ${pct(right, drafted)} (${right}/${drafted})`,
        ),
        ...[...eventsBySet].map(
          ([set, [right, expected, drafted]]) =>
            `  set ${set}, events: recall ${pct(right, expected)} (${right}/${expected}), precision ${pct(right, drafted)} (${right}/${drafted})`,
        ),
        ...misses.map((m) => `  miss: ${m}`),
      ].join('\n'),
    );
  });

  // Each set's territorial claims right and drafts made now: a change may raise a set's figures
  // (then raise its floor), never lower them but for these reasons. One guard per set, not a
  // total a new set's first run would pull down (first runs: docs/extraction.md). Lowered:
  // heldout10, 11, 14, 16 by 1-2 points of precision with the learned second opinion; `heldout`
  // 20 to 19 when a denial took the places of the claim it answers; heldout30, 36, 21, 23 when a
  // perfect gain "since" a date or "since then" was dated when told (fixtures README); heldout9,
  // 34, 36, 38 by a draft when a clause's places counted names the gazetteer lacks; heldout37 by
  // a draft in the retraining with heldout57-58; heldout60 by one when "in May" split a sentence.
  const FLOORS: Record<string, { right: number; drafted: number }> = {
    first: { right: 33, drafted: 34 },
    heldout: { right: 19, drafted: 20 },
    heldout2: { right: 19, drafted: 19 },
    heldout3: { right: 22, drafted: 22 },
    heldout4: { right: 19, drafted: 20 },
    heldout5: { right: 22, drafted: 22 },
    heldout6: { right: 33, drafted: 35 },
    heldout7: { right: 36, drafted: 37 },
    heldout8: { right: 38, drafted: 39 },
    heldout9: { right: 38, drafted: 42 },
    heldout10: { right: 33, drafted: 40 },
    heldout11: { right: 31, drafted: 36 },
    heldout12: { right: 39, drafted: 42 },
    heldout13: { right: 41, drafted: 47 },
    heldout14: { right: 37, drafted: 40 },
    heldout15: { right: 41, drafted: 47 },
    heldout16: { right: 32, drafted: 39 },
    heldout17: { right: 46, drafted: 48 },
    heldout18: { right: 49, drafted: 49 },
    heldout19: { right: 50, drafted: 53 },
    heldout20: { right: 46, drafted: 48 },
    heldout21: { right: 45, drafted: 49 },
    heldout22: { right: 44, drafted: 50 },
    heldout23: { right: 42, drafted: 48 },
    heldout24: { right: 49, drafted: 52 },
    heldout25: { right: 43, drafted: 50 },
    heldout26: { right: 45, drafted: 50 },
    heldout27: { right: 49, drafted: 52 },
    heldout28: { right: 37, drafted: 47 },
    heldout29: { right: 50, drafted: 50 },
    heldout30: { right: 48, drafted: 56 },
    heldout31: { right: 50, drafted: 57 },
    heldout32: { right: 51, drafted: 58 },
    heldout33: { right: 42, drafted: 51 },
    heldout34: { right: 43, drafted: 54 },
    heldout35: { right: 48, drafted: 53 },
    heldout36: { right: 43, drafted: 54 },
    heldout37: { right: 48, drafted: 53 },
    heldout38: { right: 45, drafted: 51 },
    heldout39: { right: 49, drafted: 53 },
    heldout40: { right: 50, drafted: 56 },
    heldout41: { right: 47, drafted: 53 },
    heldout42: { right: 46, drafted: 52 },
    heldout43: { right: 48, drafted: 57 },
    heldout44: { right: 44, drafted: 50 },
    heldout45: { right: 42, drafted: 50 },
    heldout46: { right: 45, drafted: 52 },
    heldout47: { right: 46, drafted: 53 },
    heldout48: { right: 40, drafted: 47 },
    heldout49: { right: 47, drafted: 53 },
    heldout50: { right: 50, drafted: 55 },
    heldout51: { right: 51, drafted: 55 },
    heldout52: { right: 50, drafted: 57 },
    heldout53: { right: 44, drafted: 57 },
    heldout54: { right: 51, drafted: 61 },
    heldout55: { right: 44, drafted: 57 },
    heldout56: { right: 39, drafted: 56 },
    heldout57: { right: 39, drafted: 60 },
    heldout58: { right: 44, drafted: 56 },
    heldout59: { right: 47, drafted: 53 },
    heldout60: { right: 45, drafted: 55 },
  };

  it('keeps every set at or above the claims it finds right now, at no lower precision', () => {
    expect(totals.expected).toBeGreaterThanOrEqual(25);
    for (const [set, [right, , drafted]] of bySet) {
      const floor = FLOORS[set];
      expect(floor, `${set}: no floor yet (add its figures after its first run)`).toBeDefined();
      expect(right, `${set}: claims right`).toBeGreaterThanOrEqual(floor.right);
      expect(right / drafted, `${set}: precision`).toBeGreaterThanOrEqual(floor.right / floor.drafted);
    }
  });

  it('finds at least 80% of the territorial claims right on the sets its rules were first written on', () => {
    const sets = ['first', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'].map((s) =>
      bySet.get(s)!,
    );
    const right = sets.reduce((n, [r]) => n + r, 0);
    expect(right / sets.reduce((n, [, e]) => n + e, 0)).toBeGreaterThanOrEqual(0.8);
    expect(right / sets.reduce((n, [, , d]) => n + d, 0)).toBeGreaterThanOrEqual(0.8);
  });
});
