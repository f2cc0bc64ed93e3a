/**
 * The editor's loop through the CLIs: an article's text → drafts → edited → accepted →
 * built. Each refusal names the drafts file, line, record and field and writes nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  ARTICLE,
  cli,
  editDrafts,
  extract,
  PARAPHRASES,
  review,
  SOURCE,
  workspace,
} from './test/editor-loop';

const snapshot = (root: string, drafts: string) =>
  ['claims/sumy.yaml', 'sources.yaml']
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .concat(readFileSync(drafts, 'utf8'));

test(
  'reviewed drafts move into the ledger and the build draws them; unready ones are refused',
  { timeout: 300_000 },
  () => {
    const w = workspace();
    expect(extract(w).status).toBe(0);
    const accept = (...more: string[]) => cli('accept-claims', [w.drafts, '--root', w.root, ...more]);
    const untouched = snapshot(w.root, w.drafts);

    // the article is kept beside its drafts, and must be the text they were made from
    const copy = w.drafts.replace(/\.yaml$/, '.txt');
    expect(readFileSync(copy, 'utf8')).toBe(ARTICLE);
    const changed = accept('--article', w.drafts); // any other text
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain('not the text the drafts were made from (sha256 differs');
    rmSync(copy);
    const noArticle = accept();
    expect(noArticle.status).toBe(2);
    expect(noArticle.stderr).toContain('the article article.txt is needed');

    // as drafted: no paraphrase, notes unanswered
    const asDrafted = accept('--article', w.article);
    expect(asDrafted.status).toBe(1);
    expect(asDrafted.stderr).toMatch(
      new RegExp(`${SOURCE}\\.yaml:\\d+: record ${SOURCE}-d1, field paraphrase: is empty`),
    );
    expect(asDrafted.stderr).toMatch(
      /field review: note not answered: "add to the gazetteer or drop: Yunakivka"/,
    );
    expect(asDrafted.stderr).toContain('nothing written');
    expect(snapshot(w.root, w.drafts)).toEqual(untouched);

    // the article's own words, lifted: refused, with the words named
    editDrafts(w.drafts, (c) => {
      review(c);
      if (c.kind === 'strike')
        c.paraphrase = 'Officials said a missile strike on Sumy injured four people overnight.';
    });
    const lifted = accept('--article', w.article);
    expect(lifted.status).toBe(1);
    expect(lifted.stderr).toContain(
      `record ${SOURCE}-d2, field paraphrase: repeats the article's words "a missile strike on Sumy injured four people overnight" (9 in a row`,
    );
    expect(lifted.stderr).not.toContain(`${SOURCE}-d1, field paraphrase`);

    // a record the ledger's checks refuse: located in the drafts file, where it is fixed
    editDrafts(w.drafts, (c) => {
      review(c);
      if (c.kind === 'strike') c.places = ['atlantis'];
    });
    const unknownPlace = accept('--article', w.article);
    expect(unknownPlace.status).toBe(1);
    expect(unknownPlace.stderr).toMatch(
      new RegExp(`${SOURCE}\\.yaml:\\d+: record ${SOURCE}-d2, field places\\[0\\]: unknown place "atlantis"`),
    );
    expect(snapshot(w.root, w.drafts).slice(0, 2)).toEqual(untouched.slice(0, 2));

    // reviewed: the strike alone first (--ids), then the rest
    editDrafts(w.drafts, (c) => {
      review(c);
      if (c.kind === 'strike') c.places = ['sumy-city'];
    });
    const strike = accept('--article', w.article, '--ids', `${SOURCE}-d2`);
    expect(strike.stderr).toBe('');
    expect(strike.stdout).toContain(`accepted 1 claim(s)`);
    expect(strike.stdout).toContain(`source ${SOURCE} added`);
    const rest = accept('--article', w.article);
    expect(rest.stdout).toMatch(/accepted 1 claim\(s\).*d1\n0 draft\(s\) left/);

    const ledger = parse(readFileSync(join(w.root, 'claims/sumy.yaml'), 'utf8')) as {
      claims: Record<string, unknown>[];
    };
    const advance = ledger.claims.find((c) => c.id === `${SOURCE}-d1`)!;
    expect(advance).toEqual({
      id: `${SOURCE}-d1`,
      region: 'sumy',
      date: '2025-03-18', // "on Tuesday", before publication on Thursday 20 March
      date_precision: 'day',
      date_note: expect.stringContaining('read against publication on 2025-03-20'),
      date_source: SOURCE, // the article gives the day
      as_of: '2025-03-20',
      claimant: 'ru-military',
      claimant_name: "Russia's defence ministry",
      kind: 'advance',
      holder: 'ru',
      places: [],
      figures: [{ value: 2, unit: 'km', qualifier: 'about' }],
      source: SOURCE,
      paraphrase: PARAPHRASES.advance,
    });
    // the ledger's own lines are kept as they were: only records were added
    const after = readFileSync(join(w.root, 'claims/sumy.yaml'), 'utf8').split('\n');
    // every line of the file before, in order, among the lines after
    const kept = untouched[0]
      .split('\n')
      .reduce((at, line) => (at < 0 ? at : after.indexOf(line, at) + 1 || -1), 0);
    expect(kept).toBeGreaterThan(0);
    expect(readFileSync(join(w.root, 'sources.yaml'), 'utf8').startsWith(untouched[1].trimEnd())).toBe(true);

    // nothing left to accept
    const again = accept('--article', w.article);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('no drafts to accept');

    // the build draws them: the claims table and the strike's marker
    const built = cli('build-geodata', ['--root', w.root]);
    expect(built.stderr).toBe('');
    const claims = readFileSync(join(w.root, 'build/claims.json'), 'utf8');
    expect(claims).toContain(PARAPHRASES.strike);
    const events = JSON.parse(
      readFileSync(join(w.root, 'build/events.geojson'), 'utf8'),
    ) as GeoJSON.FeatureCollection;
    const marker = events.features.find((f) => f.properties!.id === `${SOURCE}-d2`)!;
    expect(marker.properties).toMatchObject({ kind: 'strike', place: 'sumy-city', date: '2025-03-20' });
    expect(marker.geometry).toMatchObject({ type: 'Point' });
  },
);
