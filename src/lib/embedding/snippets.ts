/**
 * The HTML an editor pastes into an article: an auto-height iframe, or the custom element.
 * Every value is escaped for an attribute; nothing the editor typed can close a tag. Pure.
 */
import { serializeViewState, type ViewState } from '../view/state';
import { serializeEmbedOptions, type EmbedOptions } from './options';

const escapeAttribute = (v: string) =>
  v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The embed page's URL for a view and options, under `base` (where dist/ is served). */
export function embedUrl(base: string, view: ViewState, options: EmbedOptions): string {
  const query = [serializeViewState(view).slice(1), serializeEmbedOptions(options)].filter(Boolean).join('&');
  return new URL(`embed.html?${query}`, base).href;
}

/** An iframe with the listener that lets it grow to its content (see the README). */
export function iframeSnippet(url: string, title: string, height = 620): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>
<script>
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
    document.querySelectorAll('iframe').forEach(function (f) {
      if (f.contentWindow === e.source) f.height = String(d.height);
    });
  });
</script>`;
}

/** The stylesheet, the script and the element with the view's and options' attributes. */
export function elementSnippet(base: string, view: ViewState, options: EmbedOptions): string {
  const attributes = new URLSearchParams([
    ...new URLSearchParams(serializeViewState(view)),
    ...new URLSearchParams(serializeEmbedOptions({ ...options, origins: null })),
  ]);
  const attrs = [...attributes].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  const at = (file: string) => escapeAttribute(new URL(file, base).href);
  return `<link rel="stylesheet" href="${at('frontline-map.css')}" />
<script type="module" src="${at('frontline-map.js')}"></script>
<frontline-map${attrs}></frontline-map>`;
}
