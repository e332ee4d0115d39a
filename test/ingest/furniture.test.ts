// Page furniture in the seed articles: what is left out of extraction, and why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromBytes, loadFurnitureRules, type FurnitureRules } from '../../src/ingest/index.js';
import type { ArticleText } from '../../src/model/types.js';
import { ROOT } from '../build/cli.js';

let rules: FurnitureRules;
beforeAll(async () => {
  rules = await loadFurnitureRules(join(ROOT, 'ontology'));
});

function seed(file: string): Promise<ArticleText> {
  const path = join(ROOT, 'seeds', file);
  return articleFromBytes(
    { path, rel: file, display: `seeds/${file}`, format: 'txt' },
    readFileSync(path),
    rules,
  );
}
const furnitureText = (a: ArticleText) =>
  a.furniture.map((f) => [f.reason, a.text.slice(f.start, f.end).split('\n')[0]]);
const articleText = (a: ArticleText) => a.regions.map((r) => a.text.slice(r.start, r.end)).join('\n');
/** An article read from text written for the test. */
const fromText = (text: string) =>
  articleFromBytes(
    { path: 'x.txt', rel: 'x.txt', display: 'x.txt', format: 'txt' },
    Buffer.from(text),
    rules,
  );

describe('furniture in the seeds', () => {
  it('000: quiz blurb, byline + author bio, and the "Recent Posts" list to the end', async () => {
    const a = await seed('000_970ed5c3b098e879.txt');
    expect(furnitureText(a)).toEqual([
      ['"try our quiz" line', 'Are you a security expert? Try our quiz!'],
      ['byline', 'Tom Jowitt'],
      [
        'author bio',
        'Tom Jowitt is a leading British tech freelancer and long standing contributor to Silicon UK. He is also a bit of a Lord of the Rings nut...',
      ],
      ['"Recent Posts" and what follows it', 'Recent Posts'],
    ]);
    expect(a.author).toBe('Tom Jowitt');
    expect(articleText(a)).toContain('ready to co-operate with the US on cybersecurity issues.');
    expect(articleText(a)).not.toContain('Boeing Starliner');
  });

  it('001: a byline with a role, the bio and "2 min read"', async () => {
    const a = await seed('001_6b62ce62292d1908.txt');
    expect(furnitureText(a).map(([r]) => r)).toEqual(['byline', 'author bio', 'byline', '"min read" line']);
    expect(a.author).toBe('Lance Whitney');
    expect(articleText(a)).not.toContain('freelance technology writer');
  });

  it('003: "Back to Home" is not the headline', async () => {
    const a = await seed('003_3ff6b5a159a31f7f.txt');
    expect(a.headline).toBe('US raises cyber concerns with China');
    expect(a.text.slice(a.headlineSpan!.start, a.headlineSpan!.end)).toBe(a.headline);
    expect(furnitureText(a)).toEqual([['"back to home" line', 'Back to Home']]);
  });

  it('004: repeated headline, [Source] links, and the subscription/ads tail', async () => {
    const a = await seed('004_1e197ee08be45052.txt');
    expect(furnitureText(a)).toEqual([
      ['repeated headline', 'U.S., China Cyber Group Holds First Talks'],
      ['"[Source]" link', '[Source]'],
      ['"[Source]" link', '[Source]'],
      ['"Subscribe to CDT" and what follows it', 'Subscribe to CDT'],
    ]);
    const body = articleText(a);
    expect(body).toContain('Cyberspace Administration of China.');
    for (const gone of ['[Source]', 'Google Ads', 'Lantern', 'Open popup', 'non-profit media site'])
      expect(body).not.toContain(gone);
  });

  it('002 has no furniture; sub-headings stay in the article', async () => {
    const a = await seed('002_8f53a735e4d0b3e2.txt');
    expect(a.furniture).toEqual([]);
    expect(articleText(a)).toContain('Is progress possible?');
  });

  it('keeps the file text exactly, so offsets are offsets into the file', async () => {
    for (const file of ['000_970ed5c3b098e879.txt', '004_1e197ee08be45052.txt']) {
      expect((await seed(file)).text).toBe(readFileSync(join(ROOT, 'seeds', file), 'utf8'));
    }
  });
});

