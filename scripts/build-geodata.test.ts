import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { Areas } from '../src/lib/view/areas';
import { describeCoverage } from '../src/lib/view/describe';
import { ENGLISH } from '../src/lib/i18n/english';

const run = promisify(execFile);
const FIXTURE = resolve('scripts/test/ledger');
const BASE = resolve('geodata/base');
const CLI = ['--import', 'tsx', resolve('scripts/build-geodata.ts')];

/** A fresh root holding the fixture ledger and the shared base geography. */
function ledgerRoot(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'ledger-'));
  cpSync(from, root, { recursive: true, filter: (path) => path !== join(from, 'base') });
  symlinkSync(BASE, join(root, 'base'));
  return root;
}

// The fixture ledger is built once per run; each case gets a copy with its outputs, so a
// failed build has outputs to keep without paying for a build of its own.
let fixtureBuilt: Promise<string> | undefined;

/** A fresh copy of the fixture ledger, with what its build wrote. */
async function builtLedger(): Promise<string> {
  fixtureBuilt ??= (async () => {
    const root = ledgerRoot(FIXTURE);
    await run('node', [...CLI, '--root', root]);
    return root;
  })();
  return ledgerRoot(await fixtureBuilt);
}

const outputs = (root: string) =>
  Object.fromEntries(
    readdirSync(join(root, 'build')).map((f) => [f, readFileSync(join(root, 'build', f), 'utf8')]),
  );

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test case edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

const CLAIMS = 'claims/pokrovsk.yaml';
const PLACES = 'places.yaml';

interface Case {
  name: string;
  file: string;
  change: (text: string) => string;
  /** What the message must name: file:line, record and field (or the problem itself). */
  expect: RegExp;
}

