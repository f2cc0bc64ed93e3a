/** English, the default language: the messages themselves are in src/messages/en.json. Pure. */
import en from '../../messages/en.json' with { type: 'json' };
import { makeLocale } from './locale';

export const ENGLISH = makeLocale('en', en);