describe('the shape rules without cues', () => {
  it('a run of short lines without sentence punctuation is a link list; a lone sub-heading is not', async () => {
    const text =
      'Headline here\n\nFirst paragraph says something long enough to be prose.\n\nA Sub Heading\n\nMore prose follows here, as articles do.\n\nWorld\nPolitics\nTechnology\nSport\n';
    const a = await fromText(text);
    expect(furnitureText(a)).toEqual([
      ['link list (4 short lines in a row)', 'World'],
      ['link list (4 short lines in a row)', 'Politics'],
      ['link list (4 short lines in a row)', 'Technology'],
      ['link list (4 short lines in a row)', 'Sport'],
    ]);
    expect(articleText(a)).toContain('A Sub Heading');
  });

  it('one line of titles between bars is a link list; a sentence with a bar in it is not', async () => {
    const text =
      'Headline here\n\nFirst paragraph says something long enough to be prose.\n\nRelated: Inside the GRU Units | How Fancy Bear Picks Its Targets | Election Tracker\n\nThe vote split 52 | 48 | 0 in the end, officials said.\n';
    const a = await fromText(text);
    expect(furnitureText(a)).toEqual([
      ['link list', 'Related: Inside the GRU Units | How Fancy Bear Picks Its Targets | Election Tracker'],
    ]);
    expect(articleText(a)).toContain('The vote split');
  });

  it('a "Subscribe" promotion in the middle of the article is one line of furniture, not the end', async () => {
    const para =
      'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
    const text = `China rejects hacking claims\n\n${para}\n\nSubscribe to our newsletter\n\n${para}\n\n${para}\n`;
    const a = await fromText(text);
    expect(furnitureText(a)).toEqual([['"Subscribe to our newsletter" line', 'Subscribe to our newsletter']]);
  });

  it('a "More from AP:" line with its links after a colon ends the article like a heading', async () => {
    const para =
      'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
    const text = `China rejects hacking claims\n\n${para}\n\n${para}\n\nMore from AP: Trump threatens to ban TikTok; Microsoft in talks to buy the app's U.S. operations\n`;
    const a = await fromText(text);
    expect(furnitureText(a)).toEqual([
      [
        '"More from AP: Trump threatens to ban TikTok; Microsoft in talks to buy the app\'s U.S. operations" and what follows it',
        "More from AP: Trump threatens to ban TikTok; Microsoft in talks to buy the app's U.S. operations",
      ],
    ]);
  });

  it('a list the article introduces with a colon is article text', async () => {
    const text =
      'Treasury sanctions GRU units\n\nThe Treasury named the units it sanctioned on Monday:\n\n- Unit 26165\n- Unit 74455\n- The Main Intelligence Directorate\n\nMoscow denied the charges.\n';
    const a = await fromText(text);
    expect(a.furniture).toEqual([]);
  });
});

describe('lists of other stories and notices, as outside sites lay them out', () => {
  const para =
    'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
  it('a "Related coverage" heading and its bulleted headlines end the article, however long the headlines', async () => {
    const text = `China rejects hacking claims\n\n${para}\n\n${para}\n\nRELATED COVERAGE\n› Estonia says Russian hackers hit its ministries in a wave of attacks\n› Prosecutors charge two Latvian men with breaching a bank in Riga\n`;
    const a = await fromText(text);
    expect(articleText(a)).not.toContain('Estonia says');
    expect(articleText(a)).not.toContain('Prosecutors charge');
    expect(articleText(a)).toContain('opposed all forms');
  });

  it('headlines marked "›" are furniture anywhere; "-" items only after the last paragraph, and never after a colon', async () => {
    const text = `China rejects hacking claims\n\n${para}\n\n› Estonia says Russian hackers hit its ministries in a wave of attacks\n› Prosecutors charge two Latvian men with breaching a bank in Riga\n\n${para}\n\nThe indictment alleges that the two men\n- sent phishing emails to staff of the ministry over two years\n- sold the stolen passwords to a broker in Moscow\n\n${para}\n\nThe ministry listed what it wanted:\n- an apology from the embassy for the claims it had made\n- the evidence it said its investigators had found\n\n${para}\n\n- Kremlin denies plotting to install a new leader in Kyiv\n- Poland says Russian hackers hit its news agency\n`;
    const a = await fromText(text);
    expect(articleText(a)).not.toContain('Estonia says');
    expect(articleText(a)).toContain('sold the stolen passwords');
    expect(articleText(a)).toContain('an apology from the embassy');
    expect(articleText(a)).not.toMatch(/Kremlin denies|Poland says/);
  });

  it('"Most viewed" and headlines of nine to sixteen words after the article are a link list', async () => {
    const text = `China rejects hacking claims\n\n${para}\n\n${para}\n\nMost viewed\n\nEstonia says Russian hackers hit its ministries in a wave of attacks\nProsecutors charge two Latvian men with breaching a bank in Riga last year\nKremlin denies plotting to install a pro-Russian leader in Kyiv\n`;
    const a = await fromText(text);
    expect(articleText(a)).not.toMatch(/Estonia says|Prosecutors charge|Kremlin denies/);
  });

  it('above the first paragraph, a long standfirst without a full stop stays in the article', async () => {
    const text = `Hackers hit the railway\nHacktivists claim to have encrypted servers of the state rail company and demand a release of prisoners\nKaty Horn in Vilnius\nTue 25 Jan 2022 14.12 GMT\n\n${para}\n`;
    const a = await fromText(text);
    expect(articleText(a)).toContain('Hacktivists claim');
  });

  it('a cookie notice is furniture whatever its length', async () => {
    const text = `China rejects hacking claims\n\n${para}\n\n${para}\n\nWe use cookies to improve your experience on our site and to show you relevant advertising. By continuing, you agree to our use of cookies.\n`;
    const a = await fromText(text);
    expect(furnitureText(a)).toEqual([['"we use cookies" notice', expect.stringMatching(/^We use cookies/)]]);
  });
});

