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
