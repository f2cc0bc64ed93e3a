/**
 * What to say when a file cannot be read. A browser hides why a request failed, but a
 * request to another origin that fails outright is almost always the host not allowing this
 * page to read it (no CORS header), which only the host can fix: say so, and what to send.
 */
export const CORS_HEADER = 'Access-Control-Allow-Origin';

export function unreadable(url: URL, pageOrigin: string): string {
  if (url.origin === pageOrigin) return `${url.pathname}: the request failed (network error)`;
  return (
    `${url.href} could not be read from this page: the server at ${url.origin} must send the ` +
    `header ${CORS_HEADER} (see "Hosting on another origin" in the embedding guide)`
  );
}
