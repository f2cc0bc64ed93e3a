/**
 * The editor's loop, whole: an article's text drafted by claims:extract, reviewed, moved
 * into a copy of the ledger by claims:accept, built by build:geodata, and then read on the
 * map: the built app served the new build's files, and the new claim's marker opens its
 * card with the editor's paraphrase and the article as its source.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { clickMapAt, mapIdle } from './helpers';
import { cli, editDrafts, extract, PARAPHRASES, review, SUMY, workspace } from '../scripts/test/editor-loop';

const FILES = ['claims.json', 'events.geojson', 'areas.json', 'disputed.geojson', 'control.topojson'];

test('an article drafted, reviewed, accepted and built shows on the map with its claim card', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const w = workspace();
  expect(extract(w).status).toBe(0);
  editDrafts(w.drafts, review);
  const accepted = cli('accept-claims', [w.drafts, '--root', w.root, '--article', w.article]);
  expect(accepted.stdout).toContain('accepted 2 claim(s)');
  const built = cli('build-geodata', ['--root', w.root]);
  expect(built.status).toBe(0);

  // the app reads the new build where it reads its data
  for (const file of FILES)
    await page.route(`**/data/${file}`, (route) => route.fulfill({ path: join(w.root, 'build', file) }));
  await page.goto('./?region=sumy&date=2025-03-20');
  await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  await mapIdle(page);

  await clickMapAt(page, SUMY);
  const card = page.locator('.maplibregl-popup');
  await expect(card).toContainText(PARAPHRASES.strike);
  await expect(card).toContainText('Loop Test Wire');
  await expect(card).toContainText('regional governor');
  // the source is cited as the draft proposed it: the article's outlet and title
  await expect(card).toContainText('Russian troops push toward Yunakivka');
});