// Line numbers refer to the fixture files in scripts/test/ledger.
const CASES: Case[] = [
  {
    name: 'missing field',
    file: CLAIMS,
    change: (t) => t.replace('    source: T\n    paraphrase: The ministry', '    paraphrase: The ministry'),
    expect: /claims\/pokrovsk\.yaml:2: record T1, field source: is missing/,
  },
  {
    name: 'malformed date',
    file: CLAIMS,
    change: (t) =>
      t.replace(
        'date: 2025-03-01\n    date_precision: day\n    as_of: 2025-03-01\n    claimant: ru',
        'date: 2025-13-01\n    date_precision: day\n    as_of: 2025-03-01\n    claimant: ru',
      ),
    expect: /pokrovsk\.yaml:4: record T1, field date: must be a date written YYYY-MM-DD/,
  },
  {
    name: 'end before start',
    file: CLAIMS,
    change: (t) =>
      t.replace(
        '      - from: 2025-03-01\n        status: controlled\n        claims: [T1]',
        '      - from: 2025-03-01\n        to: 2025-02-01\n        status: controlled\n        claims: [T1]',
      ),
    expect:
      /pokrovsk\.yaml:34: record track pokrovsk\/ru\/ru frame 1, field to: end 2025-02-01 is not after start 2025-03-01/,
  },
  {
    name: 'claim stated before its event',
    file: CLAIMS,
    change: (t) => t.replace('as_of: 2025-03-01\n    claimant: ru', 'as_of: 2025-02-01\n    claimant: ru'),
    expect:
      /pokrovsk\.yaml:6: record T1, field as_of: stated on 2025-02-01, before the event date 2025-03-01/,
  },
  {
    name: 'unknown place',
    file: CLAIMS,
    change: (t) => t.replace('places: [selydove]', 'places: [atlantis]'),
    expect: /pokrovsk\.yaml:11: record T1, field places\[0\]: unknown place "atlantis"/,
  },
  {
    name: 'unknown unit',
    file: CLAIMS,
    change: (t) => t.replace('unit: km2', 'unit: acres'),
    expect: /pokrovsk\.yaml:12: record T1, field figures\[0\]\.unit: must be one of: km2, sq mi/,
  },
  {
    name: 'negative area',
    file: CLAIMS,
    change: (t) => t.replace('value: 90', 'value: -90'),
    expect: /pokrovsk\.yaml:12: record T1, field figures\[0\]\.value: must be a number above zero/,
  },
  {
    name: 'zero area',
    file: CLAIMS,
    change: (t) => t.replace('value: 90', 'value: 0'),
    expect: /pokrovsk\.yaml:12: record T1, field figures\[0\]\.value: must be a number above zero/,
  },
  {
    name: 'lat and lon swapped',
    file: PLACES,
    change: (t) => t.replace('lat: 48.14708\n  lon: 37.30032', 'lat: 37.30032\n  lon: 48.14708'),
    expect:
      /places\.yaml:10: record selydove, field lat\/lon: 37\.30032, 48\.14708: lat and lon look swapped/,
  },
  {
    name: 'place outside the area of interest',
    file: PLACES,
    change: (t) => t.replace('lat: 48.14708', 'lat: 55.75'),
    expect:
      /places\.yaml:10: record selydove, field lat\/lon: 55\.75, 37\.30032: it lies outside the area of interest/,
  },
  {
    name: 'coordinate not matching its GeoNames record',
    file: PLACES,
    change: (t) => t.replace('lat: 48.14708', 'lat: 48.10708'),
    expect: /places\.yaml:10: record selydove, field lat\/lon: differs from GeoNames 694677/,
  },
  {
    name: 'duplicate id',
    file: CLAIMS,
    change: (t) => t.replace('  - id: T2', '  - id: T1'),
    expect: /pokrovsk\.yaml:15: record T1, field id: duplicate id: also used at .*pokrovsk\.yaml:2\n/,
  },
  {
    name: 'two contradicting claims from one claimant on one date',
    file: CLAIMS,
    change: (t) =>
      t.replace(
        '\ntracks:',
        `  - id: T3
    region: pokrovsk
    date: 2025-03-01
    date_precision: day
    as_of: 2025-03-30
    claimant: ru-military
    claimant_name: Russian defence ministry
    kind: control
    holder: ru
    figures: [{ value: 150, unit: km2 }]
    source: T
    paraphrase: The ministry said its forces held 150 km² here.

tracks:`,
      ),
    expect:
      /pokrovsk\.yaml:27: record T3, field figures: contradicts T1: same claimant \(Russian defence ministry\), date and holder/,
  },
  {
    name: 'unknown region',
    file: CLAIMS,
    change: (t) =>
      t.replace(
        'region: pokrovsk\n    date: 2025-03-01\n    date_precision: day\n    as_of: 2025-03-01\n    claimant: ru',
        'region: kharkiv\n    date: 2025-03-01\n    date_precision: day\n    as_of: 2025-03-01\n    claimant: ru',
      ),
    expect:
      /pokrovsk\.yaml:3: record T1, field region: must be one of "kursk", "belgorod", .*, got "kharkiv"/,
  },
  {
    name: 'figure larger than its oblast',
    file: CLAIMS,
    change: (t) => t.replace('value: 90', 'value: 90000'),
    expect:
      /pokrovsk\.yaml:12: record T1, field figures\[0\]\.value: 90000 km² is more than all of Pokrovsk \(Donetsk oblast\)/,
  },
  {
    name: 'invalid geometry',
    file: CLAIMS,
    change: (t) =>
      t.replace(
        'draw: { method: hull, points: [pokrovsk], pad_km: 3, include: [pokrovsk], basis: illustrative }',
        'draw: { method: polygon, coordinates: [[[37.1, 48.2], [37.2, 48.3], [37.2, 48.2], [37.1, 48.3], [37.1, 48.2]]], basis: illustrative }',
      ),
    expect:
      /pokrovsk\.yaml:44: record track pokrovsk\/ua\/ua frame 1, field draw: invalid geometry: a ring intersects itself/,
  },
  {
    name: 'empty file',
    file: CLAIMS,
    change: () => '\n',
    expect: /pokrovsk\.yaml: file is empty/,
  },
  {
    name: 'YAML syntax error',
    file: CLAIMS,
    change: (t) => t.replace('    kind: control\n    holder: ru', '    kind: control\n   holder: [ru'),
    expect: /pokrovsk\.yaml:10: YAML syntax: Sequence item without - indicator/,
  },
  {
    name: 'wrong type',
    file: CLAIMS,
    change: (t) => t.replace('value: 90', 'value: ninety'),
    expect: /pokrovsk\.yaml:12: record T1, field figures\[0\]\.value: must be number, got "ninety"/,
  },
  {
    name: 'unknown source',
    file: CLAIMS,
    change: (t) =>
      t.replace('    source: T\n    paraphrase: The general', '    source: Q\n    paraphrase: The general'),
    expect: /pokrovsk\.yaml:25: record T2, field source: unknown source "Q"/,
  },
  {
    name: "a track citing another perspective's claimant",
    file: CLAIMS,
    change: (t) => t.replace('        claims: [T2]', '        claims: [T1]'),
    expect:
      /pokrovsk\.yaml:43: record track pokrovsk\/ua\/ua frame 1, field claims\[0\]: T1 is a ru-military claim; it cannot support the ua perspective/,
  },
  {
    name: 'shape not honouring its stated area',
    file: CLAIMS,
    change: (t) => t.replace('pad_km: 5.35', 'pad_km: 6'),
    expect:
      /pokrovsk\.yaml:36: record track pokrovsk\/ru\/ru frame 1, field draw: drawn 11\d\.\d km² does not honour T1's about 90 km²/,
  },
  // provenance (src/lib/claims/provenance.ts)
  {
    name: 'a day-precision date with neither its source date nor a date_source',
    file: CLAIMS,
    change: (t) =>
      t.replace('date: 2025-03-01\n    date_precision: day', 'date: 2025-02-27\n    date_precision: day'),
    expect: /pokrovsk\.yaml:5: record T1, field date_precision: day precision needs date_source/,
  },
  {
    name: 'a shape built on a place no claim it cites names',
    file: CLAIMS,
    change: (t) => t.replace('places: [pokrovsk]', 'places: []'),
    expect:
      /pokrovsk\.yaml:41: record track pokrovsk\/ua\/ua frame 1, field draw\.points\[0\]: pokrovsk is a place the shape is built on, named by none of its claims \(T2\)/,
  },
  {
    name: 'a shape containing a place no claim it cites names',
    file: PLACES,
    change: (t) =>
      `${t}- id: pokrovsk-station
  names: { en: Pokrovsk station, uk: Покровськ, ru: Покровск }
  lat: 48.29
  lon: 37.18
  oblast: UA.DT
  source: test
  accuracy_km: 0.5
`,
    expect:
      /pokrovsk\.yaml:44: record track pokrovsk\/ua\/ua frame 1, field draw: pokrovsk-station lies inside the shape, named by none of its claims \(T2\)/,
  },
  {
    name: 'an independent claimant on unnamed reports',
    file: CLAIMS,
    change: (t) =>
      t.replace('    claimant: ua-military', '    attribution: unnamed-reports\n    claimant: independent'),
    expect: /pokrovsk\.yaml:20: record T2, field attribution: unnamed reports cannot be an independent claim/,
  },
  {
    name: 'a track citing unnamed reports',
    file: CLAIMS,
    change: (t) => t.replace('    claimant: ua-military', '    claimant: unnamed'),
    expect:
      /pokrovsk\.yaml:43: record track pokrovsk\/ua\/ua frame 1, field claims\[0\]: T2 comes from unnamed reports; it supports no perspective/,
  },
  {
    name: 'an assessed track citing a claim of another perspective',
    file: CLAIMS,
    change: (t) => t.replace('    perspective: ua\n', '    perspective: assessed\n'),
    expect:
      /pokrovsk\.yaml:43: record track pokrovsk\/assessed\/ua frame 1, field claims\[0\]: T2 is a ua-military claim; it cannot support the assessed perspective/,
  },
  {
    name: "an illustrative shape's note presenting a figure as stated",
    file: CLAIMS,
    change: (t) =>
      t.replace('basis: illustrative }', 'basis: illustrative, note: Drawn to the stated extent }'),
    expect:
      /pokrovsk\.yaml:41: record track pokrovsk\/ua\/ua frame 1, field draw\.note: the note of an illustrative or interpolated shape presents a figure as stated/,
  },
  {
    name: 'basis area with no area figure in its claims',
    file: CLAIMS,
    change: (t) => t.replace('basis: illustrative }', 'basis: area }'),
    expect:
      /pokrovsk\.yaml:44: record track pokrovsk\/ua\/ua frame 1, field draw\.basis: basis area needs an area figure, and none of T2 states one/,
  },
  {
    name: 'a bound sized by a claim with no area figure',
    file: CLAIMS,
    change: (t) =>
      t.replace('basis: illustrative }', 'basis: illustrative, bound: { words: narrow-strip, of: T2 } }'),
    expect:
      /pokrovsk\.yaml:44: record track pokrovsk\/ua\/ua frame 1, field draw\.bound\.of: T2 states no area figure/,
  },
];

