import { describe, expect, it } from 'vitest';
import { stripChannelSuffix, stripHostSuffix, stripSiteSuffix } from './site-suffix';

describe('stripSiteSuffix', () => {
  it('drops the site name after a dash, bar or dot', () => {
    expect(stripSiteSuffix('Port Alder opens its first tide-powered ferry line – The Coastal Ledger', 'The Coastal Ledger')).toBe(
      'Port Alder opens its first tide-powered ferry line',
    );
    expect(stripSiteSuffix('Budget passes | Daily News', 'Daily News')).toBe('Budget passes');
    expect(stripSiteSuffix('Budget passes — DAILY NEWS', 'Daily News')).toBe('Budget passes');
    expect(stripSiteSuffix('Budget passes · dailynews', 'Daily News')).toBe('Budget passes');
  });

  it("drops the site's name with what follows it, and a blog's name after ' @ '", () => {
    expect(stripSiteSuffix('Budget passes - Daily News - Network of Papers', 'Daily News')).toBe('Budget passes');
    expect(stripSiteSuffix('賞楓 (2) @ 史蒂文的家 :: 痞客邦 PIXNET ::', '史蒂文的家')).toBe('賞楓 (2)');
    expect(stripSiteSuffix('Budget passes - Network of Papers - Weekend', 'Daily News')).toBe(
      'Budget passes - Network of Papers - Weekend',
    );
  });

  it("drops the site's name in front of the headline", () => {
    expect(stripSiteSuffix('Daily News | Budget passes after a long night', 'Daily News')).toBe('Budget passes after a long night');
    expect(stripSiteSuffix('The Daily News – Budget passes', 'Daily News')).toBe('Budget passes');
    // A colon follows a headline's own first words; a one-word rest is no headline.
    expect(stripSiteSuffix('Daily News: the first hundred years', 'Daily News')).toBe('Daily News: the first hundred years');
    expect(stripSiteSuffix('Daily News | Home', 'Daily News')).toBe('Daily News | Home');
    expect(stripHostSuffix('Gothamist - Subway fares rise again', 'https://gothamist.com/news/fares')).toBe('Subway fares rise again');
  });

  it("drops a section's name between the headline and the site's, and knows short registered names", () => {
    expect(stripHostSuffix('Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR', 'https://www.npr.org/a')).toBe(
      'Dylann Roof Convicted Of Charleston Church Massacre',
    );
    expect(stripHostSuffix('Budget passes after a long night - Politics - BBC News', 'https://www.bbc.co.uk/news/1')).toBe(
      'Budget passes after a long night - Politics - BBC News',
    );
    expect(stripSiteSuffix('Rangers – Celtic – Sports Weekly', 'Sports Weekly')).toBe('Rangers – Celtic');
    expect(stripSiteSuffix('Budget passes after a long night | Politics | Daily News', 'Daily News')).toBe('Budget passes after a long night');
  });

  it('keeps titles whose last part is not the site name', () => {
    expect(stripSiteSuffix('Rangers – Celtic: the derby in numbers', 'Sports Weekly')).toBe(
      'Rangers – Celtic: the derby in numbers',
    );
    expect(stripSiteSuffix('Half-time report', 'Sports Weekly')).toBe('Half-time report');
    expect(stripSiteSuffix('The Coastal Ledger', 'The Coastal Ledger')).toBe('The Coastal Ledger');
    expect(stripSiteSuffix('Anything – Site', null)).toBe('Anything – Site');
  });
});

describe('stripChannelSuffix', () => {
  it("drops a Chinese title's section and site after underscores", () => {
    expect(stripChannelSuffix('机器学会了记忆 人工智能迈上新台阶_科技_新闻网')).toBe('机器学会了记忆 人工智能迈上新台阶');
    expect(stripChannelSuffix('宇航员在太空中会怎么样？后果很严重 _探索者 _光明网')).toBe('宇航员在太空中会怎么样？后果很严重');
    expect(stripChannelSuffix('留学生看两会：关注点大不同｜教育频道｜青年网')).toBe('留学生看两会：关注点大不同');
  });

  it('keeps titles that do not end with short named parts', () => {
    // One trailing part could be the headline's own; Latin names with underscores are code, not sections.
    expect(stripChannelSuffix('人工智能迈上新台阶_科技')).toBe('人工智能迈上新台阶_科技');
    expect(stripChannelSuffix('size_of_val_raw')).toBe('size_of_val_raw');
    expect(stripChannelSuffix('Notes_2024_Blog')).toBe('Notes_2024_Blog');
    // Parts as long as the headline are not a section and a site.
    expect(stripChannelSuffix('短标题_一个很长的部分不是栏目_网')).toBe('短标题_一个很长的部分不是栏目_网');
    expect(stripChannelSuffix('没有分隔符的标题')).toBe('没有分隔符的标题');
  });
});

describe('stripHostSuffix', () => {
  it('strips a final part that is the address’s own name, when the page names no site', () => {
    expect(stripHostSuffix("NYC's Fallout Shelters Basically Don't Exist Anymore: Gothamist", 'http://gothamist.com/2017/03/08/fallout.php')).toBe(
      "NYC's Fallout Shelters Basically Don't Exist Anymore",
    );
    expect(stripHostSuffix('Budget passes - The Guardian', 'https://www.theguardian.com/uk/budget')).toBe('Budget passes');
    expect(stripHostSuffix('Budget passes | example.org', 'https://example.org/a')).toBe('Budget passes');
    expect(stripHostSuffix('Budget passes · Harbour News', 'https://news.harbour-news.co.uk/a')).toBe('Budget passes');
  });

  it('keeps a title whose last part is not the host’s name, and pages not on the web', () => {
    expect(stripHostSuffix('Brexit: what happens next', 'https://gothamist.com/a')).toBe('Brexit: what happens next');
    expect(stripHostSuffix('Budget passes - Com', 'https://gothamist.com/a')).toBe('Budget passes - Com');
    expect(stripHostSuffix('Gothamist', 'https://gothamist.com/')).toBe('Gothamist');
    expect(stripHostSuffix('Notes: Gothamist', 'file:///home/me/gothamist.html')).toBe('Notes: Gothamist');
    expect(stripHostSuffix('Notes - Local', 'http://127.0.0.1:8080/local')).toBe('Notes - Local');
  });
});
