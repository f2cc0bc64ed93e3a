/**
 * Keeps the document's share tags on the view: Open Graph title, description and URL, and
 * the oEmbed discovery link of the view's area (see ../lib/embedding/share.ts). Tags the page
 * lacks are added; values are set as attributes, never parsed as markup.
 */
import type { ShareTags } from '../lib/embedding/share';

function element(selector: string, make: () => HTMLElement): HTMLElement {
  return document.head.querySelector<HTMLElement>(selector) ?? document.head.appendChild(make());
}

export function setShareTags(tags: ShareTags): void {
  for (const [property, content] of Object.entries(tags.meta)) {
    const meta = element(`meta[property="${property}"]`, () =>
      Object.assign(document.createElement('meta'), { content: '' }),
    );
    meta.setAttribute('property', property);
    meta.setAttribute('content', content);
  }
  const link = element('link[rel="alternate"][type="application/json+oembed"]', () => {
    const l = document.createElement('link');
    l.rel = 'alternate';
    l.type = 'application/json+oembed';
    l.title = 'Frontline map';
    return l;
  });
  link.setAttribute('href', tags.oembed);
}
