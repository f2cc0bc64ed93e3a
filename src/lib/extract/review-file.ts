/** What the review page gets for one drafts file (served by scripts/lib/review-server.ts). Types only. */
import type { Place } from '../claims/schema';
import type { DraftsFile } from './drafts-file';

export interface ReviewFile {
  name: string;
  drafts: DraftsFile | null;
  /** Why the drafts file or its article could not be used, in the editor's words. */
  problems: string[];
  /** The article's text, when it is the one the drafts were made from. */
  article: string | null;
  /** The gazetteer's entries for the places the drafts name. */
  places: Record<string, Pick<Place, 'id' | 'names' | 'oblast'>>;
}
