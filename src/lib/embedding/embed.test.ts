import { expect, test } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../view/state';
import { framesHeight, originAllowed, pymHeight, readSetMessage } from './messages';
import { DEFAULT_EMBED, EMBED_KEYS, parseEmbedOptions, serializeEmbedOptions } from './options';
import { ENGLISH } from '../i18n/english';

const range = { first: '2023-12-30', last: '2025-04-28' };
const current: ViewState = { ...DEFAULT_VIEW, date: '2025-04-28' };

test('embed options round-trip, defaults left out', () => {
  const q = 'autoplay=1&controls=0&theme=dark&origins=https://news.example,http://localhost:8080';
  const { options, notices } = parseEmbedOptions(new URLSearchParams(q), EMBED_KEYS, ENGLISH);
  expect(notices).toEqual([]);
  expect(options).toEqual({
    autoplay: true,
    controls: false,
    lang: 'en',
    theme: 'dark',
    origins: ['https://news.example', 'http://localhost:8080'],
  });
  expect(
    parseEmbedOptions(new URLSearchParams(serializeEmbedOptions(options)), EMBED_KEYS, ENGLISH).options,
  ).toEqual(options);
  expect(serializeEmbedOptions(DEFAULT_EMBED)).toBe('');
});

test.each([
  ['autoplay=maybe', /autoplay="maybe" is not true or false/],
  ['lang=xx', /Language "xx" is not available/],
  ['theme=<b>', /Theme "b" is not auto, light or dark/],
  ['origins=javascript:alert(1)', /not http\(s\) origins: javascript:alert1/],
  ['origins=https://news.example/path', /not http\(s\) origins/],
  ['theme=dark&theme=%3Cb%3E', /"theme" is given 2 times: using the first/],
  ['controls=%E2%80%AE0', /controls="0" is not true or false/],
  ['lang=' + 'x'.repeat(5000), /Language "x{40}…" is not available/],
])('%s falls back with a plain notice', (q, notice) => {
  const { notices } = parseEmbedOptions(new URLSearchParams(q), EMBED_KEYS, ENGLISH);
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(notice);
  expect(notices[0]).not.toMatch(/[<>]/);
});

test('an origins list with nothing valid accepts no origin, rather than any', () => {
  const { options } = parseEmbedOptions(new URLSearchParams('origins=nonsense'), EMBED_KEYS, ENGLISH);
  expect(options.origins).toEqual([]);
  expect(originAllowed('https://news.example', options.origins)).toBe(false);
  expect(originAllowed('https://news.example', null)).toBe(true);
});

test('a set message changes only valid, known fields', () => {
  expect(
    readSetMessage({ type: 'frontline:set', date: '2024-08-20', region: 'kursk' }, current, range),
  ).toEqual({
    date: '2024-08-20',
    region: 'kursk',
  });
  expect(readSetMessage({ type: 'frontline:set', perspective: 'ua' }, current, range)).toEqual({
    perspective: 'ua',
  });
});

test.each([
  ['a string', 'frontline:set'],
  ['null', null],
  ['an array', [{ type: 'frontline:set', date: '2024-08-20' }]],
  ['another type', { type: 'other', date: '2024-08-20' }],
  ['nothing to set', { type: 'frontline:set' }],
  ['an unknown field', { type: 'frontline:set', date: '2024-08-20', html: '<img onerror=x>' }],
  ['a number for a date', { type: 'frontline:set', date: 20240820 }],
  ['an invalid date', { type: 'frontline:set', date: '2024-02-30' }],
  ['a date out of range', { type: 'frontline:set', date: '2030-01-01' }],
  ['an unknown region', { type: 'frontline:set', region: 'crimea' }],
])('a malformed message (%s) is ignored', (_, data) => {
  expect(readSetMessage(data, current, range)).toBeNull();
});

test('height messages in the pym.js and frames formats', () => {
  expect(pymHeight('map-1', 512.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx513');
  expect(framesHeight(512.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 513 });
});

test('snippets carry the view and options, escaped for attributes', async () => {
  const { embedUrl, iframeSnippet, elementSnippet } = await import('./snippets');
  const view: ViewState = { ...current, region: 'kursk', date: '2024-08-20' };
  const options = { ...DEFAULT_EMBED, controls: false, theme: 'dark' as const };
  const url = embedUrl('https://maps.example.org/frontline/', view, options);
  expect(url).toBe(
    'https://maps.example.org/frontline/embed.html?region=kursk&date=2024-08-20&perspective=assessed&controls=0&theme=dark',
  );
  const iframe = iframeSnippet(url, 'Map: "Kursk" <oblast>');
  expect(iframe).toContain(
    'src="https://maps.example.org/frontline/embed.html?region=kursk&amp;date=2024-08-20',
  );
  expect(iframe).toContain('title="Map: &quot;Kursk&quot; &lt;oblast&gt;"');
  expect(elementSnippet('https://maps.example.org/frontline/', view, options)).toBe(
    `<link rel="stylesheet" href="https://maps.example.org/frontline/frontline-map.css" />
<script type="module" src="https://maps.example.org/frontline/frontline-map.js"></script>
<frontline-map region="kursk" date="2024-08-20" perspective="assessed" controls="0" theme="dark"></frontline-map>`,
  );
});

test('static oEmbed: one rich response per area, an iframe on the public URL', async () => {
  const { oembedFiles, publicUrl } = await import('./oembed');
  const files = oembedFiles(publicUrl('https://maps.example.org/frontline', 'x'), '2025-04-28');
  expect(Object.keys(files)).toEqual([
    'oembed.json',
    'oembed-kursk.json',
    'oembed-belgorod.json',
    'oembed-sumy.json',
    'oembed-pokrovsk.json',
    'oembed-zaporizhzhia.json',
  ]);
  expect(files['oembed-kursk.json']).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 620 });
  expect(files['oembed-kursk.json'].html).toBe(
    '<iframe src="https://maps.example.org/frontline/embed.html?region=kursk&amp;perspective=assessed" title="Frontline map: Kursk oblast" width="640" height="620" style="border:0;max-width:100%" loading="lazy"></iframe>',
  );
  expect(() => publicUrl('javascript:alert(1)', 'x')).toThrow(/must be http/);
});
