import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalize } from './schema';
import { exportFileName, exportSettings, parseSettingsFile } from './transfer';

const mine = normalize({ appearance: { theme: 'dark', fontSize: 24 }, detection: { excludedSites: ['a.org'] } });

describe('settings files', () => {
  it('round-trips', () => {
    const text = exportSettings(mine, new Date('2024-05-06T07:08:09Z'));
    expect(JSON.parse(text)).toMatchObject({ app: 'lede', kind: 'settings', exportedAt: '2024-05-06T07:08:09.000Z' });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: mine });
    expect(exportFileName(new Date('2024-05-06T07:08:09Z'))).toBe('lede-settings-2024-05-06.json');
  });

  it('normalizes what it imports, and migrates old versions', () => {
    const text = JSON.stringify({ app: 'lede', kind: 'settings', settings: { version: 1, theme: 'auto', fontSize: 99 } });
    const result = parseSettingsFile(text);
    expect(result.ok && result.settings.appearance).toEqual({ ...DEFAULT_SETTINGS.appearance, fontSize: 28 });
  });

  it.each([
    ['not JSON', 'this is not json {', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['JSON but not an object', '[1,2,3]', /not a Lede settings file/],
    ['null', 'null', /not a Lede settings file/],
    ['another app', JSON.stringify({ app: 'other', kind: 'settings', settings: {} }), /not a Lede settings file/],
    ['bare settings', JSON.stringify(DEFAULT_SETTINGS), /not a Lede settings file/],
    ['no settings', JSON.stringify({ app: 'lede', kind: 'settings' }), /no settings/],
    ['settings of the wrong shape', JSON.stringify({ app: 'lede', kind: 'settings', settings: [1] }), /no settings/],
    ['unversioned settings', JSON.stringify({ app: 'lede', kind: 'settings', settings: { a: 1 } }), /no settings/],
    ['huge', ' '.repeat(300 * 1024), /too large/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
