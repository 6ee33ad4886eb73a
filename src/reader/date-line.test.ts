import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateOfLine, takeLeadingDateLine } from './date-line';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const STORY = '<p>Twitter erupted on Monday morning when the president shared his branding advice.</p>';

describe('dateOfLine', () => {
  it('reads a line that is only a date, with or without its time', () => {
    expect(dateOfLine('April 15, 2019 6:18am')).toBe('2019-04-15');
    expect(dateOfLine(' Sept. 25, 2018 ')).toBe('2018-09-25');
    expect(dateOfLine('Posted on 28 December 2016')).toBe('2016-12-28');
    expect(dateOfLine('Tuesday, March 3rd, 2020 at 3:46 PM EST')).toBe('2020-03-03');
  });

  it('reads nothing else: sentences, updates, bylines, impossible days', () => {
    expect(dateOfLine('On April 15, 2019 the council voted.')).toBeNull();
    expect(dateOfLine('Updated April 15, 2019')).toBeNull();
    expect(dateOfLine('By Jane Doe, April 15, 2019')).toBeNull();
    expect(dateOfLine('April 45, 2019')).toBeNull();
  });
});

describe('takeLeadingDateLine', () => {
  it('gives an article with no date the line’s date, and takes the line out (and the list it leaves empty)', () => {
    const el = root(`<ul><li><span>December 28, 2016</span></li></ul>${STORY}`);
    expect(takeLeadingDateLine(el, null)).toBe('2016-12-28');
    expect(el.innerHTML).toBe(STORY);
  });

  it('takes out a line that repeats the known date, and keeps one that says another day', () => {
    const same = root(`<p><time>Feb. 21, 2019</time></p>${STORY}`);
    expect(takeLeadingDateLine(same, '2019-02-21T10:00:00Z')).toBe('2019-02-21T10:00:00Z');
    expect(same.innerHTML).toBe(STORY);
    const other = root(`<p>March 11, 2015 3:46 PM</p>${STORY}`);
    expect(takeLeadingDateLine(other, '2015-03-12T13:11:07Z')).toBe('2015-03-12T13:11:07Z');
    expect(other.children).toHaveLength(2);
  });

  it('leaves a date further down in the story alone', () => {
    const el = root(`${STORY}${STORY}${STORY}<p>April 15, 2019</p>`);
    expect(takeLeadingDateLine(el, null)).toBeNull();
    expect(el.children).toHaveLength(4);
  });
});
