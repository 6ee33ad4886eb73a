import { saveSettings } from '../settings/store';
import { HIGHLIGHT_COLORS, KEY_POINT_COUNTS } from '../settings/schema';
import type { HighlightColor, KeyPointCount, Settings } from '../settings/schema';
import { ChoiceGroup, Section, Toggle } from './controls';

const COUNT_LABELS: Record<string, string> = { auto: 'Auto', 3: '3', 5: '5', 7: '7' };
const COLOR_LABELS: Record<HighlightColor, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

export function KeyPointsSection({ settings }: { settings: Settings }) {
  const { keyPoints } = settings;
  const save = (patch: Partial<Settings['keyPoints']>) => void saveSettings({ keyPoints: patch });
  return (
    <Section id="key-points" title="Key points" description="The sentences Lede picks as the article’s key points.">
      <ChoiceGroup<KeyPointCount>
        legend="How many"
        name="key-point-count"
        value={keyPoints.count}
        choices={KEY_POINT_COUNTS.map((value) => ({ value, label: COUNT_LABELS[String(value)] ?? String(value) }))}
        onChange={(count) => save({ count })}
        hint={keyPoints.count === 'auto' ? 'Auto picks more key points for longer articles.' : undefined}
      />
      <Toggle
        label="Show the key points panel above the article"
        checked={keyPoints.showPanel}
        onChange={(showPanel) => save({ showPanel })}
      />
      <Toggle
        label="Highlight key points in the article"
        checked={keyPoints.highlightInline}
        onChange={(highlightInline) => save({ highlightInline })}
      />
      <ChoiceGroup
        legend="Highlight colour"
        name="highlight-color"
        value={keyPoints.highlightColor}
        choices={HIGHLIGHT_COLORS.map((value) => ({
          value,
          label: COLOR_LABELS[value],
          decoration: <span class="swatch" data-color={value} aria-hidden="true" />,
        }))}
        onChange={(highlightColor) => save({ highlightColor })}
      />
    </Section>
  );
}

export function ReaderSection({ settings }: { settings: Settings }) {
  return (
    <Section id="reader" title="Reader">
      <Toggle
        label="Show the reading time"
        checked={settings.reader.showReadingTime}
        onChange={(showReadingTime) => void saveSettings({ reader: { showReadingTime } })}
      />
    </Section>
  );
}
