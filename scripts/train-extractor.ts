/**
 * Trains the extractor's learned second opinion (src/lib/extract/learned/) on the annotated
 * fixtures and writes its models (models.json), atomically. The same fixtures give the same
 * file; a test fails when the file is not what the fixtures now give. Usage:
 *   npm run claims:train
 */
import { writeAllAtomic } from './lib/files';
import { readAnnotated } from './lib/annotated';
import { trainSentenceModels } from '../src/lib/extract/learned/training';
import { draftClaims } from '../src/lib/extract/draft';
import { gazetteer } from '../src/lib/extract/fixtures/gazetteer';

const OUT = 'src/lib/extract/learned/models.json';
const articles = readAnnotated();
const models = trainSentenceModels(
  articles,
  (article, learned) => draftClaims(article, gazetteer, learned).drafts,
);
writeAllAtomic({ [OUT]: JSON.stringify(models) + '\n' });
const weights = Object.values(models.kinds).reduce((n, m) => n + Object.keys(m.weights).length, 0);
console.log(
  `trained on ${articles.length} articles: ${Object.keys(models.claim.weights).length} claim weights, ${weights} kind weights -> ${OUT}`,
);
