import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { allAuthors, removeLeadingBylineLine, removeTrailingBylineLine, takeLeadingBylineLine } from './byline-line';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('removeLeadingBylineLine', () => {
  it('removes a leading “By name · date” line', () => {
    const el = root('<p class="byline">By <span>Maren Ostby</span> · <time>October 2, 2026</time></p><p>Port Alder on Tuesday opened a ferry line.</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(true);
    expect(el.textContent).toBe('Port Alder on Tuesday opened a ferry line.');
  });

  it('keeps a paragraph that is about the person', () => {
    const el = root('<p>Maren Ostby, the harbour engineer who designed the turbines, said the line would pay for itself.</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(false);
  });

  it('finds the line beside the standfirst when it is not a block of its own', () => {
    const el = root('<header><p>The judges ruled on search engines.</p><span>von <a>Anja Schmoll-Trautmann</a> am <time>14. Mai 2014</time>, 15:40 Uhr</span></header><p>Gestern wurde entschieden.</p>');
    expect(removeLeadingBylineLine(el, 'Anja Schmoll-Trautmann')).toBe(true);
    expect(el.textContent).toBe('The judges ruled on search engines.Gestern wurde entschieden.');
  });

  it('only looks at the first blocks, and needs a byline', () => {
    const el = root('<p>One.</p><p>Two.</p><p>Three.</p><p>By Maren Ostby</p>');
    expect(removeLeadingBylineLine(el, 'Maren Ostby')).toBe(false);
    expect(removeLeadingBylineLine(root('<p>By Someone</p>'), null)).toBe(false);
  });
});

describe('takeLeadingBylineLine', () => {
  it('takes a first line that reads as a byline out of the content', () => {
    const el = root('<p><i>Posted by <a href="/a">Dave Smith</a>, Developer Advocate for IoT</i></p><p>Today we release the seventh preview.</p>');
    expect(takeLeadingBylineLine(el)).toBe('Posted by Dave Smith, Developer Advocate for IoT');
    expect(el.textContent).toBe('Today we release the seventh preview.');
    expect(takeLeadingBylineLine(root('<div><p>Written by Maren Østby</p></div><p>Text.</p>'))).toBe('Written by Maren Østby');
  });

  it('keeps sentences that start with “By”, and lines further down', () => {
    for (const first of ['By Monday, the council will vote on the bridge.', 'By the time the ferry docked, the rain had stopped', 'By 2030 half the fleet will be electric',
      `By Maren Ostby ${'and the rest of the harbour engineering team '.repeat(3)}`, 'Bypass closed for the night']) {
      const el = root(`<p>${first}</p><p>More.</p>`);
      expect(takeLeadingBylineLine(el), first).toBeNull();
      expect(el.children).toHaveLength(2);
    }
    expect(takeLeadingBylineLine(root('<p>The ferry docked.</p><p>By Maren Ostby</p>'))).toBeNull();
  });

  it('takes a byline line under a short credit line, which stays', () => {
    const el = root('<p><em>Courtesy of Forests News</em></p><p><em>Written by: <a href="/j">Julie Mollins</a></em></p><p>Indigenous Peoples have long managed forests.</p>');
    expect(takeLeadingBylineLine(el)).toBe('Written by: Julie Mollins');
    expect(el.textContent).toBe('Courtesy of Forests NewsIndigenous Peoples have long managed forests.');
    expect(takeLeadingBylineLine(root(`<p>${'A long standfirst that runs on '.repeat(3)}</p><p>By Maren Ostby</p><p>Text.</p>`))).toBeNull();
  });
});

describe('removeTrailingBylineLine', () => {
  it('removes a last block that is only the byline, with or without its "By"', () => {
    const el = root('<p>Of the Dow 30 stocks 13 are set to close higher today.</p><p><em>By Paul Ausick</em></p>');
    expect(removeTrailingBylineLine(el, 'Paul Ausick')).toBe(true);
    expect(el.textContent).toBe('Of the Dow 30 stocks 13 are set to close higher today.');
    expect(removeTrailingBylineLine(root('<p>Text.</p><p>Paul Ausick</p>'), 'By Paul Ausick')).toBe(true);
  });
  it('keeps a last paragraph that says more than the name', () => {
    const el = root('<p>Text.</p><p>Paul Ausick contributed reporting from New York.</p>');
    expect(removeTrailingBylineLine(el, 'Paul Ausick')).toBe(false);
    expect(removeTrailingBylineLine(root('<p>Text.</p><p>Paul Ausick</p>'), null)).toBe(false);
  });
});

describe('allAuthors', () => {
  it('names every author the meta tags give when Readability kept one of them, forenames first', () => {
    expect(allAuthors('Medvedev, Danila', ['Jackson, Joshua Conrad', 'Medvedev, Danila'])).toBe('Joshua Conrad Jackson, Danila Medvedev');
    expect(allAuthors('Ana García', ['Ana García', 'Luis Pérez'])).toBe('Ana García, Luis Pérez');
    const many = Array.from({ length: 8 }, (_, i) => `Author${'abcdefgh'[i]} Name`);
    expect(allAuthors('Authora Name', many)).toBe(`${many.slice(0, 6).join(', ')} et al.`);
  });

  it('keeps the byline when the metas name one author, or others than the byline', () => {
    expect(allAuthors('Medvedev, Danila', ['Medvedev, Danila'])).toBe('Medvedev, Danila');
    expect(allAuthors('Maren Ostby', ['The Coastal Ledger', 'Harbour Desk'])).toBe('Maren Ostby');
  });
});

describe('removeLeadingBylineLine, after Readability took the name', () => {
  it('removes the lone “by” left of the byline line, and keeps the date beside it', () => {
    const el = root('<ul><li><span>December 28, 2016</span></li><li><span>by </span></li></ul><p>Sometimes I miss a message.</p>');
    expect(removeLeadingBylineLine(el, 'Laura E. Adkins')).toBe(true);
    expect(el.textContent).toBe('December 28, 2016Sometimes I miss a message.');
    const story = root('<p>By and large, the council agreed.</p><p>More.</p>');
    expect(removeLeadingBylineLine(story, 'Laura E. Adkins')).toBe(false);
  });
});
