/**
 * Per-language stopword lists, loaded on demand. Each language is a separate dynamic import with a literal path so
 * that the bundler emits one small chunk per language: the popup only downloads the list for the page's language
 * instead of all 60 (the `stopword` package keeps each language in its own module; stopwords-iso is one large JSON).
 */
import { baseLang } from './text/segmenter';

/** A module namespace whose one array export is the list (its name is the ISO 639-3 code, e.g. `eng`). */
type Loader = () => Promise<object>;

/** Keyed by ISO 639-1 base subtag (plus a few legacy/alias tags) → the package's ISO 639-3 module. */
const LOADERS: Readonly<Record<string, Loader>> = {
  af: () => import('stopword/src/stopwords_afr.js'),
  ar: () => import('stopword/src/stopwords_ara.js'),
  hy: () => import('stopword/src/stopwords_hye.js'),
  eu: () => import('stopword/src/stopwords_eus.js'),
  bn: () => import('stopword/src/stopwords_ben.js'),
  br: () => import('stopword/src/stopwords_bre.js'),
  bg: () => import('stopword/src/stopwords_bul.js'),
  ca: () => import('stopword/src/stopwords_cat.js'),
  zh: () => import('stopword/src/stopwords_zho.js'),
  hr: () => import('stopword/src/stopwords_hrv.js'),
  cs: () => import('stopword/src/stopwords_ces.js'),
  da: () => import('stopword/src/stopwords_dan.js'),
  nl: () => import('stopword/src/stopwords_nld.js'),
  en: () => import('stopword/src/stopwords_eng.js'),
  eo: () => import('stopword/src/stopwords_epo.js'),
  et: () => import('stopword/src/stopwords_est.js'),
  fi: () => import('stopword/src/stopwords_fin.js'),
  fr: () => import('stopword/src/stopwords_fra.js'),
  gl: () => import('stopword/src/stopwords_glg.js'),
  de: () => import('stopword/src/stopwords_deu.js'),
  el: () => import('stopword/src/stopwords_ell.js'),
  gu: () => import('stopword/src/stopwords_guj.js'),
  ha: () => import('stopword/src/stopwords_hau.js'),
  he: () => import('stopword/src/stopwords_heb.js'),
  iw: () => import('stopword/src/stopwords_heb.js'),
  hi: () => import('stopword/src/stopwords_hin.js'),
  hu: () => import('stopword/src/stopwords_hun.js'),
  id: () => import('stopword/src/stopwords_ind.js'),
  in: () => import('stopword/src/stopwords_ind.js'),
  ga: () => import('stopword/src/stopwords_gle.js'),
  it: () => import('stopword/src/stopwords_ita.js'),
  ja: () => import('stopword/src/stopwords_jpn.js'),
  ko: () => import('stopword/src/stopwords_kor.js'),
  ku: () => import('stopword/src/stopwords_kur.js'),
  la: () => import('stopword/src/stopwords_lat.js'),
  lv: () => import('stopword/src/stopwords_lav.js'),
  lt: () => import('stopword/src/stopwords_lit.js'),
  mr: () => import('stopword/src/stopwords_mar.js'),
  ms: () => import('stopword/src/stopwords_msa.js'),
  my: () => import('stopword/src/stopwords_mya.js'),
  nb: () => import('stopword/src/stopwords_nob.js'),
  no: () => import('stopword/src/stopwords_nob.js'),
  nn: () => import('stopword/src/stopwords_nob.js'),
  fa: () => import('stopword/src/stopwords_fas.js'),
  pl: () => import('stopword/src/stopwords_pol.js'),
  pt: () => import('stopword/src/stopwords_por.js'),
  pa: () => import('stopword/src/stopwords_panGu.js'),
  ro: () => import('stopword/src/stopwords_ron.js'),
  ru: () => import('stopword/src/stopwords_rus.js'),
  sk: () => import('stopword/src/stopwords_slk.js'),
  sl: () => import('stopword/src/stopwords_slv.js'),
  so: () => import('stopword/src/stopwords_som.js'),
  st: () => import('stopword/src/stopwords_sot.js'),
  es: () => import('stopword/src/stopwords_spa.js'),
  sw: () => import('stopword/src/stopwords_swa.js'),
  sv: () => import('stopword/src/stopwords_swe.js'),
  tl: () => import('stopword/src/stopwords_tgl.js'),
  fil: () => import('stopword/src/stopwords_tgl.js'),
  th: () => import('stopword/src/stopwords_tha.js'),
  tr: () => import('stopword/src/stopwords_tur.js'),
  uk: () => import('stopword/src/stopwords_ukr.js'),
  ur: () => import('stopword/src/stopwords_urd.js'),
  vi: () => import('stopword/src/stopwords_vie.js'),
  yo: () => import('stopword/src/stopwords_yor.js'),
  zu: () => import('stopword/src/stopwords_zul.js'),
};

const EMPTY: ReadonlySet<string> = new Set();
const loaded = new Map<string, Promise<ReadonlySet<string>>>();

/** Languages with a stopword list available. */
export function hasStopwords(lang: string | null): boolean {
  const base = baseLang(lang);
  return base !== null && Object.hasOwn(LOADERS, base);
}

/**
 * Synchronous fallback when no list exists (or before one has loaded): an empty set. The engine still works
 * without stopwords because it weighs words by inverse sentence frequency, which damps function words anyway.
 */
export function fallbackStopwords(): ReadonlySet<string> {
  return EMPTY;
}

/** Load the stopword list for a BCP 47 tag, keyed by its base subtag ("en-US" → "en"). Never rejects. */
export function loadStopwords(lang: string | null): Promise<ReadonlySet<string>> {
  const base = baseLang(lang);
  if (base === null || !Object.hasOwn(LOADERS, base)) return Promise.resolve(fallbackStopwords());
  let p = loaded.get(base);
  if (!p) {
    const load = LOADERS[base] as Loader;
    p = load()
      .then((mod) => {
        const values: unknown[] = Object.values(mod);
        const list = values.find((v): v is string[] => Array.isArray(v)) ?? [];
        return new Set(list.map((w) => w.toLowerCase())) as ReadonlySet<string>;
      })
      .catch(() => fallbackStopwords());
    loaded.set(base, p);
  }
  return p;
}
