import { useId, useState } from 'preact/hooks';
import { saveSettings } from '../settings/store';
import { parseSiteInput } from '../settings/hostnames';
import { MAX_EXCLUDED_SITES } from '../settings/schema';

/** The sites that never get the badge: type a hostname or paste a URL; what is stored is the hostname. */
export function ExcludedSites({ sites }: { sites: string[] }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(text);
    if (!parsed.ok) return setError(parsed.message);
    if (sites.includes(parsed.hostname)) return setError(`${parsed.hostname} is already in the list.`);
    if (sites.length >= MAX_EXCLUDED_SITES) return setError(`The list holds at most ${MAX_EXCLUDED_SITES} sites.`);
    setError(null);
    setText('');
    setNotice(`Added ${parsed.hostname}.`);
    void saveSettings({ detection: { excludedSites: [...sites, parsed.hostname] } });
  };

  const remove = (site: string) => {
    setNotice(`Removed ${site}.`);
    void saveSettings({ detection: { excludedSites: sites.filter((other) => other !== site) } });
  };

  return (
    <div class="field excluded">
      <h3 class="field-label" id={`${id}-title`}>
        Sites without the badge
      </h3>
      <p class="field-hint">Lede never marks pages on these sites or their subdomains.</p>
      <form class="site-form" onSubmit={add} noValidate>
        <label class="visually-hidden" for={`${id}-input`}>
          Site to exclude (a hostname or a URL)
        </label>
        <input
          id={`${id}-input`}
          class="text-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com or a link to one of its pages"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
        />
        <button type="submit" class="btn">
          Add site
        </button>
      </form>
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="empty-list">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-labelledby={`${id}-title`}>
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button type="button" class="btn btn-quiet" aria-label={`Remove ${site}`} onClick={() => remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