describe.concurrent('bad input: a clear error, exit 1, previous outputs untouched', () => {
  test.each(CASES)('$name', async ({ file, change, expect: message }) => {
    const root = await builtLedger();
    const before = outputs(root);
    edit(root, file, change);
    const failed = await run('node', [...CLI, '--root', root]).then(
      () => null,
      (e: { code: number; stderr: string; stdout: string }) => e,
    );
    expect(failed, 'the build should have failed').not.toBeNull();
    expect(failed!.code).toBe(1);
    expect(failed!.stderr).toMatch(message);
    expect(failed!.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(outputs(root)).toEqual(before);
  });
});

test('the fixture ledger itself builds', async () => {
  const root = await builtLedger();
  const control = JSON.parse(outputs(root)['control.geojson']);
  expect(control.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
    'pokrovsk-ru-ru-2025-03-01',
    'pokrovsk-ua-ua-2025-03-01',
  ]);
});

describe('a daily series in imports/', () => {
  /** The fixture ledger with 12 synthetic days imported as the ru perspective's own ground. */
  async function withImport(perspective = 'ru'): Promise<string> {
    const root = await builtLedger();
    const series = mkdtempSync(join(tmpdir(), 'series-'));
    const tsx = (script: string, args: string[]) =>
      run('node', ['--import', 'tsx', resolve(`scripts/${script}`), ...args]);
    await tsx('synthetic-daily.ts', [series, '--days', '12', '--vertices', '300', '--first', '2025-02-20']);
    await tsx('import-daily.ts', [
      series,
      ...['--perspective', perspective, '--holder', 'ru', '--region', 'pokrovsk', '--source', 'synthetic'],
      ...['--out', join(root, 'imports'), '--base', BASE],
    ]);
    await run('node', [...CLI, '--root', root]);
    return root;
  }
  type Props = { id: string; from: string; to: string | null; area_km2: number } & Record<string, unknown>;
  const inForce = (fs: { properties: Props }[], date: string) =>
    fs.filter((f) => f.properties.from <= date && (f.properties.to === null || date < f.properties.to));

  test('takes over its area, perspective and holder, packed into pieces that add up to each day', async () => {
    const root = await withImport();
    const built = outputs(root);
    const control = JSON.parse(built['control.geojson']).features as {
      properties: Props;
      geometry: { type: string };
    }[];
    const imported = JSON.parse(readFileSync(join(root, 'imports', 'pokrovsk-ru-ru.geojson'), 'utf8'))
      .features as {
      properties: Props;
    }[];
    expect(imported.length).toBeGreaterThan(3);
    const ids = control.map((f) => f.properties.id);
    // the ledger's ru shape starts inside the series' days, so the series draws instead
    expect(ids).not.toContain('pokrovsk-ru-ru-2025-03-01');
    expect(ids).toContain('pokrovsk-ua-ua-2025-03-01');
    const pieces = control.filter((f) => f.properties.packed);
    expect(pieces.length).toBeGreaterThan(imported.length);
    for (const p of pieces) {
      expect(p.properties).toMatchObject({
        region: 'pokrovsk',
        perspective: 'ru',
        holder: 'ru',
        source: 'synthetic',
      });
      expect(p.properties).toMatchObject({ basis: 'traced', schematic: false, claims: [] });
    }
    expect(pieces.some((p) => p.geometry.type === 'GeometryCollection')).toBe(true);
    const areas = JSON.parse(built['areas.json']).rows as (Record<string, unknown> & { km2: number })[];
    for (const day of imported) {
      const { from, area_km2 } = day.properties;
      const sum = inForce(pieces, from).reduce((s, p) => s + p.properties.area_km2, 0);
      expect(Math.abs(sum - area_km2) / area_km2).toBeLessThan(0.002);
      // one row per date for the series, not one per piece
      const rows = areas.filter((r) => r.date === from && r.perspective === 'ru' && r.holder === 'ru');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ region: 'pokrovsk', source: 'synthetic' });
      expect(Math.abs(rows[0].km2 - area_km2)).toBeLessThan(Math.max(0.2, area_km2 * 0.002));
    }
    expect(Object.keys(JSON.parse(built['manifest.json']).inputs)).toContain(
      'imports/pokrovsk-ru-ru.geojson',
    );
    // and a second build gives the same bytes
    await run('node', [...CLI, '--root', root]);
    expect(outputs(root)).toEqual(built);
  });

  // the recipe an editor follows (docs/importing.md): a traced
  // series as the independent assessment's baseline, the claims kept on top
  test('a traced baseline under the claims: the claims stay, disputed ground against them, the series as coverage', async () => {
    const root = await withImport('assessed');
    const built = outputs(root);
    type Piece = { properties: Record<string, unknown> & { basis: string; versus_basis: string[] } };
    const disputed = (JSON.parse(built['disputed.geojson']).features as Piece[]).filter(
      (f) => f.properties.region === 'pokrovsk',
    );
    // the traced ground against the Russian claims: where the tracker draws more than the claims
    const traced = disputed.filter(
      (f) => f.properties.basis === 'traced' || f.properties.versus_basis.includes('traced'),
    );
    expect(traced.length).toBeGreaterThan(0);
    expect(new Set(traced.map((f) => f.properties.pair))).toContain('assessed|ru');
    // the claims stay: both sides' ledger shapes still draw on top of the baseline
    const ids = (JSON.parse(built['control.geojson']).features as Piece[]).map((f) => f.properties.id);
    expect(ids).toContain('pokrovsk-ru-ru-2025-03-01');
    expect(ids).toContain('pokrovsk-ua-ua-2025-03-01');
    // and what the reader is told covers the area: the series
    const areas = JSON.parse(built['areas.json']) as Areas;
    expect(describeCoverage(areas, 'pokrovsk', 'assessed', '2025-03-01', ENGLISH)).toMatch(
      /^A traced series \(synthetic\) maps all of the Pokrovsk area\./,
    );
  });

  test('a bad import is named by file, feature and field, and nothing is written', async () => {
    const root = await withImport();
    const before = outputs(root);
    edit(root, 'imports/pokrovsk-ru-ru.geojson', (t) => {
      const fc = JSON.parse(t);
      fc.features[1].properties.from = 'soon';
      return JSON.stringify(fc);
    });
    const failed = await run('node', [...CLI, '--root', root]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed!.stderr).toMatch(
      /imports\/pokrovsk-ru-ru\.geojson: record features\[1\], field properties\.from: expected an ISO date, got "soon"/,
    );
    expect(outputs(root)).toEqual(before);
  });
});
