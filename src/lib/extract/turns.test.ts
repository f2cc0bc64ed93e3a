/**
 * A transcript's turns as web pages and podcasts print them: a label in bold, and a guest
 * who reports others' words (a corps, a capital, a brigade's post, a commander named just
 * before "He said"). Articles written for these tests, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';

const source = { id: 'T', outlet: 'Test Courier', title: 'T', published: '2025-11-07' };
const claimants = (text: string) =>
  draftClaims({ text, source }, gazetteer).drafts.map((d) => [
    text.slice(d.span[0], d.span[1]).slice(0, 24),
    d.claimant,
  ]);

describe("a transcript's turns", () => {
  it('reads a label in bold as a turn, its speaker someone the article introduced', () => {
    const text = `A commander on the Sumy front

We spoke to the commander of a battalion holding this sector. He asked to be identified only by his call sign, Borsuk.

**Courier:** Let's start with Monday's announcement.

**Borsuk:** The village of Kindrativka is ours. In May we had to pull back from Novenke and Basivka.`;
    expect(claimants(text)).toEqual([
      ['**Borsuk:** The village ', 'ua-military'],
      ['In May we had to pull ba', 'ua-military'],
    ]);
  });

  it("reads a label after a podcast's timestamp as a turn (heldout164)", () => {
    const text = `A commander on Pokrovsk

Test Podcast, episode 12. Translated from Ukrainian.

[00:00:12] HOST: My guest commands a mechanised brigade. He'll just be Sova, his call sign.

[00:00:38] HOST: Russia says it took Kotlyne. Is that true?

[00:00:47] SOVA: No. We pulled out of Selydove last October, but Myrnohrad is held by our brigades.`;
    expect(claimants(text).slice(-2)).toEqual([
      ['[00:00:47] SOVA: No. We ', 'ua-military'],
      ['Myrnohrad is held by our', 'ua-military'],
    ]);
  });

  it("gives a guest's report of others' words to those others", () => {
    const text = `Who holds Pokrovsk?

HOST: What is Kyiv saying?

GUEST: The Seventh Corps, which is responsible for Pokrovsk, says Ukrainian units still hold the northern districts. Syrskyi went further on Monday. He said his troops had cleared several blocks in Pokrovsk. A Ukrainian brigade in the area posted that it had pulled back from two positions near Myrnohrad. Moscow says its troops have entered the eastern outskirts of Myrnohrad.`;
    expect(claimants(text)).toEqual([
      ['GUEST: The Seventh Corps', 'ua-military'],
      ['He said his troops had c', 'ua-military'],
      ['A Ukrainian brigade in t', 'ua-military'],
      ['Moscow says its troops h', 'ru-official'],
    ]);
  });
});

describe('a summary quoted whole', () => {
  it('gives a sentence naming its own source, "According to the Southern Defence Forces", to that source', () => {
    const text = `Zaporizhzhia

Below is our translation of this morning's summary from the Zaporizhzhia Regional Military Administration, published on its Telegram channel.

"Over the past day, the occupiers struck 17 settlements of the region.

At about 03:40 the enemy struck the city of Zaporizhzhia with guided bombs.

According to the Southern Defence Forces, Russian troops attacked Ukrainian positions near Stepnohirsk 14 times."`;
    expect(claimants(text).at(-1)).toEqual(['According to the Souther', 'ua-military']);
  });
});

describe("a broadcast script's recorded comments", () => {
  it('gives "SOUNDBITE, serviceman, call sign ..." to a soldier of the side the script speaks for, and a named one to that person', () => {
    const text = `Evening news: the Zaporizhzhia direction

CORRESPONDENT: The Ukrainian nationalists had turned every house into a firing point.

SOUNDBITE, serviceman, call sign "Kedr": We went in at night. Now we hold the whole western edge of Shcherbaky.

SOUNDBITE, Yevgeny Balitsky: Stepnohirsk will be liberated soon, and today our troops hold Mali Shcherbaky.`;
    expect(claimants(text)).toEqual([
      ['Now we hold the whole we', 'ru-military'],
      ['SOUNDBITE, Yevgeny Balit', 'ru-official'],
    ]);
  });

  it('gives what a guest reports another "is writing" to that other', () => {
    const text = `Evening news

SOUNDBITE, OLEG SOROKIN, HEAD OF THE KRASNAYA YARUGA DISTRICT: "I have seen what the Ukrainian General Staff is writing, that their units have taken Demidovka."`;
    expect(claimants(text).at(-1)?.[1]).toBe('ua-military');
  });

  it('gives what a guest reports others "claim" or "deny" to them (heldout114)', () => {
    const text = `Podcast

ANNA CLARKE: Our guest is Marta Kowalczyk, an analyst at a research institute in Warsaw. Is there anything in the reports from Sumy?

MARTA KOWALCZYK: I'd be cautious. Some Russian war channels claim their units have crossed into Sumy region near Basivka. Ukraine's border guards deny it outright.`;
    expect(claimants(text).map(([, c]) => c)).toEqual(['ru-milblogger', 'ua-military']);
  });

  it('reads a role label with the name in brackets, and the same role shortened later (heldout120)', () => {
    const text = `Hearing

CHAIR (Ruslan Dovhal): Deputy Minister, you have the floor.

DEPUTY MINISTER OF DEFENCE (Viktor Sadovyi): The occupiers have occupied eleven villages near Yunakivka. Last week our assault units liberated Andriivka.

MP IRYNA HAVRYLIUK: What about Yunakivka itself?

DEPUTY MINISTER: We are holding Yunakivka.`;
    expect(claimants(text).map(([, c]) => c)).toEqual(['ua-military', 'ua-military', 'ua-military']);
  });
});
