/**
 * Where drafts put ground, as first seen in blind sets heldout59 and heldout60. Sentences
 * written for these tests in news style, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';

const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-05-20' };
const draft = (text: string) => draftClaims({ text, source }, gazetteer).drafts;

describe('a denial naming only the region', () => {
  it('answers the claim before it, and takes that claim’s places', () => {
    const text =
      'Border news\n\nOn 24 March a Ukrainian brigade said Demidovka was "under our control". Gladkov called the video staged and insisted that the enemy "does not hold a single village in Belgorod region".';
    const [claim, denial] = draft(text);
    expect(claim).toMatchObject({ kind: 'control', places: ['demidovka'] });
    expect(denial).toMatchObject({
      kind: 'contested',
      claimant: 'ru-official',
      places: ['demidovka'],
      region: 'belgorod',
      denies: claim.id,
    });
  });
});

describe('a whole region told of', () => {
  it('is a claim about the region named earlier in the paragraph', () => {
    const text =
      'Kursk\n\nThe ministry said its units had liberated 96 settlements in the Kursk Region. On the same day, Valery Gerasimov reported that the territory of the region had been completely liberated.';
    expect(draft(text).map((d) => [d.kind, d.region, d.places])).toEqual([
      ['control', 'kursk', []],
      ['control', 'kursk', []],
    ]);
  });
});

describe('a place the gazetteer lacks, set off by commas', () => {
  it('is flagged: "The last of them, Gornal, was cleared of the enemy"', () => {
    const text =
      'Kursk\n\nThe last of them, Gornal, was cleared of the enemy on 26 April, the ministry said.';
    expect(draft(text)[0]).toMatchObject({ kind: 'control', candidates: ['Gornal'], date: '2025-04-26' });
  });
});

describe('a distance after "an advance of"', () => {
  it('is how far the advance went, not where it is', () => {
    const text =
      'Pokrovsk\n\nDeepState reported a Russian advance of around two kilometres north of Myrnohrad.';
    expect(draft(text)[0].figures).toMatchObject([{ value: 2, unit: 'km' }]);
  });
});

describe('a unit introduced as one of a side’s, speaking', () => {
  it('speaks for that side: "the 219th Brigade, one of the Ukrainian units on the Kursk axis, published"', () => {
    const text =
      'Kursk\n\nThe press service of the 219th Assault Brigade, one of the Ukrainian units on the Kursk axis, said on Wednesday its units still held Sudzha.';
    expect(draft(text)[0]).toMatchObject({ claimant: 'ua-military', places: ['sudzha'] });
    const channels = 'Kursk\n\nRussian propaganda channels claimed that Russian troops had retaken Sudzha.';
    expect(draft(channels)[0]).toMatchObject({ claimant: 'ru-milblogger' });
  });
});

describe('a distance after "pull one company back about", "moved forward"', () => {
  it('is how far they went', () => {
    const forward =
      'Zaporizhzhia\n\nRussian troops have moved forward four to five kilometres east of Huliaipole.';
    expect(draft(forward)[0].figures).toMatchObject([{ value: 4, value_max: 5, unit: 'km' }]);
    const text =
      'Kursk\n\nThe commander decided to pull one company back about one and a half kilometres from positions near Sudzha.';
    expect(draft(text)[0].figures).toMatchObject([{ value: 1.5, unit: 'km' }]);
    const more =
      'Belgorod\n\nThe ministry said the enemy had been pushed back more than 3 kilometres from Popovka.';
    expect(draft(more)[0].figures).toMatchObject([{ value: 3, unit: 'km' }]);
  });
});

describe('a later clause under a headline naming whose statement the story is', () => {
  it('is told by whoever its sentence names as saying it, not the headline’s person', () => {
    const text =
      'Balitsky: units complete liberation of Malye Shcherbaki\n\nUnits have liberated Malye Shcherbaki, Governor Yevgeny Balitsky wrote on Tuesday.\n\nIn its morning summary, the General Staff of the Armed Forces of Ukraine claimed that its units were still holding Mali Shcherbaky, and had repelled 11 attacks in Kamianske.\n\nSeveral pro-army Telegram channels wrote that assault groups had entered Stepnohirsk.';
    expect(draft(text).map((d) => d.claimant)).toEqual([
      'ru-official',
      'ua-military',
      'ua-military',
      'ru-milblogger',
    ]);
  });
});

describe('a fight told on with no place', () => {
  it('is a claim of the area the paragraph placed it in; alone it is none', () => {
    const text =
      'Kursk\n\nOn 17 February two enemy companies attacked our positions near Sudzha, the brigade said. Having lost four vehicles, the enemy withdrew to its starting positions.';
    expect(draft(text).map((d) => [d.kind, d.region, d.places])).toEqual([
      ['contested', 'kursk', ['sudzha']],
      ['withdrawal', 'kursk', []],
    ]);
    expect(
      draft('Kursk\n\nHaving lost four vehicles, the enemy withdrew to its starting positions.'),
    ).toEqual([]);
  });

  it('reads "his troops are pulling back to more advantageous lines" after a placed claim', () => {
    const text =
      'Kursk\n\nRussia says Sudzha has been liberated. The same day Syrskyi says his troops are pulling back to more advantageous lines.';
    expect(draft(text).map((d) => [d.kind, d.region])).toEqual([
      ['control', 'kursk'],
      ['withdrawal', 'kursk'],
    ]);
  });

  it('reads "the attack had been repelled" after an attack placed before it', () => {
    const text =
      'Belgorod\n\nUkrainian units crossed the border near Demidovka on 18 March. The Defence Ministry said the same day that the attack had been repelled.';
    expect(draft(text).map((d) => [d.kind, d.claimant, d.region, d.places])).toEqual([
      ['advance', 'independent', 'belgorod', ['demidovka']],
      ['contested', 'ru-military', 'belgorod', []],
    ]);
  });
});

describe('", which they entered in May"', () => {
  it('is a claim of its own about the place before, at its own date', () => {
    const text =
      'Sumy\n\nThe occupiers still hold positions in the northern part of the village of Andriivka, which they entered in May, the community head said.';
    expect(draft(text).map((d) => [d.kind, d.date])).toEqual([
      ['control', '2025-05-20'],
      ['advance', '2025-05-01'],
    ]);
  });
});

describe('a distance to a place named', () => {
  it('says where, not how far anyone went: "less than forty kilometres to Sudzha"', () => {
    const text =
      'Kursk\n\nFrom here it is less than forty kilometres to Sudzha, the town that Ukrainian formations seized last August.';
    expect(draft(text)[0]).toMatchObject({ kind: 'control', figures: [] });
  });
});

describe('a distance with its conversion in brackets', () => {
  it('still says where a village is: "about 10 km (6 miles) south of Pokrovsk"', () => {
    const text =
      'Pokrovsk\n\nThe ministry said its troops had taken control of Vodiane Druhe, a village about 10 km (6 miles) south of Pokrovsk.';
    expect(draft(text)[0]).toMatchObject({ kind: 'control', figures: [] });
  });
});

describe('ground told of by pointing back', () => {
  it('"reported its liberation on March 12; a day later, ... Sudzha": two claims, each its day', () => {
    const text =
      'Kursk\n\nRussian troops entered the village of Kazachya Loknya in March. The Defence Ministry reported its liberation on March 12; a day later, it announced that Sudzha was once again under Russian control.';
    expect(draft(text).map((d) => [d.kind, d.date, d.places])).toEqual([
      ['advance', '2025-03-01', []],
      ['control', '2025-03-12', []],
      ['control', '2025-03-13', ['sudzha']],
    ]);
  });

  it('"the whole northern part of it" after a town: that town, for the editor to name', () => {
    const text =
      'Zaporizhzhia\n\nRogov: Our units are fighting in Stepnohirsk itself. The whole northern part of it is already under our control.';
    const [, part] = draft(text);
    expect(part).toMatchObject({ kind: 'control', places: [], region: 'zaporizhzhia' });
    expect(part.review).toContain(
      `"the town" or "there" may be a place of ${draft(text)[0].id}: add it if so`,
    );
  });

  it('"positions they have taken there" in an answer, with the area told of before', () => {
    const text =
      'Zaporizhzhia\n\nRK: What is happening near Stepnohirsk in the Zaporizhzhia region?\n\nRogov: That is their usual fantasy. Our fighters hold every position they have taken there, and anyone can check it.';
    expect(draft(text).at(-1)).toMatchObject({ kind: 'control', places: [], region: 'zaporizhzhia' });
  });
});

describe('a denial announced, then told in the next sentence', () => {
  const drafted = (text: string) => draft(text).map((d) => [d.id, d.kind, d.claimant, d.denies ?? null]);

  it('is one claim, the telling, answering what the announcement did', () => {
    expect(
      drafted(
        'Sumy\n\nRussia said on Monday its forces had taken Tetkino. Kyiv disputed the Russian account. "Tetkino is ours," a spokesman said.',
      ),
    ).toEqual([
      ['T-d1', 'control', 'ru-official', null],
      ['T-d2', 'control', 'ua-official', 'T-d1'],
    ]);
    expect(
      drafted(
        'Kursk\n\nUkraine said on Monday its forces still held Tetkino. Governor Khinshtein dismissed that within hours. "There is not a single Ukrainian soldier left on Kursk soil," he wrote.',
      ),
    ).toEqual([
      ['T-d1', 'control', 'ua-official', null],
      ['T-d2', 'contested', 'ru-official', 'T-d1'],
    ]);
  });

  it('stays before a strike told in a quotation: no ground, no telling of it', () => {
    expect(
      drafted(
        'Kursk\n\nRussia said on Monday its forces had taken Tetkino. Kyiv disputed the Russian account. "Russian drones hit a bus in Sumy overnight," Kyiv said.',
      ).map(([, kind]) => kind),
    ).toEqual(['control', 'contested', 'strike']);
  });

  it('stays when what follows is another claim, or when it tells the denial itself', () => {
    expect(
      drafted(
        'Kursk\n\nRussia said on Monday its forces had taken Tetkino. Kyiv disputed the Russian account. Fighting went on near Tetkino on Monday, the ministry said.',
      ).map(([id]) => id),
    ).toEqual(['T-d1', 'T-d2', 'T-d3']);
    expect(
      drafted(
        'Kursk\n\nRussia said on Monday its forces had taken Tetkino. This is a lie: our defenders hold the village. "Tetkino is ours," a spokesman said.',
      ).map(([id]) => id),
    ).toEqual(['T-d1', 'T-d2', 'T-d3']);
  });
});

describe('two strikes in one sentence, told by two speakers', () => {
  it('are two events, each with its own place', () => {
    const text =
      'Belgorod\n\nThe governor reported that a drone hit a minibus in Shebekino on Wednesday, wounding three passengers, and the city administration said debris from a downed drone damaged the roof of a shopping centre in Belgorod on Monday.';
    expect(draft(text).map((d) => [d.kind, d.places, d.date])).toEqual([
      ['strike', [], '2025-05-14'],
      ['strike', ['belgorod-city'], '2025-05-19'],
    ]);
  });
});
