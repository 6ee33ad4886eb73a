/**
 * Settings as a file: what export writes and what import accepts. Pure, so every kind of bad file is
 * unit-tested. An import changes nothing unless the whole file is understood.
 */
import { isRecord, normalize } from './schema';
import type { Settings } from './schema';

export const EXPORT_APP = 'lede';
export const EXPORT_KIND = 'settings';
/** A settings file is a few hundred bytes; anything far larger is not one. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export interface SettingsFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now = new Date()): string {
  const file: SettingsFile = { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `lede-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'This file is too large to be Lede settings.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it cannot be Lede settings. Nothing was changed.' };
  }
  if (!isRecord(data) || data.app !== EXPORT_APP || data.kind !== EXPORT_KIND) {
    return { ok: false, message: 'This file is not a Lede settings file. Nothing was changed.' };
  }
  const settings = data.settings;
  const versioned =
    isRecord(settings) && (typeof settings.schemaVersion === 'number' || typeof settings.version === 'number');
  if (!versioned) {
    return { ok: false, message: 'This Lede file has no settings in it, or they are damaged. Nothing was changed.' };
  }
  return { ok: true, settings: normalize(settings) };
}
