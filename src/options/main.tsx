import { render } from 'preact';
import { applyAppearance } from '../settings/apply';
import { loadSettings, subscribeSettings } from '../settings/store';
import { OptionsApp } from './options-app';

// The page itself wears the chosen theme, so what the user picks is what they see around the preview.
subscribeSettings((settings) => applyAppearance(settings));
void loadSettings()
  .then((settings) => applyAppearance(settings))
  .finally(() => {
    const root = document.getElementById('app');
    if (root) render(<OptionsApp />, root);
  });
