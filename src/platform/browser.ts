/**
 * The one import of the WebExtension API for shared code: webextension-polyfill gives promise-based
 * `browser.*` in Chrome and is the native object in Firefox. Importing it outside an extension throws,
 * so pure modules (src/core, src/reader, src/settings/schema) never import this file.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
