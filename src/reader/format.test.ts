import { describe, expect, it } from 'vitest';
import { cleanByline, cleanSiteName, formatPublished, formatReadingTime } from './format';

describe('format', () => {
  it('formats ISO dates and ignores garbage', () => {
    expect(formatPublished('2023-09-13T18:42:00+00:00', 'en-US')).toBe('September 13, 2023');
    expect(formatPublished('yesterday-ish', 'en-US')).toBeNull();
    expect(formatPublished(null)).toBeNull();
  });
  it('rounds reading time to at least a minute', () => {
    expect(formatReadingTime(0.2)).toBe('1 min read');
    expect(formatReadingTime(6.6)).toBe('7 min read');
  });
  it('cleans bylines', () => {
    expect(cleanByline('By  Jane   Doe ')).toBe('Jane Doe');
    expect(cleanByline('   ')).toBeNull();
    expect(cleanByline(null)).toBeNull();
  });
  it('drops “By” and its kin in other languages, and keeps names that only start like them', () => {
    expect(cleanByline('Written by Rob Ewaschuk')).toBe('Rob Ewaschuk');
    expect(cleanByline('By: Jane Doe')).toBe('Jane Doe');
    // A date in figures glued before the name, and a link to write to the author after it.
    expect(cleanByline('2.03.2018von Dennis Ziesecke | E-Mail')).toBe('Dennis Ziesecke');
    expect(cleanByline('12/29/14 Jane Doe')).toBe('Jane Doe');
    // "Published by" in the page's language, and the author's web address after the name.
    expect(cleanByline('Veröffentlicht von Henning Lobin www.lobin.de')).toBe('Henning Lobin');
    expect(cleanByline('Published by Jane Doe')).toBe('Jane Doe');
    // A company with its legal form is the publisher, not a writer.
    expect(cleanByline('Süddeutsche.de GmbH, Munich, Germany')).toBeNull();
    expect(cleanByline('Example Media Inc.')).toBeNull();
    expect(cleanByline('Verein: Historische Wehranlage in Horka e.V.')).toBeNull();
    expect(cleanByline('Agnes Ingram')).toBe('Agnes Ingram');
    // A note about the writer in the author's slot, and the newsroom named by its address after the name.
    expect(cleanByline('Ethan Kuperberg is a filmmaker and a writer for Amazon’s series “Transparent.”')).toBe('Ethan Kuperberg');
    expect(cleanByline('Keith Spera, NOLA.com | The Times-Picayune')).toBe('Keith Spera');
    expect(cleanByline('Matt Friedman | NJ Advance Media for NJ.com')).toBe('Matt Friedman');
    expect(cleanByline('Jane Doe, Staff')).toBe('Jane Doe, Staff');
    expect(cleanByline('BY SARAH BURGE\n      / STAFF WRITER')).toBe('SARAH BURGE');
    expect(cleanByline('Curator: Phoebe Gavin')).toBe('Phoebe Gavin');
    expect(cleanByline('Curated by Phoebe Gavin')).toBe('Phoebe Gavin');
    expect(cleanByline('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(cleanByline('Von Maren Østby')).toBe('Maren Østby');
    expect(cleanByline('Por Ana García y Luis Pérez')).toBe('Ana García y Luis Pérez');
    expect(cleanByline('Byron Kim')).toBe('Byron Kim');
    expect(cleanByline('Parker Lee, Jane Doe')).toBe('Parker Lee, Jane Doe');
    expect(cleanByline('Bruno (Henrique Zecchin) Rodrigues')).toBe('Bruno (Henrique Zecchin) Rodrigues');
  });
  it('cuts the page’s date, “Updated” stamp and links off the name', () => {
    expect(cleanByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(cleanByline('Jane Doe | Updated: March 3, 2024')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe, September 13, 2023 10:42 am')).toBe('Jane Doe');
    expect(cleanByline('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toBe('Bradley M. Kuhn');
    // The word that led into the date goes with it; the same word elsewhere stays.
    expect(cleanByline('By Maren Ostby on March 3, 2019')).toBe('Maren Ostby');
    expect(cleanByline('Par Jean Dupont le 3 mars 2019')).toBe('Jean Dupont');
    expect(cleanByline('Posted by Andrew Hayden, Software Engineer on Google Play')).toBe('Andrew Hayden, Software Engineer on Google Play');
    expect(cleanByline('Nicole Gallucci2016-12-13T21:54:05Z')).toBe('Nicole Gallucci');
    expect(cleanByline('By Jason Tabrys • 12.29.14')).toBe('Jason Tabrys');
    expect(cleanByline('Jane Doe, 25/12/2014')).toBe('Jane Doe');
    expect(cleanByline('Version 2.0.1 Team')).toBe('Version 2.0.1 Team');
    expect(cleanByline('By Julia Horowitz @CNNMoney')).toBe('Julia Horowitz');
    // A header line "logo / name / time" leaves the name between separators.
    expect(cleanByline('/ Cory Doctorow / 10:08 am Fri Jul 19, 2013')).toBe('Cory Doctorow');
    expect(cleanByline('@janedoe')).toBeNull();
    expect(cleanByline('Aja Romano@ajaromano')).toBe('Aja Romano');
    expect(cleanByline('Jane Doe jane.doe@example.com')).toBe('Jane Doe');
    // A weekday before the date goes with it; a name that is also a day's short name stays.
    expect(cleanByline('By Bryan Walsh Tuesday, Aug. 17, 2010')).toBe('Bryan Walsh');
    expect(cleanByline('Lena Sun, June 3, 2020')).toBe('Lena Sun');
    expect(cleanByline('Jane Doe - AP Writer | AP – 1 hr 4 mins ago')).toBe('Jane Doe - AP Writer | AP');
    expect(cleanByline('9:39AM BST')).toBeNull();
    // The date first, then the name.
    expect(cleanByline('December 15, 20163:33 PM ET            Rebecca Hersher')).toBe('Rebecca Hersher');
    expect(cleanByline('Updated 2024-03-01 10:42 | By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Wednesday January 18, 2017 11:44 am PST by Juli Clover')).toBe('Juli Clover');
    // The name again, a handle, a dateline's place.
    expect(cleanByline('Author: Emma Grey Ellis.  Emma Grey Ellis   Science')).toBe('Emma Grey Ellis');
    expect(cleanByline('Margaret Talev  margarettalev')).toBe('Margaret Talev');
    expect(cleanByline('Meg WagnerNEW YORK DAILY NEWSDec 16, 2016')).toBe('Meg Wagner');
    expect(cleanByline('Larry FitzmauriceContributor')).toBe('Larry Fitzmaurice');
    expect(cleanByline('Ronald McDonald and Tim DeShawn')).toBe('Ronald McDonald and Tim DeShawn');
    expect(cleanByline('By Howard Schneider and Lindsay Dunsmuir | WASHINGTON')).toBe('Howard Schneider and Lindsay Dunsmuir');
    expect(cleanByline('Jane Doe | The Daily News')).toBe('Jane Doe | The Daily News');
    expect(cleanByline('Ann Lee, Ann Lee-Smith and Bo Ek')).toBe('Ann Lee, Ann Lee-Smith and Bo Ek');
    // The comments link after the name.
    expect(cleanByline('By Drew DeSilverLeave a comment')).toBe('Drew DeSilver');
    expect(cleanByline('Jane Doe | 12 Comments')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe Comments (3)')).toBe('Jane Doe');
  });
  it('shows no byline that only names the site, when the site is known', () => {
    expect(cleanByline('GQ Magazine', 'GQ')).toBeNull();
    expect(cleanByline('VOGUE', 'VOGUE')).toBeNull();
    expect(cleanByline('BBC News', 'BBC')).toBeNull();
    expect(cleanByline('Guardian staff', 'The Guardian')).toBe('Guardian staff');
    expect(cleanByline('USA News Independent Staff', 'USA News Independent')).toBe('USA News Independent Staff');
    expect(cleanByline('Fox News', 'New York Post')).toBe('Fox News');
    expect(cleanByline('GQ Magazine')).toBe('GQ Magazine');
    expect(cleanByline('Vogue Williams', 'Vogue')).toBe('Vogue Williams');
    // A web address and a section after it: the site and its section, no one's name.
    expect(cleanByline('ELLE.com \u00a0| Life & Love News')).toBeNull();
  });
  it('shows no byline when Readability took a picture’s credit for one', () => {
    expect(cleanByline('Photograph by Tyrone Turner, National Geographic Creative')).toBeNull();
    expect(cleanByline('Illustration: Maren Ostby')).toBeNull();
    expect(cleanByline('Photos by Jane Doe and Ann Lee')).toBeNull();
    expect(cleanByline('Photon Lee')).toBe('Photon Lee');
  });
  it('shows no byline when the page’s “byline” is no name', () => {
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 28, 2019 at 8:12 am')).toBeNull();
    expect(cleanByline('Last Updated: January 7, 2025')).toBeNull();
    expect(cleanByline('2016-12-01')).toBeNull();
    expect(cleanByline('Follow Author')).toBeNull();
    expect(cleanByline('so Artikel empfehlen:')).toBeNull();
    expect(cleanByline('Authors')).toBeNull();
    expect(cleanByline('lefigaro.fr')).toBeNull();
    expect(cleanByline('Jane Doe, example.com')).toBe('Jane Doe');
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('Written by')).toBeNull();
    expect(cleanByline(`The council met on Tuesday ${'and talked about the bridge '.repeat(5)}for hours.`)).toBeNull();
  });
  it('shows a site name given as an address as its host, without dangling separators', () => {
    expect(cleanSiteName('http://www.tmz.com')).toBe('tmz.com');
    expect(cleanSiteName('https://example.org/')).toBe('example.org');
    expect(cleanSiteName('SIMPLYFOUND.COM | BY')).toBe('SIMPLYFOUND.COM');
    expect(cleanSiteName('The Guardian')).toBe('The Guardian');
    expect(cleanSiteName('Mozilla Hacks – the Web developer blog')).toBe('Mozilla Hacks – the Web developer blog');
    expect(cleanSiteName('BBC - Home')).toBe('BBC');
    expect(cleanSiteName(' | ')).toBeNull();
    expect(cleanSiteName(null)).toBeNull();
  });
});
