import { describe, expect, it } from 'vitest';
import { classifyParagraphs, type SourceBlock } from './classify-paragraphs';
import { siteKeyOf } from './masthead';

const text = (t: string): SourceBlock => ({ text: t, kind: 'text' });

describe('classifyParagraphs', () => {
  it('passes over a masthead and a one-word section label to the title', () => {
    const { paragraphs } = classifyParagraphs(
      [
        text('CBS News'),
        text('Politics'),
        text('What Trump is up against in talks with Putin'),
        text('The first paragraph says what happened.'),
        text('The second one goes on.'),
      ],
      siteKeyOf('cbsnews.com'),
    );
    expect(paragraphs.map((p) => p.part)).toEqual(['boilerplate', 'heading', 'title', 'lead', 'body']);
  });

  it('takes the headline under a section label of a few words for the title, keeping the label', () => {
    const parts = (blocks: SourceBlock[]) => classifyParagraphs(blocks).paragraphs.map((p) => `${p.part}: ${p.text}`);
    expect(
      parts([
        text('Gold and Precious Metals'),
        text('The Gaping Holes In The Official Skripal Story'),
        text('In my last post I set out the official account.'),
        text('Here I examine the credibility of this story.'),
      ]).slice(0, 2),
    ).toEqual(['heading: Gold and Precious Metals', 'title: The Gaping Holes In The Official Skripal Story']);
    // A headline of four words or more is the title, whatever follows it (a German subtitle)…
    expect(
      parts([
        text('Biden telefoniert mit Putin'),
        text('Der US-Präsident will mit Moskau über die Ukraine sprechen'),
        text('Der erste Absatz fasst zusammen, worum es geht.'),
      ])[0],
    ).toBe('title: Biden telefoniert mit Putin');
    // …as is a short one followed by prose, or one the markup names.
    expect(parts([text('Trump meets Putin'), text('The two leaders met in Helsinki on Monday.')])[0]).toBe(
      'title: Trump meets Putin',
    );
    expect(
      parts([
        { text: 'White House', kind: 'title' },
        text('Why Trump will not cancel the Putin summit'),
        text('Prose.'),
      ])[0],
    ).toBe('title: White House');
  });

  it('reads a name alone under a photo caption as its credit, not as the title', () => {
    const parts = (blocks: string[]) =>
      classifyParagraphs(blocks.map(text)).paragraphs.map((p) => `${p.part}: ${p.text}`);
    const caption = 'FILE - In this July 7, 2017 file photo Trump meets with Putin at the G-20 Summit in Hamburg.';
    expect(
      parts([
        caption,
        'Evan Vucci',
        'Save',
        caption,
        'Jorge Silva',
        'Save',
        'Trump says the summit will go well.',
        'He spoke on CBS.',
      ]),
    ).toEqual([
      `caption: ${caption}`,
      'caption: Evan Vucci',
      'boilerplate: Save',
      `caption: ${caption}`,
      'caption: Jorge Silva',
      'boilerplate: Save',
      'lead: Trump says the summit will go well.',
      'body: He spoke on CBS.',
    ]);
    // The headline after the gallery takes the title the name had taken.
    expect(parts([caption, 'Evan Vucci', 'Save', 'Trump and Putin meet in Helsinki', 'The two met.', 'More.'])[3]).toBe(
      'title: Trump and Putin meet in Helsinki',
    );
    // Text right after the name: a subheading under the caption, as SRF sets them.
    expect(parts(['Legende: Ein Foto. Keystone', 'Angespannte Lage', 'Der Westen sorgt sich.', 'Mehr.'])[1]).toBe(
      'title: Angespannte Lage',
    );
  });

  it('reads an agency byline in capitals, above its agency or its date, as a credit', () => {
    const parts = (blocks: string[]) => classifyParagraphs(blocks.map(text)).paragraphs.map((p) => p.part);
    expect(
      parts([
        'Trump tweets from Helsinki',
        'JILL COLVIN',
        'The Associated Press',
        'HELSINKI (AP) — Trump arrived.',
        'More.',
      ]),
    ).toEqual(['title', 'credit', 'credit', 'lead', 'body']);
    expect(
      parts(['Trump tweets from Helsinki', 'VLADIMIR ISACHENKOV', 'July 15, 2018', 'Trump arrived.', 'More.']),
    ).toEqual(['title', 'credit', 'boilerplate', 'lead', 'body']);
    // A name that took the title gives it to the next headline.
    expect(parts(['JILL COLVIN', 'July 15, 2018', 'Trump tweets from Helsinki', 'Trump arrived.', 'More.'])).toEqual([
      'credit',
      'boilerplate',
      'title',
      'lead',
      'body',
    ]);
    // Capitals above the text are a subheading; a title-case headline above a date stays the title.
    expect(parts(['Trump tweets', 'WHAT TRUMP WANTS', 'Trump wants a deal.', 'More.'])[1]).toBe('heading');
    expect(parts(['Angespannte Lage', '29.12.2021', 'Der Westen sorgt sich.', 'Mehr.'])[0]).toBe('title');
  });

  it('reads a label or a line about something else above English text as no title', () => {
    const parts = (blocks: string[]) => classifyParagraphs(blocks.map(text)).paragraphs.map((p) => p.part);
    const story =
      'Once you vote for somebody in the state, it is hard to get them out of office, and the few who try it learn that the process is long.';
    for (const label of ['Bergen County', 'Robert Malley', 'Helsinki, Finland', 'US 30-YR']) {
      expect(parts([label, story, 'More of the same.'])).toEqual(['heading', 'lead', 'body']);
    }
    // A headline before the text takes the title.
    expect(parts(['Bergen County', 'Few voters try to remove anyone from office', story, 'More.'])).toEqual([
      'heading',
      'title',
      'lead',
      'body',
    ]);
    // A widget's line, or another story's headline, shares no word with the text.
    expect(parts(['Sunday, Jul 15th 2018 5-Day Forecast', story, 'More.'])[0]).toBe('heading');
    // A headline that says something of the text stays the title; so does a short German one.
    const tweet =
      'President Trump wrote on Twitter that the talks went well, and the White House said that he was pleased.';
    expect(parts(['Trump tweets', tweet, 'More.'])[0]).toBe('title');
    expect(parts(['Angespannte Lage', 'Der Westen sorgt sich um die Lage an der Grenze.', 'Mehr.'])[0]).toBe('title');
  });

  it('labels a typical agency report', () => {
    const { paragraphs, tailStart } = classifyParagraphs([
      text('Biden und Putin wollen telefonieren'),
      text('Der erste Absatz fasst zusammen, worum es geht.'),
      text('Legende: Ein Foto. Keystone'),
      text('Angespannte Lage'),
      text('Der zweite Absatz erzählt weiter.'),
      text('Mehr zum Thema - Ein anderer Artikel'),
      text('(AFP)'),
      text('Leave a Reply'),
      text('Ein Kommentar eines Lesers.'),
    ]);
    expect(paragraphs.map((p) => p.part)).toEqual([
      'title',
      'lead',
      'caption',
      'heading',
      'body',
      'boilerplate',
      'credit',
      'boilerplate',
      'boilerplate',
    ]);
    expect(tailStart).toBe(7);
  });

  it('splits widget text and trailing credits out without losing words', () => {
    const { paragraphs } = classifyParagraphs([
      text('Ein Absatz vorweg.'),
      text('Kritik aus Brüssel Box aufklappen Box zuklappen Die EU will mitreden.'),
      text('Sie beraten im Januar. (Reuters, APA, red, 29.12.2021)'),
    ]);
    expect(paragraphs).toEqual([
      { text: 'Ein Absatz vorweg.', part: 'lead' },
      { text: 'Kritik aus Brüssel', part: 'heading' },
      { text: 'Box aufklappen Box zuklappen', part: 'boilerplate' },
      { text: 'Die EU will mitreden.', part: 'body' },
      { text: 'Sie beraten im Januar.', part: 'body' },
      { text: '(Reuters, APA, red, 29.12.2021)', part: 'credit' },
    ]);
  });

  it('splits a share label glued before the text out as chrome', () => {
    const { paragraphs } = classifyParagraphs([
      text('Trump calls the EU a foe'),
      text('Share this article: WASHINGTON (Reuters) - The president said the European Union was a foe.'),
      text('He said so in an interview.'),
    ]);
    expect(paragraphs.map((p) => `${p.part}: ${p.text}`)).toEqual([
      'title: Trump calls the EU a foe',
      'boilerplate: Share this article:',
      'lead: WASHINGTON (Reuters) - The president said the European Union was a foe.',
      'body: He said so in an interview.',
    ]);
  });

  it('reads a caption printed again without its credit as a caption, not as the lead', () => {
    const caption = 'The president arrives in Helsinki on Sunday ahead of a meeting with the Russian president.';
    const { paragraphs } = classifyParagraphs(
      [
        `${caption} Erika Beispiel/Getty Images hide caption`,
        'toggle caption',
        'Erika Beispiel/Getty Images',
        caption,
        'Erika Beispiel/Getty Images',
        'The president meets the Russian president on Monday, days after the indictments.',
        'Both sides expect little.',
      ].map(text),
    );
    expect(paragraphs.map((p) => p.part)).toEqual([
      'caption',
      'boilerplate',
      'caption',
      'caption',
      'caption',
      'lead',
      'body',
    ]);
    // Cut short under the picture, the copy ends in "... more" (without the caption before it,
    // such a line is no caption).
    const long = `${caption} Both leaders are expected to talk for about two hours, their aides say, and to meet the press.`;
    const cut = `${long.slice(0, 170)} ... more`;
    const after = classifyParagraphs(
      [`${long} (Erika Beispiel/Lehtikuva via AP) less`, cut, 'Text.', 'More.'].map(text),
    );
    expect(after.paragraphs.map((p) => p.part)).toEqual(['caption', 'caption', 'lead', 'body']);
    const alone = classifyParagraphs([cut, 'The president meets the Russian president on Monday.', 'More.'].map(text));
    expect(alone.paragraphs[0]!.part).not.toBe('caption');
    // Text that only starts like a caption, or a caption's copy long after it, stays text.
    const later = classifyParagraphs(
      [`${caption} Erika Beispiel/Getty Images hide caption`, 'First.', 'Second.', 'Third.', 'Fourth.', caption].map(
        text,
      ),
    );
    expect(later.paragraphs.at(-1)!.part).toBe('body');
  });

  it('reads a picture description that ends in its date, above the photographer, as a caption', () => {
    const parts = (blocks: string[]) => classifyParagraphs(blocks.map(text)).paragraphs.map((p) => p.part);
    expect(
      parts([
        'Ministers meet in Bern',
        'Two ministers shake hands at the palace in Bern, Switzerland, July 15, 2026.',
        'Erika Beispiel, AP',
        'The ministers met on Monday to talk about the tunnel.',
        'They agreed on little.',
      ]),
    ).toEqual(['title', 'caption', 'credit', 'lead', 'body']);
    // Some pages print the credit first.
    expect(
      parts([
        'Traders in Zurich expect a quiet open',
        'Futures rose early on Monday, and traders in Zurich expect a quiet open.',
        'Michael Beispiel | Bloomberg | Getty Images',
        'Traders work on the floor of the exchange in Zurich, Switzerland, on Monday, April 23, 2026.',
        'Investors are watching Bern, where the ministers meet.',
      ]),
    ).toEqual(['title', 'lead', 'caption', 'caption', 'body']);
    // A sentence ending in a date before the agency's credit, or before more text, stays text.
    expect(
      parts(['Ministers meet in Bern', 'The talks began on Monday.', 'They will end on July 16, 2026.', '(AP)']),
    ).toEqual(['title', 'lead', 'body', 'credit']);
    expect(parts(['Ministers meet in Bern', 'The talks began on July 13, 2026.', 'They will end on Friday.'])).toEqual([
      'title',
      'lead',
      'body',
    ]);
  });

  it('reads a description of where people stand in a picture, next to its credit, as a caption', () => {
    const parts = (blocks: string[]) => classifyParagraphs(blocks.map(text)).paragraphs.map((p) => p.part);
    expect(
      parts([
        'Ministers meet in Bern',
        'The Swiss minister, left, and her Austrian colleague talk on the balcony of the palace in Bern.',
        '(Erika Beispiel/Keystone via AP)',
        'BERN (AP) — The two ministers met on Monday to talk about the tunnel.',
        'They agreed on little.',
      ]),
    ).toEqual(['title', 'caption', 'caption', 'lead', 'body']);
    expect(
      parts([
        'Ministers meet in Bern',
        'Photo: Erika Beispiel, AP',
        'Minister Anna Muster (L) and her colleague Max Beispiel shake hands before the talks.',
        'The two ministers met on Monday to talk about the tunnel.',
        'They agreed on little.',
      ]),
    ).toEqual(['title', 'caption', 'caption', 'lead', 'body']);
    // In the text, away from any picture, the same words stay text.
    expect(
      parts([
        'Ministers meet in Bern',
        'The two ministers met on Monday to talk about the tunnel.',
        'The Swiss minister, left, and her Austrian colleague, right, walked out together after the talks.',
        'They agreed on little.',
      ]),
    ).toEqual(['title', 'lead', 'body', 'body']);
  });

  it('uses markup kinds: # title, ## heading, > lead', () => {
    const { paragraphs } = classifyParagraphs([
      { text: 'Der Titel', kind: 'title' },
      { text: 'Der Vorspann steht hier.', kind: 'quote' },
      { text: 'Erster Absatz.', kind: 'text' },
      { text: 'Zwischentitel', kind: 'heading' },
      { text: 'Zweiter Absatz.', kind: 'text' },
    ]);
    expect(paragraphs.map((p) => p.part)).toEqual(['title', 'lead', 'body', 'heading', 'body']);
  });

  it('does not start a tail before any article text', () => {
    const { paragraphs, tailStart } = classifyParagraphs([
      text('Kommentare'),
      text('Ein Absatz.'),
      text('Noch ein Absatz.'),
    ]);
    expect(paragraphs.map((p) => p.part)).toEqual(['boilerplate', 'lead', 'body']);
    expect(tailStart).toBe(3);
  });

  it('reads on past a tail marker that more text follows than came before it', () => {
    // A site that prints "Join the Conversation" between its teaser and the story.
    const story = Array.from(
      { length: 20 },
      (_, k) =>
        `Absatz ${k + 1}: Der Gemeinderat beriet am Dienstagabend lange über die neue Brücke, die Kosten und den Zeitplan der Bauarbeiten.`,
    );
    const { paragraphs, tailStart } = classifyParagraphs([
      text('Brücke kommt später'),
      text('Der Bau der neuen Brücke verzögert sich um ein Jahr.'),
      text('Join the Conversation'),
      ...story.map(text),
    ]);
    expect(tailStart).toBe(paragraphs.length);
    expect(paragraphs[2]!.part).toBe('boilerplate');
    expect(paragraphs.slice(3).every((p) => p.part === 'body')).toBe(true);
    // A short page end after the story stays one.
    const short = classifyParagraphs([
      ...story.map(text),
      text('Join the Conversation'),
      text('Kommentar von Leser A.'),
    ]);
    expect(short.tailStart).toBe(20);
  });

  it('keeps a single paragraph as body', () => {
    expect(classifyParagraphs([text('Nur ein Satz.')]).paragraphs).toEqual([{ text: 'Nur ein Satz.', part: 'body' }]);
  });
});
