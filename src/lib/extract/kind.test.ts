import { describe, expect, it } from 'vitest';
import { denies } from './claimant';
import { holderOf, kindOf } from './kind';

// Sentences written for these tests in news style, not taken from any outlet.
describe('kindOf', () => {
  it.each([
    ['Ukrainian forces withdrew from Sudzha after weeks of fighting.', 'withdrawal'],
    ['Russian troops captured the village on Saturday.', 'control'],
    ['The town has fallen, the ministry said.', 'control'],
    ['Kyiv said its troops still held a narrow strip of the region.', 'control'],
    ['Ukrainian units advanced 5 kilometres towards the town.', 'advance'],
    // (heldout129-132: a depth told as how deep they went)
    ['In some places they have gone six to eight kilometres deep.', 'advance'],
    ['The depth of its penetration does not exceed 6-8 km.', 'advance'],
    ['My battalions went as deep as 28 kilometres.', 'advance'],
    ['Russian units emerged behind Ukrainian lines near Sudzha.', 'advance'],
    // (heldout129, heldout131: "did leave", part of a place left; driven out with no place after)
    ['We did leave the northern part in early November.', 'withdrawal'],
    ['Russia says they have been driven out.', 'control'],
    // (heldout138: a timeline in the present; a retreat called a move to "more favourable lines")
    ['6 August 2024 — Ukrainian brigades cross the border west of Sudzha before dawn.', 'advance'],
    ['The General Staff says its units are moving to "more favourable lines".', 'withdrawal'],
    ['The ministry claims to have won back more than 60% of the ground.', 'control'],
    // an attack thrown back is a fight for the ground, not a gain
    ['Near Demidovka the enemy was thrown back.', 'contested'],
    ['Russian assault groups broke into Mali Shcherbaky.', 'advance'],
    ['Heavy fighting continued on the outskirts of Pokrovsk.', 'contested'],
    ['A drone strike injured two people in Sumy.', 'strike'],
    ['A glide bomb struck a school, the second attack on the city in two days.', 'strike'],
    ['Russian infantry launched an attack on the village at dawn.', 'contested'],
    ['Putin vowed to secure the border regions.', 'statement'],
    ['Ukrainian assault groups tried to break through near the village.', 'contested'],
    ['All attacks, it said, had been repelled.', 'contested'],
    ['"Kamianske is half theirs, half ours," he says.', 'contested'],
    ['Units were destroying the remnants of Ukrainian formations south of Popovka.', 'contested'],
    ['Twenty-six villages that the enemy seized last August are free again.', 'control'],
    ['The enemy keeps trying to capture Kamianske.', 'contested'],
    ['The operation would continue until the area was fully cleared.', 'statement'],
    ['It took almost everyone by surprise.', 'context'],
    ['If Russia were to take Stepnohirsk, its guns would reach the city.', 'context'],
    ['If Ukraine were forced to withdraw from the high ground, the road would open.', 'context'],
    ['Russian forces could capture the town within weeks.', 'context'],
    ['Russian forces had taken four settlements.', 'control'],
    ['We are still in Popovka, in the western part of the village.', 'control'],
    ['The village is a grey zone that neither side can hold.', 'contested'],
    ['Basivka has not been captured, whatever they say on television.', 'contested'],
    ['The troops are still in good spirits.', 'context'],
    // the adjective, the noun, people leaving, what would have been: none is ground changing hands
    ['Denis Pushilin, the head of occupied Donetsk, spoke on television.', 'context'],
    ["Russia's advance on Pokrovsk has slowed in recent weeks.", 'context'],
    ['The last evacuation bus left Bilovody on Thursday.', 'context'],
    ['Our troops left Bilovody on Thursday.', 'withdrawal'],
    ['He said Ukrainian units had "fled" Mali Shcherbaky.', 'withdrawal'],
    ['Kurakhove, further south, fell in early January.', 'control'],
    ['Shells, as usual, fell on the market.', 'strike'],
    // (heldout88, 91, 94) a warning told with the strikes it warns of
    [
      'Gladkov warned residents not to drive on the road after dark, saying drones were hunting cars.',
      'statement',
    ],
    ['Thousands of residents fled Sumy last year.', 'context'],
    ['Holding the strongpoint would have cost us everyone there.', 'context'],
    ['Several analysts said they expected Moscow to try to take the town.', 'context'],
    ['Our lads finished clearing Mali Shcherbaky overnight.', 'control'],
    ['We took this street back in August.', 'control'],
    ['Sudzha is Russian again.', 'control'],
    ['Seven of the villages are now under occupation.', 'control'],
    ['The Russians have crept closer to Stepnohirsk along the river.', 'advance'],
    ['On Thursday they got as far as the school.', 'advance'],
    ['Our troops are now on the approaches to Huliaipole from the east.', 'advance'],
    ['Oleh, a drone operator, scrolls through drone footage of the fields.', 'context'],
    ['The enemy attacked 37 times near Lysivka and Selydove.', 'contested'],
    ['Russian units attempted to cross the state border near Myropillia.', 'contested'],
    ['Pushilin vowed on Tuesday that Krasnoarmeysk would be liberated before the new year.', 'statement'],
    ['The minister warned that Moscow was gathering reserves for a spring offensive.', 'statement'],
    ['Balitsky said Russia intended to take Zaporizhzhia, the regional capital.', 'statement'],
    ['The president repeated his demand that Kyiv withdraw its troops from the region.', 'statement'],
    ['We assess that the enemy will likely try to advance towards the river in the coming weeks.', 'context'],
    ['Analysts expect Moscow to keep up the pressure on the town through the winter.', 'context'],
    ['Russian troops are likely to attack the bridgehead again.', 'context'],
    ['Russian forces attacked Zaporizhzhia nine times overnight with drones.', 'strike'],
    ['The region is home to about a million people.', 'context'],
    // a side saying none of its ground is lost denies the other side took any
    ["Not one village of our district has been under the enemy's control.", 'contested'],
    ['The governor insisted that no village in the region had been lost.', 'contested'],
    ['Russian forces took nearby Selydove in October.', 'control'],
    ['Within a fortnight they had taken a string of villages.', 'control'],
    ['The enemy unsuccessfully attacked twice in the area of the bridge.', 'contested'],
    ['Russian forces stepped up assaults on the town but have made no gains.', 'contested'],
    ['The president warned of a possible offensive against the region.', 'statement'],
    ['On Wednesday, Putin made his first visit to the Kursk region since the incursion.', 'statement'],
    // the fighting, or an offensive, talked about: no claim that it goes on anywhere
    ['Moscow and Kyiv gave sharply different accounts of the fighting near Sudzha.', 'context'],
    ['A soldier described the fighting near Yunakivka to us.', 'context'],
    ['Moscow presented its spring offensive on the border as a defensive measure.', 'context'],
    ['Fighting went on near Yunakivka all night.', 'contested'],
    ['Novohrodivka fell in September 2024.', 'control'],
    ['The difference matters: whoever holds Guevo overlooks the road.', 'context'],
    ['Shells fell on the market in Sumy.', 'strike'],
    ['Pokrovsk has not fallen, whatever Moscow says.', 'contested'],
    ['Russian infantry have been filtering into the city in small groups.', 'advance'],
    // (heldout113)
    ['Our units moved the line forward by about 1.5 kilometres.', 'advance'],
    // (heldout122) the ministry's phrase for a gain
    ['Its forces had "improved their tactical position" near Stepnohirsk.', 'advance'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});

describe('holderOf', () => {
  it('takes the first force named', () => {
    expect(
      holderOf('Ukrainian forces withdrew as Russian troops advanced.', { speaker: 'ru', denial: false }),
    ).toBe('ua');
    expect(
      holderOf('Russian troops took the village from Ukrainian units.', { speaker: 'ua', denial: false }),
    ).toBe('ru');
    expect(
      holderOf('The village was cleared of Ukrainian troops.', { speaker: null, denial: false }),
    ).toBeUndefined();
    expect(
      holderOf('Its troops retook the village from Ukrainian units.', { speaker: 'ru', denial: false }),
    ).toBe('ru');
    expect(holderOf('The enemy withdrew from the outskirts.', { speaker: 'ua', denial: false })).toBe('ru');
    expect(
      holderOf('The town is back in Russian hands, Kyiv conceded.', { speaker: 'ua', denial: false }),
    ).toBe('ru');
    // (heldout115) a country holding: "Russia occupies about 75% of the region"
    expect(holderOf('Russia occupies about 75% of the region.', { speaker: null, denial: false })).toBe('ru');
    expect(holderOf('Ukraine still holds the city.', { speaker: null, denial: false })).toBe('ua');
  });

  it('falls back on the speaker, who answers the other side when denying', () => {
    expect(
      holderOf('The ministry said it had liberated the village.', { speaker: 'ru', denial: false }),
    ).toBe('ru');
    expect(holderOf('Kyiv denied that the town had fallen.', { speaker: 'ua', denial: true })).toBe('ru');
    expect(holderOf('The town fell.', { speaker: null, denial: false })).toBeUndefined();
    expect(
      holderOf('Sudzha was reported to have been retaken.', { speaker: null, denial: false, home: 'ru' }),
    ).toBe('ru');
  });
});

describe('kindOf, on what writers vary', () => {
  it('reads a vow not to give ground, fighting told by direction, positions left, groups sent', () => {
    expect(kindOf("Ukraine will not withdraw from the area on anyone's request.")).toBe('statement');
    expect(kindOf("We won't abandon Kupiansk.")).toBe('statement');
    expect(kindOf('Ukrainian forces also recently attacked southeast of Sudzha.')).toBe('contested');
    expect(kindOf('Near the river we left two positions that bombs had flattened.')).toBe('withdrawal');
    expect(kindOf('Every day they send small groups against our positions near Khotin.')).toBe('contested');
    expect(kindOf('Russian forces have also stepped up attacks on Myrnohrad.')).toBe('contested');
    expect(kindOf('His troops were manoeuvring "to more favourable lines" where necessary.')).toBe(
      'withdrawal',
    );
    expect(kindOf('Video shows infantry moving through the hospital complex in central Selydove.')).toBe(
      'advance',
    );
    expect(kindOf('Troops had taken the nearby settlement of Shakhove.')).toBe('control');
  });

  it('reads no claim in what is not done: "rather than storm them", "has not announced its capture"', () => {
    expect(kindOf('The command prefers to cut supply roads rather than storm towns head-on.')).toBe(
      'context',
    );
    expect(kindOf("Moscow has not announced the town's capture.")).toBe('context');
  });

  it('reads an aim, "got into", attacks beaten off, a front line running through, and background of time', () => {
    expect(kindOf('Gerasimov said that completing "the liberation of the region" remained a priority.')).toBe(
      'statement',
    );
    expect(kindOf('Russian forces captured the village, which was the main objective.')).toBe('control');
    expect(kindOf('On the night of 18 March a group of them did get into Popovka.')).toBe('advance');
    expect(kindOf('Its troops had beaten off Ukrainian attacks towards Snagost.')).toBe('contested');
    expect(kindOf('Soldiers say the front line runs through its southern streets.')).toBe('contested');
    expect(
      kindOf('A month after its troops crossed the border, Ukraine insists the operation goes on.'),
    ).toBe('context');
    expect(kindOf('After weeks of fighting, Russian forces captured the village.')).toBe('control');
  });

  it('reads "move forward", "the seizure of", "pull back", and "wave after wave" as no clause of time', () => {
    expect(kindOf('"Our units continue to move forward in the region," Peskov said.')).toBe('advance');
    expect(kindOf('The ministry claimed the seizure of Shcherbaky.')).toBe('control');
    expect(kindOf('Last month we had to pull back to the tree lines south of it.')).toBe('withdrawal');
    expect(
      kindOf('Wave after wave of assault squads have stormed towards Stepnohirsk, home to 5,000 people.'),
    ).toBe('contested');
  });

  it('reads a place taken named before its clause ("Kurakhove, which Russia finally took in January")', () => {
    expect(
      kindOf('Kurakhove, which Russia finally took in January after a siege, tells the same story.'),
    ).toBe('control');
  });

  it('reads "taken the railway station" as ground taken and "rolled back" as a withdrawal', () => {
    expect(kindOf('The ministry announced that its troops had taken the railway station in the town.')).toBe(
      'control',
    );
    expect(kindOf('After two days the enemy has rolled back to the border.')).toBe('withdrawal');
  });
});

describe('kindOf, words first seen in blind sets heldout49 and heldout50', () => {
  // Sentences written for these tests, not taken from any outlet.
  it.each([
    ['Our army drove them out at the start of this month.', 'control'],
    ['Sadky is empty, but our soldiers are there.', 'control'],
    ['The channel says Ukrainian vehicles are still in the southern part of Demidovka.', 'control'],
    ['From what I hear, the Russians do not hold it.', 'contested'],
    ['On Tuesday it claimed Novoielyzavetivka as well.', 'control'],
    ['Novoielyzavetivka, I think, is genuinely lost.', 'control'],
    ['Ukrainian forces invaded the Kursk region in August.', 'advance'],
    ['Russian units took more advantageous lines and positions near Martynovka.', 'advance'],
    ['Pushilin said Russian forces would "liberate Krasnoarmeysk" this winter.', 'statement'],
    ['Balitsky said the aim of the offensive was to push Ukrainian artillery out of range.', 'statement'],
    [
      'The offensive in the Zaporozhye direction will continue until the tasks set are accomplished.',
      'statement',
    ],
    // (a fire that took hours to put out takes no ground)
    [
      'A glide bomb struck a plant in Zaporizhzhia, starting a fire that took several hours to put out.',
      'strike',
    ],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it.each([
    'The floods drove people out.',
    'The ministry claimed Ukrainian troops had fled.',
    'She claimed victory.',
    'Contact was lost at noon.',
    'Pokrovsk is not lost.',
    // an open question, the war as a place or a time
    'Whether Russia can bring enough troops to Sumy to threaten the city itself.',
    'We assess that the Russian command is likely trying to pin Ukrainian forces near Stepnohirsk.',
    'Khotin is the centre of a community of 28 villages that now lies closer to the fighting than any other.',
    'The front has been quiet since the failed Ukrainian counteroffensive of 2023.',
    'In Lgov, sixty kilometres from the fighting, people have grown used to the sirens.',
    "The channel posted the thread during Russia's counter-offensive in the region.",
    'Putin said Russia would take the rest of the oblast by military means unless Ukraine withdrew its troops.',
    // (a leading clause of time after a dateline is background too)
    'WASHINGTON — When Ukrainian troops crossed into the Kursk region on Aug. 6, Moscow was surprised.',
  ])('reads no ground changing hands in "%s"', (sentence) => expect(kindOf(sentence)).toBe('context'));
});

describe('kindOf and denies, words first seen in blind sets heldout59 and heldout60', () => {
  // Sentences written for these tests, not taken from any outlet.
  it.each([
    ['I warn those who have not left the community: staying there is a deadly risk.', 'statement'],
    ['The enemy "does not hold a single village in Belgorod region", the governor insisted.', 'contested'],
    ['Russian troops are surrounding the village.', 'contested'],
    // the month, not the verb of what might be
    ['Since the beginning of May they have advanced up to eight kilometres.', 'advance'],
    // a ministry's word for fighting, unless it is what someone is ordered to do
    ['Its units were "completing the destruction" of the Ukrainian grouping near Demidovka.', 'contested'],
    ['Putin ordered the command to complete the defeat of the enemy formations.', 'statement'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it.each([
    // an adjective, a warning others give of money, words not yet said
    'He asked residents of Krasnaya Yaruga and the surrounding villages to stay away.',
    'Partners warn that without more funding, the buses will stop.',
    'That is all I will say until the ministry announces the results.',
    'Russian troops may advance further in May.',
    'The garrison of the two towns faces a growing risk of encirclement.',
  ])('reads no claim in "%s"', (sentence) => expect(kindOf(sentence)).toBe('context'));

  it('reads "called the video staged" and "does not hold a single village" as denials', () => {
    expect(denies('Gladkov called the video staged.')).toBe(true);
    expect(denies('The enemy does not hold a single village in the district.')).toBe(true);
    expect(denies('The enemy holds a single village in the district.')).toBe(false);
  });
});

describe('kindOf, words first seen in blind sets heldout65 and heldout66', () => {
  // Sentences written for these tests, not taken from any outlet.
  it.each([
    ['One resident said the Russians came into Oleksiivka in June.', 'advance'],
    ['Since then no Russian soldier has set foot in Basivka.', 'contested'],
    ['By evening 12 more settlements had been freed.', 'control'],
    ['We took it back within four hours.', 'control'],
    ['Within days they had punched up to 30 kilometres into Kursk region.', 'advance'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it.each([
    'The hostages have been freed.',
    'He came into the room.',
    'When I go home, I will take them back.',
  ])('reads no ground in "%s"', (sentence) =>
    expect(kindOf(sentence)).not.toMatch(/control|advance|contested/),
  );
});

describe('kindOf, words first seen in blind sets heldout69 to heldout72', () => {
  // Sentences written for these tests, not taken from any outlet.
  it.each([
    [
      'Children will stay in Stary Oskol for as long as the shelling continues, and he vowed that every damaged home would be repaired.',
      'statement',
    ],
    ['I urge everyone who is still there to leave now.', 'statement'],
    ['Shelling continued until the evening.', 'strike'],
    ['Units had liberated Shcherbaky and were continuing to advance towards Stepnohirsk.', 'control'],
    // (the clause after a cut)
    ['were continuing to advance towards Stepnohirsk.', 'advance'],
    ['Pushilin said Krasnoarmeysk would be "fully liberated within weeks".', 'statement'],
    ['Malokaterynivka came under artillery fire overnight.', 'strike'],
    ['The enemy fired 14 mortar rounds at the village.', 'strike'],
    ['They write that the Ukrainians are sitting in Demidovka.', 'control'],
    ['Ukrainian armoured vehicles came right up to the edge of Grafovka.', 'advance'],
    [
      'Gerasimov tells Putin, who has visited a command post, that Russian forces have retaken 86 settlements.',
      'control',
    ],
    ['Zelensky, who visited troops on Monday, again ruled out a withdrawal from Pokrovsk.', 'statement'],
    ['Our positions on the edge of Pokrovsk are holding.', 'control'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});

describe('kindOf, words first seen in blind sets heldout153 to heldout156', () => {
  it('reads civilians who left a village as no withdrawal, and troops who left it as one', () => {
    expect(kindOf('Ask the people who left Prilesye and Gora-Podol why they left.')).toBe('context');
    expect(kindOf('The troops who left Sudzha regrouped.')).toBe('withdrawal');
  });
});
