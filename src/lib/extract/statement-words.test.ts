import { describe, expect, it } from 'vitest';
import { kindOf } from './kind';

describe('kindOf: statements (and a quoted word of taking) first seen in blind sets heldout97 to heldout108', () => {
  // Sentences written for these tests, not taken from any outlet.
  it.each([
    // a warning told beside the strikes it warns of, however long the list of whom it warns
    [
      'The governor warned residents of Krasnaya Yaruga and the surrounding villages not to use the road after dark, as drones attack cars.',
      'statement',
    ],
    [
      'Fedorov urged families still living in frontline villages around Stepnohirsk and Prymorske to leave, after shelling killed two.',
      'statement',
    ],
    ['I ask everyone who is still there to leave now.', 'statement'],
    // a side's stated aim
    ['Moscow says its aim is a "buffer zone" along the border.', 'statement'],
    ["Moscow's goal remained the liberation of the whole region.", 'statement'],
    ['Putin has said he wants a buffer zone along the border with Sumy region.', 'statement'],
    ['The president set the task of completely defeating the enemy grouping.', 'statement'],
    ['He said the Ukrainian units encircled there should lay down their arms.', 'statement'],
    // (heldout113-119) a buffer zone decided, said to be created, or as deep as it must be
    [
      'Putin said on 22 May that Russia had decided to create a "security buffer zone" along the border.',
      'statement',
    ],
    [
      'On 22 May the president announced that a "security buffer zone" would be created along the border.',
      'statement',
    ],
    [
      "Peskov repeated that Moscow's aim in Sumy Oblast was a security buffer zone along the border.",
      'statement',
    ],
    ['Peskov said the buffer zone would be "as deep as security requires".', 'statement'],
    // (not a gain told as serving that aim)
    [
      'Continuing to create a security zone along the state border, units have advanced up to 2 kilometres.',
      'advance',
    ],
    ['I ask you to trust only official sources.', 'context'],
    // heldout105-108: a zone being made, a goal set out, a priority, fighting on until they leave
    ['Putin said his army was creating a "security buffer zone" along the border.', 'statement'],
    ['It is a goal President Vladimir Putin set out in May.', 'statement'],
    ["Clearing the region remains Moscow's priority, the ministry said.", 'statement'],
    ['He said Russia would not discuss a ceasefire until the last Ukrainian soldier has left.', 'statement'],
    ['The fighting would continue until Ukrainian forces leave the Donetsk region.', 'statement'],
    ['Saldo said the city of Zaporizhzhia would "come home".', 'statement'],
    // a word of taking quoted: "had "fully taken" Shcherbaky"
    ['He wrote that Russian forces had "fully taken" Shcherbaky.', 'control'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});
