import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PATTERNS, matchBoilerplate, splitInlineWidgets } from './boilerplate-patterns';

describe('matchBoilerplate', () => {
  it.each([
    'Mehr zum Thema - Russisches Verteidigungsministerium: NATO bereitet sich vor',
    'Ausgegeben am:',
    'Ausgegeben am: 29.12.2021',
    'Anzeige',
    'Box aufklappen Box zuklappen',
    'source site-27',
    'Advertisement',
    'Share on Facebook Share on Twitter',
    'FacebookEmail Twitter Google+ LinkedIn Pinterest',
    'To find out more about Facebook commenting please read the Conversation Guidelines and FAQs',
    'Sign up for our daily newsletter',
    '9 min ago',
    '___',
    '.',
    '(68102)',
    'Caret down',
    'Enlarge this image',
    'Tap here to turn on desktop notifications to get the news sent straight to you.',
    'Enter City and State or Zip Code',
    'NYTimes.com no longer supports Internet Explorer 9 or earlier. Please upgrade your browser.',
    '— CBS News (@CBSNews) July 16, 2018',
    'A A',
    'Modal Trigger',
    'Share this article',
    'Share this —',
    'Share this:',
    "window._widgets = window._widgets || []; _widgets.push({ mode: 'thumbnails', container: 'gallery-3' });",
    "var pageSection = 'world';",
    'Get the Think newsletter.',
    'Get the Breaking News newsletter!',
    'The most reliable politics newsletter.',
    'You must select a newsletter to subscribe to. You may opt-out at any time.',
    'By clicking Sign up, you agree to our privacy policy .',
    'Subscribe on Amazon Echo , Google Home , Apple HomePod and other podcast players.',
    'Browse our full range of Times newsletters here .',
    'Trademark and Copyright 2018 Example News Network , Inc. All rights reserved.',
    'Follow @andyj0seph',
    'powered by Ask',
    'World 1 hour ago',
    'WorldViews Analysis',
    'PostEverything Perspective',
    'Analysis Interpretation of the news based on evidence, including data',
    'CBS News Videos •',
    'Tags: president donald trump | helsinki | free press',
    "Join the Nation's Conversation",
    '1:50 P.M.',
    '5:00 AM ET',
    '2:21 PM 07/16/2018',
    'You can unsubscribe at any time.',
    'We can’t find a newsday subscription associated with this login information.',
    "Get WND's mobile app for free.",
    'Download our app',
    'High 86F. Winds NNE at 5 to 10 mph..',
    'Mainly clear. Low near 70F. Winds N at 5 to 10 mph.',
    '1 of 12',
    'Partly cloudy skies. A stray shower or thunderstorm is possible. Low 67F. Winds NE at 5 to 10 mph.',
  ])('marks "%s" as chrome', (text) => {
    expect(matchBoilerplate(text)).toBe('paragraph');
  });

  it.each(['LINKS', 'TAGS', 'ARTIKEL ZUM THEMA', 'Leave a Reply', 'Kommentare'])('"%s" starts a tail', (text) => {
    expect(matchBoilerplate(text)).toBe('tail');
  });

  it.each([
    'Angespannte Lage',
    'Stand der Dinge ist, dass beide Seiten reden wollen.',
    'Mehr als 10.000 Soldaten seien in ihre Stützpunkte zurückgekehrt.',
    'Zum Thema Sicherheit sagte Scholz nichts.',
    'Close allies of the president said he would share more details.',
    '2018 war ein Jahr der Gipfel: Trump traf Putin in Helsinki und Kim in Singapur.',
    '— Trump, on the summit',
    'An Analysis of the summit shows how little was agreed.',
    'Follow @andyj0seph for more of his reporting from Helsinki.',
    'Tags: the president wore a red tie.',
    'Over the years, Putin has met four presidents.',
    '1:50 P.M. was when the two leaders sat down.',
    'Get the newsletter out before the summit starts, the editor told her staff on Monday.',
    'She left the paper to start a newsletter of her own.',
    'Share this story with the leaders, she said.',
    'Window. That was the word the minister used for the talks.',
    'Var is short for video assistant referee.',
    'Get the app makers to talk and the rest follows, he said.',
    'Temperatures reached a high of 86F in Helsinki on Monday, with light winds.',
  ])('leaves prose alone: "%s"', (text) => {
    expect(matchBoilerplate(text)).toBeNull();
  });

  it('does not let prefix patterns eat long paragraphs', () => {
    expect(matchBoilerplate(`Lesen Sie auch ${'viel Text '.repeat(40)}`)).toBeNull();
  });

  it('answers as testing every pattern in order would', () => {
    const oneByOne = (text: string) =>
      /^[^\p{L}\p{N}]*$/u.test(text)
        ? 'paragraph'
        : (BOILERPLATE_PATTERNS.find((p) => text.length <= p.maxLength && p.re.test(text))?.kind ?? null);
    const samples = [
      'TAGS',
      'tags',
      'Teilen',
      'ADVERTISEMENT',
      'advertisement',
      '3 / 4',
      'Stand: 12.3.2021',
      'Copyright 2018 The Associated Press. All rights reserved.',
      '72% of readers think this story is Fact. Add your two cents.',
      `Mehr zum Thema ${'x'.repeat(290)}`,
      `Mehr zum Thema ${'x'.repeat(300)}`,
      `Sign up for ${'x'.repeat(180)}`,
      'Angespannte Lage',
    ];
    for (const text of samples) expect(matchBoilerplate(text)).toBe(oneByOne(text));
  });

  it('documents every pattern', () => {
    for (const p of BOILERPLATE_PATTERNS) expect(p.why.length).toBeGreaterThan(5);
  });
});

describe('splitInlineWidgets', () => {
  it('cuts the widget label out of a paragraph, keeping both sides', () => {
    expect(splitInlineWidgets('Kritik von der EU Box aufklappen Box zuklappen Aus Brüssel wird Kritik laut.')).toEqual([
      { text: 'Kritik von der EU', widget: false },
      { text: 'Box aufklappen Box zuklappen', widget: true },
      { text: 'Aus Brüssel wird Kritik laut.', widget: false },
    ]);
  });

  it('returns text without widgets unchanged', () => {
    expect(splitInlineWidgets('Nur Text.')).toEqual([{ text: 'Nur Text.', widget: false }]);
  });

  it('names only text a pattern needs, so the search for it never hides a match', () => {
    for (const p of BOILERPLATE_PATTERNS) {
      if (p.needs === undefined) continue;
      expect(p.re.source).toContain(p.needs);
      expect(p.needs.toLowerCase()).toBe(p.needs.toUpperCase());
    }
    expect(matchBoilerplate('12% of readers think this story is Fact')).toBe('paragraph');
  });
});
