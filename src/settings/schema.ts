/**
 * Lede's settings: one typed model, its defaults, the migrations from older stored shapes, and
 * `normalize`, which turns anything read from storage or an imported file into valid settings.
 * Pure: no browser API, so it runs in unit tests and in every extension context.
 *
 * Rules `normalize` follows (it never throws):
 * - a missing key, or a value of the wrong type, takes its default;
 * - numbers out of range are CLAMPED to the nearest bound (the user asked for "bigger" or "smaller",
 *   so the closest valid value honours that better than the default does); non-finite numbers take the default;
 * - enumerations only accept their listed values; anything else takes the default;
 * - unknown keys are dropped; excluded sites are canonicalized, and invalid or duplicate ones dropped;
 * - an older `schemaVersion` is migrated step by step first; a newer one (written by a later Lede) is
 *   read as the current version, keeping whatever fits;
 * - anything that is not a plain object (null, strings, arrays, numbers) gives the defaults.
 */
import { canonicalHostname, parseSiteInput } from './hostnames';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontChoice = 'serif' | 'sans' | 'mono';
export type KeyPointCount = 'auto' | 3 | 5 | 7;
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

export interface Settings {
  schemaVersion: number;
  appearance: { theme: Theme; font: FontChoice; fontSize: number; lineHeight: number; contentWidth: number };
  keyPoints: { count: KeyPointCount; showPanel: boolean; highlightInline: boolean; highlightColor: HighlightColor };
  reader: { showReadingTime: boolean };
  detection: { enabled: boolean; excludedSites: string[] };
}

export type DeepPartial<T> = T extends readonly (infer _U)[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export const SCHEMA_VERSION = 2;

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONTS: readonly FontChoice[] = ['serif', 'sans', 'mono'];
export const KEY_POINT_COUNTS: readonly KeyPointCount[] = ['auto', 3, 5, 7];
export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

/** Ranges of the numeric settings, with the step the controls use. */
export const RANGES = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  contentWidth: { min: 480, max: 760, step: 20 },
} as const;

/** More excluded sites than anyone types by hand; a bound keeps storage.sync under its per-item quota. */
export const MAX_EXCLUDED_SITES = 200;

export const DEFAULT_SETTINGS: Settings = deepFreeze({
  schemaVersion: SCHEMA_VERSION,
  appearance: { theme: 'system', font: 'serif', fontSize: 18, lineHeight: 1.6, contentWidth: 640 },
  keyPoints: { count: 'auto', showPanel: true, highlightInline: true, highlightColor: 'yellow' },
  reader: { showReadingTime: true },
  detection: { enabled: false, excludedSites: [] },
});

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return normalizeCurrent({});
}

export function normalize(raw: unknown): Settings {
  try {
    if (!isRecord(raw)) return defaultSettings();
    return normalizeCurrent(migrate(raw));
  } catch {
    // A hostile object (throwing getters, a revoked Proxy) is no worse than no settings at all.
    return defaultSettings();
  }
}

// ---------------------------------------------------------------------------------------------- migrations

/** The stored version: `schemaVersion` from v2 on; v1 wrote `version`, or nothing at all (flat keys). */
export function storedVersion(raw: Raw): number {
  const version = raw.schemaVersion ?? raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  const looksFlat = ['theme', 'fontSize', 'fontFamily', 'showKeyPoints'].some((key) => key in raw);
  return looksFlat && !('appearance' in raw) ? 1 : SCHEMA_VERSION;
}

