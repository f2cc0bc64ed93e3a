import { describe, expect, it } from 'vitest';
import { findFigures, findVagueExtents } from './figures';

// Sentences written for these tests in news style, not taken from any outlet.
describe('findFigures', () => {
  it.each([
    [
      'Kyiv said its forces held 1,300 square kilometres of the region.',
      { value: 1300, unit: 'km2', km2: 1300 },
    ],
    [
      'The incursion covered roughly 500 square miles.',
      { value: 500, unit: 'sq mi', km2: 1295, qualifier: 'about' },
    ],
    ['Officials put the area at 90 km2.', { value: 90, unit: 'km2', km2: 90 }],
    [
      'Moscow claimed more than 1,000 sq km had been retaken.',
      { value: 1000, unit: 'km2', qualifier: 'over' },
    ],
    ['A bridgehead of nearly 40 km² remained.', { value: 40, unit: 'km2', qualifier: 'under' }],
    ['Some 250 hectares of forest changed hands.', { value: 250, unit: 'ha', km2: 2.5 }],
    ['Troops advanced 5 kilometres towards the town.', { value: 5, unit: 'km', km2: null }],
    ['Control of 28 border villages was claimed.', { value: 28, unit: 'villages' }],
    ['Air defence downed 35 Ukrainian drones overnight.', { value: 35, unit: 'drones' }],
    ['Two people were killed in the strike.', { value: 2, unit: 'killed' }],
    ['The attack hit a market, killing three.', { value: 3, unit: 'killed' }],
    ['A drone injured three people in Sumy.', { value: 3, unit: 'injured' }],
    ['About 80 percent of the district was under Russian control.', { value: 80, unit: 'percent' }],
    ['His unit advanced one and a half kilometres.', { value: 1.5, unit: 'km' }],
    ['They pushed on about a kilometre.', { value: 1, unit: 'km' }],
    ['The groups gained half a square kilometre.', { value: 0.5, unit: 'km2' }],
    ['Assault groups advanced 0.5 to 1 kilometre.', { value: 0.5, value_max: 1, unit: 'km' }],
    ["More than seventy-five percent of the region's territory is held.", { value: 75, unit: 'percent' }],
    ['The town lies sixty kilometres away.', { value: 60, unit: 'km' }],
    ['They pushed another 500 metres towards Grafovka.', { value: 0.5, unit: 'km' }],
  ])('%s', (text, expected) => {
    const [figure] = findFigures(text);
    expect(figure).toMatchObject(expected);
    // offsets point at the words the figure was read from
    expect(text.slice(figure.start, figure.end)).toMatch(/\d|two|three|one|\ba\b|half|sixty|seventy/i);
  });

  it('reads no figure in "a few hundred metres"', () => {
    expect(findFigures('They were a few hundred metres from the road.')).toEqual([]);
  });

  it('reads ranges, and links a bracketed conversion to the figure it restates', () => {
    const text = 'Between 1,000 and 1,200 square kilometres (about 450 square miles) were held.';
    const figures = findFigures(text);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ value: 1000, value_max: 1200, unit: 'km2' });
    expect(figures[1]).toMatchObject({ value: 450, unit: 'sq mi', restates: 0 });
  });

  it('links a conversion after a comma, "about 62 square miles", but not a second area (heldout160)', () => {
    const converted = findFigures('It had retaken more than 160 square kilometers, about 62 square miles.');
    expect(converted[1]).toMatchObject({ value: 62, unit: 'sq mi', restates: 0 });
    const second = findFigures('It took 180 square kilometres, about 40 square kilometres of it in May.');
    expect(second[1]).not.toHaveProperty('restates');
  });

  it('finds no figure in a vague size, a year, or a number inside a word', () => {
    expect(findFigures('Ukraine still held a narrow strip along the border.')).toEqual([]);
  });

  it('finds sizes stated without a figure, so a shape drawn from them is marked illustrative', () => {
    const text =
      'Ukraine still held a narrow strip of land and a small pocket near Gornal; fighting went on.';
    expect(findVagueExtents(text).map((v) => v.words)).toEqual(['a narrow strip of land', 'a small pocket']);
    expect(findVagueExtents('Troops held the line; the bridge was intact.')).toEqual([]);
    expect(findFigures('In 2024 the offensive began; often ten days passed.')).toEqual([]);
    expect(findFigures('Two soldiers were killed three days ago.').map((f) => f.unit)).toEqual(['soldiers']);
  });
});

describe('a distance told with "and a half" after it', () => {
  it('adds the half: "a kilometre and a half", "two kilometres and a half"', () => {
    const text = 'They pushed the Russians back a kilometre and a half, then two kilometres and a half more.';
    expect(findFigures(text).map((f) => [f.value, f.unit, text.slice(f.start, f.end)])).toEqual([
      [1.5, 'km', 'a kilometre and a half'],
      [2.5, 'km', 'two kilometres and a half'],
    ]);
  });
});

describe('a range told with "or" or "maybe"', () => {
  it('gives the figure and its upper bound: "two or three kilometres", "300, maybe 350 square kilometres"', () => {
    // Written for this test, not from any outlet.
    const text = 'They went two or three kilometres in; the enemy holds 300, maybe 350 square kilometres.';
    expect(findFigures(text).map((f) => [f.value, f.value_max, f.unit])).toEqual([
      [2, 3, 'km'],
      [300, 350, 'km2'],
    ]);
  });
});

describe('a count of villages (heldout115)', () => {
  it('reads "six border villages" and "three of our villages", not "24 hours the villages"', () => {
    const units = (text: string) => findFigures(text).map((f) => `${f.value} ${f.unit}`);
    expect(units('Troops cleared six border villages.')).toEqual(['6 villages']);
    expect(units('Three of our villages are occupied.')).toEqual(['3 villages']);
    expect(units('In the last twenty-four hours the villages of Melovoy and Podol were cleared.')).toEqual(
      [],
    );
  });
});
