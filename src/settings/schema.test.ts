import { describe, expect, it } from 'vitest';
import { applyPatch, DEFAULT_SETTINGS, normalize, SCHEMA_VERSION } from './schema';
import type { Settings } from './schema';

const custom: Settings = {
  schemaVersion: SCHEMA_VERSION,
  appearance: { theme: 'sepia', font: 'mono', fontSize: 22, lineHeight: 1.9, contentWidth: 700 },
  keyPoints: { count: 5, showPanel: false, highlightInline: false, highlightColor: 'pink' },
  reader: { showReadingTime: false },
  detection: { enabled: true, excludedSites: ['example.com', 'news.example.org'] },
};

describe('normalize', () => {
  it('keeps every valid value the user set', () => {
    expect(normalize(custom)).toEqual(custom);
    expect(normalize(structuredClone(custom))).not.toBe(custom);
  });

  it('returns the defaults for garbage', () => {
    for (const garbage of [null, undefined, 'settings', '', 42, NaN, true, [], [custom], () => custom, Symbol('x')]) {
      expect(normalize(garbage)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('survives circular objects and keeps their valid values', () => {
    const circular: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, appearance: { theme: 'dark' } };
    circular.self = circular;
    (circular.appearance as Record<string, unknown>).parent = circular;
    const result = normalize(circular);
    expect(result.appearance.theme).toBe('dark');
    expect(result).not.toHaveProperty('self');
  });

  it('survives objects whose getters throw', () => {
    const hostile = { get appearance(): never { throw new Error('boom'); } };
    expect(normalize(hostile)).toEqual(DEFAULT_SETTINGS);
    const proxy = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } });
    expect(normalize(proxy)).toEqual(DEFAULT_SETTINGS);
  });

  it('fills missing keys and sections from the defaults', () => {
    const result = normalize({ schemaVersion: SCHEMA_VERSION, appearance: { fontSize: 20 } });
    expect(result.appearance).toEqual({ ...DEFAULT_SETTINGS.appearance, fontSize: 20 });
    expect(result.keyPoints).toEqual(DEFAULT_SETTINGS.keyPoints);
    expect(result.detection).toEqual(DEFAULT_SETTINGS.detection);
  });

  it('defaults values of the wrong type', () => {
    const result = normalize({
      schemaVersion: SCHEMA_VERSION,
      appearance: { theme: 'neon', font: 3, fontSize: '20', lineHeight: null, contentWidth: {} },
      keyPoints: { count: 4, showPanel: 'yes', highlightInline: 1, highlightColor: 'red' },
      reader: 'on',
      detection: { enabled: 'true', excludedSites: 'example.com' },
    });
    expect(result).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps numbers out of range and defaults non-finite ones', () => {
    const high = normalize({ appearance: { fontSize: 90, lineHeight: 9, contentWidth: 5000 } });
    expect(high.appearance).toMatchObject({ fontSize: 28, lineHeight: 2.2, contentWidth: 760 });
    const low = normalize({ appearance: { fontSize: -3, lineHeight: 0, contentWidth: 10 } });
    expect(low.appearance).toMatchObject({ fontSize: 14, lineHeight: 1.2, contentWidth: 480 });
    const odd = normalize({ appearance: { fontSize: Infinity, lineHeight: NaN, contentWidth: 612.7 } });
    expect(odd.appearance).toMatchObject({ fontSize: 18, lineHeight: 1.6, contentWidth: 613 });
  });

  it('drops unknown keys at every level', () => {
    const result = normalize({ ...custom, extra: 1, appearance: { ...custom.appearance, glow: true } });
    expect(result).toEqual(custom);
    expect(Object.keys(result.appearance)).not.toContain('glow');
  });

  it('cleans the excluded sites: canonical, valid, unique', () => {
    const result = normalize({
      detection: { enabled: true, excludedSites: ['Example.COM', 'www.example.com', 'not a host', 7, 'blog.site.org.'] },
    });
    expect(result.detection.excludedSites).toEqual(['example.com', 'blog.site.org']);
  });

  it('reads a version from the future as the current one', () => {
    expect(normalize({ ...custom, schemaVersion: 99 })).toEqual(custom);
  });

  it('never hands out the shared defaults object', () => {
    const a = normalize(null);
    a.detection.excludedSites.push('x.com');
    expect(DEFAULT_SETTINGS.detection.excludedSites).toEqual([]);
  });
});

describe('migrations', () => {
  it('upgrades v1 flat settings and keeps the user values', () => {
    const v1 = {
      version: 1,
      theme: 'auto',
      fontSize: 21,
      fontFamily: 'sans-serif',
      showKeyPoints: false,
      keyPointCount: 6,
      highlightKeyPoints: true,
      showReadingTime: false,
      detectArticles: true,
      excludedSites: 'example.com, https://www.news.org/x ; bad host',
    };
    expect(normalize(v1)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      appearance: { theme: 'system', font: 'sans', fontSize: 21, lineHeight: 1.6, contentWidth: 640 },
      keyPoints: { count: 5, showPanel: false, highlightInline: true, highlightColor: 'yellow' },
      reader: { showReadingTime: false },
      detection: { enabled: true, excludedSites: ['example.com', 'news.org'] },
    });
  });

  it('upgrades v1 without a version key (flat keys), and maps each old value', () => {
    expect(normalize({ theme: 'dark', fontFamily: 'monospace', keyPointCount: 0 })).toMatchObject({
      appearance: { theme: 'dark', font: 'mono' },
      keyPoints: { count: 'auto' },
    });
    expect(normalize({ version: 1, keyPointCount: 2 }).keyPoints.count).toBe(3);
    expect(normalize({ version: 1, keyPointCount: 12 }).keyPoints.count).toBe(7);
    expect(normalize({ version: 1, fontSize: 40, theme: 'sepia' }).appearance).toMatchObject({ fontSize: 28, theme: 'sepia' });
  });

  it('upgrades a broken v1 object to the defaults', () => {
    expect(normalize({ version: 1, theme: 5, fontSize: 'big', excludedSites: 12 })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('applyPatch', () => {
  it('merges sections and replaces arrays', () => {
    const next = applyPatch(custom, { appearance: { fontSize: 24 }, detection: { excludedSites: ['a.org'] } });
    expect(next.appearance).toEqual({ ...custom.appearance, fontSize: 24 });
    expect(next.detection).toEqual({ enabled: true, excludedSites: ['a.org'] });
  });

  it('validates what the patch brings', () => {
    expect(applyPatch(custom, { appearance: { fontSize: 99 } }).appearance.fontSize).toBe(28);
  });
});
