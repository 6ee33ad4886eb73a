import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dateInByline, dateOfLine, isRecentDayLine, takeLeadingDateLine } from './date-line';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const STORY = '<p>Twitter erupted on Monday morning when the president shared his branding advice.</p>';

describe('dateOfLine', () => {
  it('reads a line that is only a date, with or without its time', () => {
    expect(dateOfLine('April 15, 2019 6:18am')).toBe('2019-04-15');
    expect(dateOfLine(' Sept. 25, 2018 ')).toBe('2018-09-25');
    expect(dateOfLine('Posted on 28 December 2016')).toBe('2016-12-28');
    expect(dateOfLine('Tuesday, March 3rd, 2020 at 3:46 PM EST')).toBe('2020-03-03');
    expect(dateOfLine('On May 23, 2014 at 1:30 PM')).toBe('2014-05-23');
  });

  it('reads a date in figures, and no date from figures that read two ways', () => {
    expect(dateOfLine('2014-12-16')).toBe('2014-12-16');
    expect(dateOfLine('12.16.14')).toBe('2014-12-16');
    expect(dateOfLine('11:57 AM  12/25/2014')).toBe('2014-12-25');
    expect(dateOfLine('25/12/2014 14:05')).toBe('2014-12-25');
    expect(dateOfLine('12.06.14')).toBeNull();
    expect(dateOfLine('12.16.14 and more')).toBeNull();
    expect(dateOfLine('3.14.15.92')).toBeNull();
  });

  it('reads a date in the page’s own language, its months as they stand in a date', () => {
    expect(dateOfLine('Mittwoch, 29. Mai 2013, 12:34 Uhr', 'de-DE')).toBe('2013-05-29');
    expect(dateOfLine('29 de mayo de 2013', 'es')).toBe('2013-05-29');
    expect(dateOfLine('12 juillet 2014', 'fr')).toBe('2014-07-12');
    expect(dateOfLine('5 мая 2015', 'ru')).toBe('2015-05-05');
    expect(dateOfLine('3 okt. 2019', 'nl')).toBe('2019-10-03');
    // Not in another language's page, and not a month's first letters that two months share.
    expect(dateOfLine('29 Mai 2013', 'en')).toBeNull();
    expect(dateOfLine('12 jui 2014', 'fr')).toBeNull();
    expect(dateOfLine('Heute, 29. Mai 2013', 'de')).toBeNull();
  });

  it('reads nothing else: sentences, updates, bylines, impossible days', () => {
    expect(dateOfLine('On April 15, 2019 the council voted.')).toBeNull();
    expect(dateOfLine('Updated April 15, 2019')).toBeNull();
    expect(dateOfLine('By Jane Doe, April 15, 2019')).toBeNull();
    expect(dateOfLine('April 45, 2019')).toBeNull();
    expect(dateOfLine('By May 23, 2014')).toBeNull();
    expect(dateOfLine('Mayday 5, 2014')).toBeNull();
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

  it('reads a date set as a badge, its day over its month and year, and takes the badge out', () => {
    const el = root(`<div class="date"><div>29</div><div>Mai 2013</div></div>${STORY}`);
    expect(takeLeadingDateLine(el, null, 'de')).toBe('2013-05-29');
    expect(el.innerHTML).toBe(STORY);
  });

  it('takes out figures that read two ways when one reading is the known day, and keeps them when none is known', () => {
    const same = root(`<p>12.06.14</p>${STORY}`);
    expect(takeLeadingDateLine(same, '2014-06-12T10:00:00Z')).toBe('2014-06-12T10:00:00Z');
    expect(same.innerHTML).toBe(STORY);
    const unknown = root(`<p>12.06.14</p>${STORY}`);
    expect(takeLeadingDateLine(unknown, null)).toBeNull();
    expect(unknown.children).toHaveLength(2);
  });

  it('leaves a date further down in the story alone', () => {
    const el = root(`${STORY}${STORY}${STORY}<p>April 15, 2019</p>`);
    expect(takeLeadingDateLine(el, null)).toBeNull();
    expect(el.children).toHaveLength(4);
  });
});

describe('dateInByline', () => {
  it('reads the date a byline carries after its name, and nothing from a name alone or a partial date', () => {
    expect(dateInByline('Diana Yen | December 22, 2014')).toBe('2014-12-22');
    expect(dateInByline('Jana Novak · 3. März 2020', 'de')).toBe('2020-03-03');
    expect(dateInByline('Diana Yen')).toBeNull();
    expect(dateInByline('Diana Yen | December 2014')).toBeNull();
    expect(dateInByline(null)).toBeNull();
  });
});

describe('isRecentDayLine', () => {
  it('knows "today" and "yesterday" with a time, in English and the page’s language', () => {
    expect(isRecentDayLine('Today, 5:40 PM')).toBe(true);
    expect(isRecentDayLine('Yesterday at 9:15 pm')).toBe(true);
    expect(isRecentDayLine('Šodien, 17:40', 'lv')).toBe(true);
    expect(isRecentDayLine('Heute, 12:34 Uhr', 'de')).toBe(true);
    expect(isRecentDayLine('Today')).toBe(false);
    expect(isRecentDayLine('Today, the council voted.')).toBe(false);
    expect(isRecentDayLine('Monday, 17:40')).toBe(false);
  });

  it('is taken out above the story, and the known date stays', () => {
    const el = root(`<p>Šodien, 17:40</p>${STORY}`);
    expect(takeLeadingDateLine(el, '2021-01-03T17:40:00Z', 'lv')).toBe('2021-01-03T17:40:00Z');
    expect(el.innerHTML).toBe(STORY);
  });
});
