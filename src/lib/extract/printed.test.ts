import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { reproduced } from './quotations';

const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-07-22' };
const claimants = (text: string) =>
  draftClaims({ text, source }, gazetteer).drafts.map((d) => [
    text.slice(d.span[0], d.span[1]).slice(0, 24),
    d.claimant,
  ]);

describe('an address printed whole, first seen in blind set heldout100', () => {
  // Written for these tests, not from any outlet.
  const text = `Gladkov's evening address, in full

Belgorod region governor Vyacheslav Gladkov recorded his video address on Sunday. Russian bloggers wrote that Ukrainian troops were attacking near Demidovka.

We publish the address below, shortened.

* * *

Good evening. Grafovka is under the control of our forces, and I spoke to the commanders this evening. Near Demidovka the enemy was thrown back.

Just now I spoke with the commander of the Sever group. He says his units have cleared the forest north of Popovka.`;
  it('gives it to whom the lines before say made it, not to the bloggers cited last or the commanders spoken to', () => {
    expect(claimants(text)).toEqual([
      ['Russian bloggers wrote t', 'ru-milblogger'],
      ['Grafovka is under the co', 'ru-official'],
      ['Near Demidovka the enemy', 'ru-official'],
      ['He says his units have c', 'ru-military'],
    ]);
  });
});

describe("a side's report printed whole, then the outlet's commentary, first seen in blind set heldout98", () => {
  // Written for these tests, not from any outlet.
  const text = `The General Staff's morning report, and what it leaves out

Test Wire publishes the southern section of the General Staff's operational update in our translation, followed by our commentary.

THE REPORT

In the Orikhiv direction, the occupiers stormed our positions near Stepnohirsk. Our defenders restored a lost position on the southern outskirts of Mali Shcherbaky.

OUR COMMENTARY

Our own reading of the footage is that Stepnohirsk itself remains in Ukrainian hands. We have seen no footage to support the Russian claim.`;
  it('finds the report announced as "publishes the southern section of the General Staff\'s operational update"', () => {
    const [report] = reproduced(text);
    expect(text.slice(report.start, report.end)).toMatch(/^In the Orikhiv direction[^]*Mali Shcherbaky\.$/);
  });
  it("reads the report in its side's voice and the commentary after its heading in the outlet's", () => {
    expect(claimants(text)).toEqual([
      ['In the Orikhiv direction', 'ua-military'],
      ['Our defenders restored a', 'ua-military'],
      ['Our own reading of the f', 'independent'],
      ['We have seen no footage ', 'independent'],
    ]);
  });
});

describe('an interview with a village head, first seen in blind set heldout101', () => {
  // Written for these tests, not from any outlet.
  const text = `"I count people": a Sumy village head on life beside the front

Halyna Petrenko has been the starosta, the elected head, of Yablunivka since 2021. Test Wire reached her by phone.

Q: Russia says it took Oleksiivka in the Sumy region. Is that true?

A: No. Our soldiers still hold the southern half of Oleksiivka, I talk to their company commander every day. But Yablunivka is ours.`;
  it('gives the answers to her, not to the commander she talks to or the ministry the question cites', () => {
    expect(claimants(text)).toEqual([
      ['Q: Russia says it took O', 'ru-official'],
      ['A: No. Our soldiers stil', 'ua-official'],
      ['But Yablunivka is ours.', 'ua-official'],
    ]);
  });
});

describe('a translated report naming its speaker after the role, first seen in blind set heldout97', () => {
  // Written for these tests, not from any outlet.
  it('gives "X refuted this statement: ..." to X, of the role the report gave him', () => {
    const text = `Sumy direction: the day's news

In the Sumy direction, the enemy attacked near Yunakivka, said on the air the spokesperson of the operational-tactical group "Siver" Maksym Tkachuk.

Yesterday the Ministry of Defense of the Russian Federation announced the "liberation" of Andriivka in Sumy region.

Maksym Tkachuk refuted this statement: "Andriivka is under the control of our units."`;
    expect(claimants(text).at(-1)).toEqual(['Maksym Tkachuk refuted t', 'ua-military']);
  });
});

