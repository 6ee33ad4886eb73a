import { saveSettings } from '../settings/store';
import { FONTS, RANGES, THEMES } from '../settings/schema';
import type { FontChoice, Settings, Theme } from '../settings/schema';
import { ChoiceGroup, Section, Slider } from './controls';
import { Preview } from './preview';

export const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_LABELS: Record<FontChoice, string> = { serif: 'Serif', sans: 'Sans-serif', mono: 'Monospace' };

export function AppearanceSection({ settings }: { settings: Settings }) {
  const { appearance } = settings;
  const save = (patch: Partial<Settings['appearance']>) => void saveSettings({ appearance: patch });
  return (
    <Section id="appearance" title="Appearance" description="How articles look in Lede.">
      <ChoiceGroup
        legend="Theme"
        name="theme"
        value={appearance.theme}
        choices={THEMES.map((value) => ({
          value,
          label: THEME_LABELS[value],
          decoration: <span class={`theme-chip theme-chip-${value}`} aria-hidden="true" />,
        }))}
        onChange={(theme) => save({ theme })}
        hint={appearance.theme === 'system' ? 'Follows your system’s light or dark mode.' : undefined}
      />
      <ChoiceGroup
        legend="Font"
        name="font"
        value={appearance.font}
        choices={FONTS.map((value) => ({ value, label: FONT_LABELS[value] }))}
        onChange={(font) => save({ font })}
      />
      <div class="sliders">
        <Slider
          label="Font size"
          {...RANGES.fontSize}
          value={appearance.fontSize}
          format={(value) => `${value} px`}
          onChange={(fontSize) => save({ fontSize })}
        />
        <Slider
          label="Line height"
          {...RANGES.lineHeight}
          value={appearance.lineHeight}
          format={(value) => value.toFixed(1)}
          onChange={(lineHeight) => save({ lineHeight })}
        />
        <Slider
          label="Content width"
          {...RANGES.contentWidth}
          value={appearance.contentWidth}
          format={(value) => `${value} px`}
          onChange={(contentWidth) => save({ contentWidth })}
        />
      </div>
      <Preview settings={settings} />
    </Section>
  );
}