describe('a scraped wire page: navigation, captions, inline promotions', () => {
  const page = [
    'Skip to main content',
    'Home > World > Europe',
    'Dutch spy agencies blame Russian group for police hack',
    'By Anna Berg and Piet Smit',
    'Photo: A man types on a keyboard. REUTERS/Dado Ruvic',
    '',
    "AMSTERDAM, May 27 (Reuters) - The Netherlands' two intelligence services said on Tuesday that a previously unknown Russian hacking group broke into the Dutch police last year and stole contact details of officers.",
    '',
    "Related: Russia's Sandworm hackers hit Polish water plant, officials say",
    '',
    '"This is a serious threat to our security," Defence Minister Ruben Brekelmans said in a statement on Tuesday afternoon in The Hague.',
    '',
    'Topics: Cybersecurity, Russia, Netherlands',
  ].join('\n');
  it('finds the real headline past "Skip to main content" and a breadcrumb trail', async () => {
    const a = await fromText(page);
    expect(a.headline).toBe('Dutch spy agencies blame Russian group for police hack');
  });
  it('leaves out the photo caption, the "Related:" promotion and the topics, and keeps the article', async () => {
    const text = articleText(await fromText(page));
    expect(text).not.toMatch(/Photo:|Sandworm|Topics:/);
    expect(text).toContain('two intelligence services said');
    expect(text).toContain('Defence Minister Ruben Brekelmans said');
  });
});

describe("an article's own text that looks like furniture stays (review of this round)", () => {
  const para =
    'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
  const text = [
    'Dutch regulator fines ministries over tracking scripts',
    '',
    para,
    '',
    'The study found that the use of cookies by third-party scripts on ministry websites had exposed visitors to tracking.',
    '',
    'By continuing to use these scripts after being warned in 2022, the agencies broke European data protection rules.',
    '',
    'Read more about the investigation below.',
    '',
    "Iran's foreign ministry rejected the accusation and said it would respond.",
    '',
    'What we know so far',
    "China's foreign ministry denied the accusation at a briefing in Beijing",
    'The hackers used stolen passwords to reach the ministry mail servers',
    'Investigators traced the servers to a company in Chengdu last week',
    '',
    para,
    '',
    'The White House condemned the attack and said it would hold those responsible to account.',
  ].join('\n');
  it('keeps paragraphs about cookies, "Read more about …" and the lines after it, and a fact box', async () => {
    const kept = articleText(await fromText(text));
    for (const phrase of [
      'the use of cookies by third-party scripts',
      'By continuing to use these scripts',
      "Iran's foreign ministry rejected",
      "China's foreign ministry denied the accusation",
      'Investigators traced the servers',
      'The White House condemned the attack',
    ])
      expect(kept).toContain(phrase);
  });
});

describe('second review of this round: article sentences that begin like furniture cues', () => {
  const para =
    'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
  it('keeps "File photos released …", "Hackers often skip to …", "By continuing to browse …"; drops "In other news: …"', async () => {
    const text = [
      'Polish water plant hacked',
      '',
      para,
      '',
      'File photos released by the ministry showed the hackers had accessed a panel controlling chlorine dosing.',
      '',
      'Hackers often skip to easier targets.',
      '',
      'By continuing to browse the fake subsidy portal, drivers unknowingly installed malware, the researchers said.',
      '',
      'In other news: Danish police arrested two men suspected of hacking a ministry.',
      '',
      para,
    ].join('\n');
    const kept = articleText(await fromText(text));
    expect(kept).toContain('File photos released');
    expect(kept).toContain('Hackers often skip to easier targets.');
    expect(kept).toContain('By continuing to browse');
    expect(kept).not.toContain('Danish police');
  });
});

describe('third review of this round: navigation and notices in their usual forms, prose that begins like them', () => {
  const para =
    'The Foreign Ministry said on Tuesday that the accusations were groundless and that it opposed all forms of hacking and cyber attacks.';
  it('drops "Skip to main navigation", "FILE PHOTO - …" and a cookie notice that says "by continuing to browse"', async () => {
    const text = [
      'Skip to main navigation',
      'Dutch intelligence says Chinese hackers breached defence network',
      '',
      'FILE PHOTO - A man types on a computer keyboard. REUTERS/Kacper Pempel',
      '',
      para,
      '',
      para,
      '',
      'By continuing to browse this site, you accept the use of cookies for analytics and advertising.',
    ].join('\n');
    const a = await fromText(text);
    expect(a.headline).toBe('Dutch intelligence says Chinese hackers breached defence network');
    expect(articleText(a)).not.toMatch(/FILE PHOTO|continuing to browse/);
  });
  it('keeps "In other news outlets, …" and "See also the MIVD\'s annual report, …" as prose', async () => {
    const text = [
      'Dutch intelligence says Chinese hackers breached defence network',
      '',
      para,
      '',
      'In other news outlets, the Chinese foreign ministry was quoted as calling the accusations groundless.',
      '',
      "See also the MIVD's annual report, published in April, which warned that China's espionage was growing.",
      '',
      para,
    ].join('\n');
    const kept = articleText(await fromText(text));
    expect(kept).toContain('In other news outlets');
    expect(kept).toContain("See also the MIVD's annual report");
  });
});