describe('interviews and briefings first seen in blind sets heldout107 and heldout108', () => {
  // Written for these tests, not from any outlet.
  it("gives a dashed interview's answers to the commander spoken with, of the side his own words take", () => {
    const text = `"The next house": a channel talks to an assault commander

We spoke on Tuesday in a basement with the commander of an assault detachment, call sign Tundra.

— Where are your guys right now?

— In the city. We are in Krasnoarmeysk, in the southern part. In July we took Zvirove near Pokrovsk.

— And Rodynske?

— Rodynske, yes, there is fighting there.`;
    expect(claimants(text).filter(([, c]) => c !== 'ru-military')).toEqual([]);
    expect(claimants(text).length).toBeGreaterThan(1);
  });
  it("reads a colonel of the Defence Forces as Ukraine's, though he speaks of Russia's Belgorod region", () => {
    const text = `Kyiv. Ukrainian units are holding their positions in Russia's Belgorod region, the spokesman for the operational command of the Defence Forces, Colonel Oleksandr Danylenko, said.

Fighting is continuing on the approaches to Grafovka, Danylenko added.`;
    expect(claimants(text).at(-1)).toEqual(['Fighting is continuing o', 'ua-military']);
  });
});

describe('a summary printed as "the following is the full text", first seen in blind set heldout116', () => {
  // Written for these tests, not from any outlet.
  const text = `Defence ministry summary: full text in translation

[Translator's note: The following is the full text of the summary the Russian Ministry of Defence posted on its channel on 21 June.]

Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 21 June 2025)

Units of the Dnepr group of forces took up more advantageous lines near Stepnogorsk. Three counterattacks by assault groups of the 65th mechanised brigade near Malye Shcherbaki were repelled.

A strike with high-precision weapons was delivered on a fuel depot near the city of Sumy.`;
  it('gives every line of it to the ministry, not a brigade it tells of, nor the outlet', () => {
    expect(claimants(text)).toEqual([
      ['Units of the Dnepr group', 'ru-military'],
      ['Three counterattacks by ', 'ru-military'],
      ['A strike with high-preci', 'ru-military'],
    ]);
  });
});

describe('a channel\'s summary printed as "Below is the full text of", first seen in blind set heldout122', () => {
  // Written for these tests, not from any outlet.
  const text = `"Three quarters of the city is ours": a pro-Kremlin channel's evening summary, translated in full

Test Monitor translates material from Russian war channels. Below is the full text of the evening summary posted on Wednesday by Pole Boya Z, a channel close to units of the Tsentr group.

SUMMARY OF THE DAY

Our assault groups have reached the railway station of Krasnoarmeysk. Fighting goes on in the northern part of Pokrovsk.`;
  it("gives its lines to the channel's side, not the outlet", () => {
    expect(claimants(text).map(([, c]) => c)).toEqual(['ru-milblogger', 'ru-milblogger']);
  });
});

describe('an address announced as "posted the following video address", first seen in blind set heldout126', () => {
  // Written for these tests, not from any outlet.
  const text = `Gladkov's evening address: full text in translation

Belgorod Region Governor Vyacheslav Gladkov posted the following video address on his channel on Wednesday. It is translated in full.

Good evening, dear residents. Yesterday the so-called General Staff of the Armed Forces of Ukraine claimed that its units had taken Demidovka. This is a lie: Demidovka is held by our servicemen.`;
  it('gives the address to the governor, and what it quotes to whom it names', () => {
    expect(claimants(text).map(([, c]) => c)).toEqual(['ua-military', 'ru-official']);
  });
});

describe("a memoir's pages printed under a title, a byline and a part number, first seen in blind set heldout155", () => {
  // Written for these tests, not from any outlet.
  const text = `"Back from Sudzha": a commander remembers

Editor's introduction

Major Ivan Testenko commanded an assault battalion through the operation. The pages below come from his memoir. They are translated from Ukrainian and lightly abridged.

From "Back from Sudzha"

By Ivan Testenko

I.

In September the enemy brought in marines. They took back six villages in ten days.

II.

By the end of December we held perhaps 600 square kilometres.`;
  it('reads the pages from the part number on, past the title and the byline', () => {
    const [memoir] = reproduced(text);
    expect(text.slice(memoir.start, memoir.end)).toMatch(/^I\.\n\nIn September[^]*600 square kilometres\.$/);
    expect(memoir.name).toBe('Ivan Testenko');
  });
  it('gives them to the author, of the side whose language they were translated from', () => {
    expect(claimants(text)).toEqual([
      ['They took back six villa', 'ua-military'],
      ['By the end of December w', 'ua-military'],
    ]);
  });
});
