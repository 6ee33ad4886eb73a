import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string, lang = 'en') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, titles and months inside the sentence', () => {
    expect(texts('The U.S. Army said Gov. Sam Brownback met Dr. Jones on Jan. 5 in St. Louis. Then he left.')).toEqual([
      'The U.S. Army said Gov. Sam Brownback met Dr. Jones on Jan. 5 in St. Louis.',
      'Then he left.',
    ]);
  });

  it('keeps a day or a rank written with a dot (German "ab 1. Januar", "zum 3. Mal") inside the sentence', () => {
    expect(texts('Geyer informiert Ullrich Fichtner, ab 1. Januar Mitglied der Chefredaktion. Dann kommt Relotius.', 'de'))
      .toEqual(['Geyer informiert Ullrich Fichtner, ab 1. Januar Mitglied der Chefredaktion.', 'Dann kommt Relotius.']);
    expect(texts('Sie gewann zum 3. Mal den Preis. Am 12. März war es so weit.', 'de'))
      .toEqual(['Sie gewann zum 3. Mal den Preis.', 'Am 12. März war es so weit.']);
    // A sentence that ends with a figure still ends there.
    expect(texts('Die Quote lag bei 12. Danach stieg sie.', 'de')).toEqual(['Die Quote lag bei 12.', 'Danach stieg sie.']);
    // Only in the languages that write them so: in English a figure and a month's name are two sentences.
    expect(texts('The score was 3. August was next.')).toEqual(['The score was 3.', 'August was next.']);
  });

  it('breaks after an acronym when a new sentence starts', () => {
    expect(texts('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.']);
  });

  it('keeps an initial that is also an abbreviation before numbers (“Marsha P. Johnson”, “p. 4”)', () => {
    expect(texts('The Death and Life of Marsha P. Johnson is a film. See p. 4 for more.')).toEqual([
      'The Death and Life of Marsha P. Johnson is a film.',
      'See p. 4 for more.',
    ]);
  });

  it('breaks before a sentence that opens with a figure, which ICU runs into the one before', () => {
    expect(texts('It stood by post offices and schools. 50 years ago, fear ran high. 2017 is different.')).toEqual([
      'It stood by post offices and schools.',
      '50 years ago, fear ran high.',
      '2017 is different.',
    ]);
    // Abbreviations before a number stay inside the sentence.
    expect(texts('The firm, est. 1990, hired approx. 50 people, ca. 20 of them in Oslo. See ch. 3 and vol. 2 of the report.')).toEqual([
      'The firm, est. 1990, hired approx. 50 people, ca. 20 of them in Oslo.',
      'See ch. 3 and vol. 2 of the report.',
    ]);
    expect(texts('2017 is not exactly Cold War Pt. II, but it is close. Read Vol. IV next. It ended in WWI. III Corps held.')).toEqual([
      '2017 is not exactly Cold War Pt. II, but it is close.',
      'Read Vol. IV next.',
      'It ended in WWI.',
      'III Corps held.',
    ]);
  });

  it('keeps initials and decimals', () => {
    expect(texts('J. R. R. Tolkien wrote it. It cost 3.5 million dollars. George W. Bush agreed.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'It cost 3.5 million dollars.',
      'George W. Bush agreed.',
    ]);
  });

  it('gives the closing quotation mark to the sentence it ends', () => {
    expect(texts('He said "Go home." Then he left. She said “Stay.” Nobody moved.')).toEqual([
      'He said "Go home."',
      'Then he left.',
      'She said “Stay.”',
      'Nobody moved.',
    ]);
    expect(texts('Il a dit : « Nous resterons. C’est sûr. » Puis il est parti.', 'fr')).toEqual([
      'Il a dit : « Nous resterons.',
      'C’est sûr. »',
      'Puis il est parti.',
    ]);
    // Swedish opens a quotation with ”: a sentence may start with it.
    expect(texts('Han gick. ”Vi stannar här”, sa hon.', 'sv')).toEqual(['Han gick.', '”Vi stannar här”, sa hon.']);
  });

  it('does not break before a lowercase continuation after ! or ?', () => {
    expect(texts('Contestants told to "come on down!" on the April 1 edition met Bob. He smiled.')).toEqual([
      'Contestants told to "come on down!" on the April 1 edition met Bob.',
      'He smiled.',
    ]);
  });

  it('marks a colon sentence before a block break as a lead-in', () => {
    const s = splitSentences('Some fact here. Here’s what happened at the summit:', 'en');
    expect(s.map((x) => x.leadIn)).toEqual([false, true]);
    const inner = splitSentences('He said: we will win. Done.', 'en');
    expect(inner.every((x) => !x.leadIn)).toBe(true);
  });

  it('keeps a reference mark with the sentence it ends', () => {
    const text = 'Time loops are common.[1]: 207 The list gives their names.[2][3] It is long.';
    expect(splitSentences(text, 'en').map((x) => x.text)).toEqual(['Time loops are common.[1]: 207', 'The list gives their names.[2][3]', 'It is long.']);
    expect(splitSentences('A list [see below] of things. And more.', 'en').map((x) => x.text)).toEqual(['A list [see below] of things.', 'And more.']);
  });

  it('marks the sentences of a quotation that runs over several of them', () => {
    const pieces = (t: string, lang = 'en') => splitSentences(t, lang).map((x) => x.quotation !== null);
    expect(pieces('Kael wrote, “I’m often asked why I don’t write my memoirs. I think I have.” Then she laughed.')).toEqual([true, true, false]);
    expect(pieces('He said "We will win. We always do. Nobody can stop us." The crowd cheered.')).toEqual([true, true, true, false]);
    expect(pieces('Sie sagte: „Wir bleiben. Das ist sicher.“ Dann ging sie.', 'de')).toEqual([true, true, false]);
    expect(pieces('Il a dit : « Nous resterons. C’est sûr. » Puis il est parti.', 'fr')).toEqual([true, true, false]);
    // A quotation within one sentence, and one that runs on into the next paragraph (no closing mark), are left alone.
    expect(pieces('She said “Stay.” Nobody moved.')).toEqual([false, false]);
    // Each piece knows the whole quotation's offsets.
    const text = 'Then she laughed. Kael wrote, “I’m often asked why. I think I have.” Then she left.';
    const [, a, b] = splitSentences(text, 'en');
    expect(a?.quotation).toEqual(b?.quotation);
    expect(text.slice(a!.quotation!.start, a!.quotation!.end)).toBe('Kael wrote, “I’m often asked why. I think I have.”');
    expect(pieces('“We will stay here. We will not move. We will not leave. We will not give in. Ever.')).toEqual([false, false, false, false, false]);
  });

  it('returns exact trimmed offsets', () => {
    const t = '  First one.   Second one!  \n Third? ';
    for (const s of splitSentences(t, 'en')) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(texts(t)).toEqual(['First one.', 'Second one!', 'Third?']);
  });

  it('handles CJK, RTL and empty text', () => {
    expect(texts('北京是中国的首都。上海是最大的城市。', 'zh')).toEqual(['北京是中国的首都。', '上海是最大的城市。']);
    expect(texts('هذه جملة أولى. وهذه جملة ثانية.', 'ar')).toHaveLength(2);
    expect(texts('', 'en')).toEqual([]);
    expect(texts('   ', 'en')).toEqual([]);
    expect(texts('no punctuation at all here', 'en')).toEqual(['no punctuation at all here']);
  });
});

describe('line breaks inside a block', () => {
  it('treats a wrapped line as whitespace, not as the end of a sentence', () => {
    const text = 'Analysts linked the ideas of the groups with\n                those of other movements. A second sentence follows.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      'Analysts linked the ideas of the groups with those of other movements.',
      'A second sentence follows.',
    ]);
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe(sentences[0]!.text);
  });

  it('keeps a blank line as a paragraph break', () => {
    expect(splitSentences('First paragraph without a stop\n\nSecond paragraph.', 'en')).toHaveLength(2);
  });
});