/** `MIGRATIONS[n]` turns a version-n object into a version n+1 object. Each is pure and total. */
export const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  /**
   * v1 (Lede 0.0.x) stored flat keys: `{ version: 1, theme: 'auto' | 'light' | 'dark' | 'sepia',
   * fontSize, fontFamily: 'serif' | 'sans-serif' | 'monospace', showKeyPoints, keyPointCount: number (0 = auto),
   * highlightKeyPoints, showReadingTime, detectArticles, excludedSites: 'a.com, b.org' }`.
   * Drop after: no v1 install remains (v1 was never published outside test builds).
   */
  1: (v1) => ({
    schemaVersion: 2,
    appearance: {
      theme: v1.theme === 'auto' ? 'system' : v1.theme,
      font: { 'sans-serif': 'sans', monospace: 'mono', serif: 'serif' }[String(v1.fontFamily)],
      fontSize: v1.fontSize,
    },
    keyPoints: {
      count: v1Count(v1.keyPointCount),
      showPanel: v1.showKeyPoints,
      highlightInline: v1.highlightKeyPoints,
    },
    reader: { showReadingTime: v1.showReadingTime },
    detection: {
      enabled: v1.detectArticles,
      excludedSites: typeof v1.excludedSites === 'string' ? v1Sites(v1.excludedSites) : v1.excludedSites,
    },
  }),
};

/** v1 kept what the user typed, separated by commas: URLs included. */
function v1Sites(text: string): string[] {
  return text.split(/[\s,;]+/).flatMap((entry) => {
    const parsed = parseSiteInput(entry);
    return parsed.ok ? [parsed.hostname] : [];
  });
}

/** v1 allowed any count; the nearest of 3, 5 and 7 keeps the user's intent (0 meant "auto"). */
function v1Count(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (value <= 0) return 'auto';
  return value <= 4 ? 3 : value <= 6 ? 5 : 7;
}

export function migrate(raw: Raw): Raw {
  let current = raw;
  for (let version = storedVersion(raw); version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return {}; // a version we never wrote: nothing in it can be trusted
    current = step(current);
  }
  return current;
}

// ------------------------------------------------------------------------------------------- validation

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clamped(value: unknown, range: { min: number; max: number }, fallback: number, decimals: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const factor = 10 ** decimals;
  return Math.round(Math.min(range.max, Math.max(range.min, value)) * factor) / factor;
}

function sites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const kept = new Set<string>();
  for (const item of value.slice(0, MAX_EXCLUDED_SITES * 2)) {
    const host = typeof item === 'string' ? canonicalHostname(item) : null;
    if (host) kept.add(host);
  }
  return [...kept].slice(0, MAX_EXCLUDED_SITES);
}

function section(raw: Raw, key: string): Raw {
  const value = raw[key];
  return isRecord(value) ? value : {};
}

function normalizeCurrent(raw: Raw): Settings {
  const d = DEFAULT_SETTINGS;
  const appearance = section(raw, 'appearance');
  const keyPoints = section(raw, 'keyPoints');
  const reader = section(raw, 'reader');
  const detection = section(raw, 'detection');
  return {
    schemaVersion: SCHEMA_VERSION,
    appearance: {
      theme: oneOf(THEMES, appearance.theme, d.appearance.theme),
      font: oneOf(FONTS, appearance.font, d.appearance.font),
      fontSize: clamped(appearance.fontSize, RANGES.fontSize, d.appearance.fontSize, 0),
      lineHeight: clamped(appearance.lineHeight, RANGES.lineHeight, d.appearance.lineHeight, 2),
      contentWidth: clamped(appearance.contentWidth, RANGES.contentWidth, d.appearance.contentWidth, 0),
    },
    keyPoints: {
      count: oneOf(KEY_POINT_COUNTS, keyPoints.count, d.keyPoints.count),
      showPanel: bool(keyPoints.showPanel, d.keyPoints.showPanel),
      highlightInline: bool(keyPoints.highlightInline, d.keyPoints.highlightInline),
      highlightColor: oneOf(HIGHLIGHT_COLORS, keyPoints.highlightColor, d.keyPoints.highlightColor),
    },
    reader: { showReadingTime: bool(reader.showReadingTime, d.reader.showReadingTime) },
    detection: {
      enabled: bool(detection.enabled, d.detection.enabled),
      excludedSites: sites(detection.excludedSites),
    },
  };
}

/** Settings with `patch` laid over them (objects merged key by key, arrays and values replaced), normalized. */
export function applyPatch(settings: Settings, patch: DeepPartial<Settings>): Settings {
  return normalize(merge(settings, patch));
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch === undefined ? base : patch;
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = merge(base[key], value);
  return out;
}
