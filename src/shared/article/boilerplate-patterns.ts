/**
 * Site chrome that scrapers and copy-paste drag into article text: teasers, share buttons,
 * comment forms, widget labels, link and tag lists. Data, not code, so a new site's
 * leftovers are one line here. Each entry says why it is chrome.
 *
 * Patterns run on one paragraph's collapsed text (single spaces, trimmed) and are anchored,
 * so they never fire inside real prose. All are linear: literal alternations, no nested
 * quantifiers.
 */

export interface BoilerplatePattern {
  /** `paragraph`: the whole paragraph is chrome. `tail`: it and everything after it is. */
  kind: 'paragraph' | 'tail';
  re: RegExp;
  /** Longest paragraph the pattern may mark; guards prefix patterns against eating prose. */
  maxLength: number;
  lang: 'de' | 'en' | 'any';
  why: string;
  /** Text `re` needs (no letter, so case aside): a native search for it spares an unanchored pattern's. */
  needs?: string;
}

const SHORT = 300;

export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // Tails first (a tag list heading "TAGS" must not read as a lone button label): once these appear after the article text, nothing after them is the article.
  {
    kind: 'tail',
    lang: 'any',
    maxLength: 40,
    re: /^(?:LINKS|TAGS|ARTIKEL ZUM THEMA|Schlagw(?:orte|örter)|Kommentare|Leave a (?:Reply|Comment)|Join the conversation)$/i,
    why: 'link lists, tag lists, related-article lists and comment sections after the article',
  },
  // German
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: SHORT,
    re: /^Mehr zum Thema\b/i,
    why: 'RT DE teaser link to another article',
  },
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: SHORT,
    re: /^(?:Lesen Sie (?:auch|mehr|hier)|Weiterlesen|Auch interessant|Das könnte Sie (?:auch )?interessieren|Empfehlungen der Redaktion|Zum Thema:)/i,
    why: 'German read-more teasers',
  },
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: 40,
    re: /^(?:Anzeige|Werbung|Sponsored Post)$/i,
    why: 'German ad labels',
  },
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: 80,
    re: /^(?:Ausgegeben am|Veröffentlicht am|Aktualisiert am|Zuletzt aktualisiert|Stand|Erstellt am)(?::|\s+\d|$)/i,
    why: 'publication stamp (the date, if any, is read into metadata)',
  },
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: 60,
    re: /^(?:Box (?:aufklappen|zuklappen)(?: Box (?:aufklappen|zuklappen))?|Artikel teilen|Teilen|Twittern|Drucken|Kommentieren|Merken|Link kopieren|Schließen|Zur Startseite|Startseite|Zum Artikel|Mehr anzeigen|Weniger anzeigen|Bild vergrößern|Video abspielen)$/i,
    why: 'German buttons and widget labels (SRF boxes, share bars)',
  },
  {
    kind: 'paragraph',
    lang: 'de',
    maxLength: 160,
    re: /^(?:Kommentar schreiben|Diskutieren Sie mit|Newsletter (?:bestellen|abonnieren)|Jetzt abonnieren|Abonnieren Sie)\b/i,
    why: 'German comment and subscription prompts',
  },
  // English
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 40,
    re: /^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content| stories)?|Promoted(?: stories)?)$/i,
    why: 'ad labels',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 40,
    re: /^(?:More|Close|Comments?|View Comments|Print|E-?mail|Share|Save|Search|Edit|Tags|Subscribe|Sign Up|Sign Me Up!?|Log ?in|WhatsApp|Facebook|Twitter|LinkedIn|Pinterest|Reddit|Updated|;? ?Posted|Read More|Continue Reading|Share (?:this(?: article| story)?:?(?: —)?|story|article)|A A(?: A)?|Modal Trigger|Embed|Hot Take|NPR Shop|Total:|Last 24 Hours:|Letter:|powered by Ask|Follow @\w{1,15}|Back to (?:Gallery|top)|Image \d+ of \d+|Now Playing:?|Recommended Video:?|Just Watched|Watch:|Story Continued Below|Related(?: content| stories| articles| coverage| links)?:?|Most (?:Popular|Read)|Top coverage|Purchase: Order Reprint|more_vert|play_arrow|video_youtube|prev next|Next|Previous|Prev|Fullscreen|amp|Caret down|Enlarge this image|(?:toggle|hide) caption|MUST WATCH|fbShare Tweet gShare Email|CONNECT TWEET LINKEDIN COMMENT ?EMAIL ?MORE|Scroll to top(?: of page)?)$/i,
    why: 'buttons, icon-font names and section labels that scrapers keep as text',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 200,
    re: /^(?:Share on (?:Facebook|Twitter)|Sign up (?:for|to)|Subscribe (?:to|for|now)|Thank you for signing up|Be the first to know|Click here|Follow us|Chat with us|To find out more about Facebook commenting|Click Here to comment|Join the Nation[’']s Conversation|A link has been posted to your Facebook feed|Your subscription supports journalism|Unlimited Digital Access|(?:Read|See) (?:more|also):|READ MORE\b|Recommended:|Related:|Your email address will not be published|Required fields are marked|Notify me of|(?:Trademark and )?Copyright\b|©|All rights reserved|You can unsubscribe at any time)/i,
    why: 'share, subscribe, sign-up, copyright and comment-form lines',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 200,
    re: /^(?:Tap here to turn on (?:desktop )?notifications|Turn on (?:desktop )?notifications\?|Get breaking news alerts|You have successfully subscribed|Enter City and State or Zip Code|Your weather is set to|AccuWeather\.com Quick Look|You are signed in as|\S+ no longer supports Internet Explorer|We can[’']t find an? \S+ subscription associated with)/i,
    why: 'notification, alert and weather-location prompts, and old-browser notices, which pages put above the headline',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 160,
    re: /^(?:(?:Get|Sign up for) the \S+(?: \S+){0,3} newsletter[.!]?$|The (?:most|best) \S+(?: \S+){0,3} newsletter\.?$|You must select a newsletter\b|By clicking (?:Sign up|Subscribe|Submit)\b|Subscribe on (?:Apple|Amazon|Google|Spotify|iTunes)\b|Browse our (?:full )?(?:range|list) of \S+(?: \S+)? newsletters\b)/i,
    why: 'newsletter promos and sign-up fine print ("Get the Think newsletter.", "By clicking Sign up, you agree …")',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 80,
    re: /^(?:Get|Download) (?:the |our )?\S+(?: \S+)? (?:mobile )?app(?: for free)?[.!]?$/i,
    why: 'app download prompts ("Get WND\'s mobile app for free.")',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 160,
    re: /\b(?:High|Low) (?:near |around )?-?\d{1,3} ?°?F\. Winds (?:light|[NSEW]{1,3}\b)/,
    needs: '. ',
    why: 'the local weather widget above a page ("High 86F. Winds NNE at 5 to 10 mph.")',
  },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: 300,
    re: /^(?:window\.[\w$]+ ?=|var [\w$]+ ?=|document\.write\(|googletag\.)[^]*[;})]$/,
    why: 'page script that scrapes keep as text ("window._taboola = window._taboola || []; _taboola.push({…});")',
  },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: 160,
    re: /^[—–-] ?[^()]{1,80} \(@\w{1,15}\) [A-Z][a-z]+ \d{1,2}, \d{4}$/,
    why: 'the signature under an embedded tweet ("— CBS News (@CBSNews) July 16, 2018"); the tweet itself stays text',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 120,
    re: /% of readers think this story is Fact/i,
    needs: '%',
    why: 'reader-poll widget',
  },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: 40,
    re: /^(?:[A-Z][a-z]+ )?(?:(?:Published|Updated|Posted|Aktualisiert|Vor) )?\d{1,3} ?(?:min|mins|minutes?|hours?|hrs?|days?|Minuten|Stunden|Tagen)(?: ago)?$/i,
    why: 'relative timestamps ("9 min ago", "vor 3 Stunden"), also after a section name ("World 1 hour ago")',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 40,
    re: /^\d{1,2}:\d{2} ?[AP]\.?M\.?(?: [A-Z]{2,4})?(?: \d{1,2}\/\d{1,2}\/\d{2,4})?$/i,
    why: 'a clock time alone ("1:50 P.M.", "5:00 AM ET", "2:21 PM 07/16/2018"): when it was posted',
  },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: 200,
    re: /^(?:(?:Facebook|Twitter|E-?mail|Google\+|LinkedIn|Pinterest|WhatsApp|Reddit|Print|Share|Messenger|SMS|Copy link|Teilen|Drucken)\s*){2,}$/i,
    why: 'a row of share buttons flattened into one line',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 40,
    re: /^[A-Z][\w’']*(?: [A-Z][\w’']*)? (?:Analysis|Perspective)$/,
    why: 'section kicker above a headline ("WorldViews Analysis", "PostEverything Perspective")',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 200,
    re: /^(?:Analysis|Perspective) Interpretation of the news based on\b/,
    why: 'the label that explains such a kicker',
  },
  {
    kind: 'paragraph',
    lang: 'en',
    maxLength: 60,
    re: /^[\w .&'-]{2,40} Videos? •$/,
    why: 'video source kicker above a headline ("CBS News Videos •")',
  },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: SHORT,
    re: /^Tags: [^|]{1,80}(?: \| [^|]{1,80})+$/i,
    why: 'a tag list above the article (below it, "Tags" starts the tail)',
  },
  { kind: 'paragraph', lang: 'any', maxLength: 40, re: /^source site-\d+$/i, why: 'France 24 scraper residue' },
  {
    kind: 'paragraph',
    lang: 'any',
    maxLength: 40,
    re: /^\d+ ?(?:\/|of|von) ?\d+$/i,
    why: 'gallery counters like "1 / 1", "1 of 12"',
  },
];

/**
 * Widget text that sits inside a paragraph where a collapsible box was flattened:
 * "Kritik von der EU … Box aufklappen Box zuklappen Aus Brüssel …". Split out, not deleted,
 * so the box title and the box text stay apart and nothing is lost.
 */
export const INLINE_WIDGETS: readonly RegExp[] = [
  // Unicode-aware word edges: \b would split "ⰀBox" and lose the word.
  /(?<![\p{L}\p{N}\p{M}])Box aufklappen Box zuklappen(?![\p{L}\p{N}\p{M}])/gu,
  /(?<![\p{L}\p{N}\p{M}])Box zuklappen Box aufklappen(?![\p{L}\p{N}\p{M}])/gu,
];

/** Paragraphs with no letters or digits at all ("___", "•", ","): separators. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
/** Short paragraphs with no letter ("(68102)", "12", "3 / 5"): a widget's numbers, never a sentence. */
const NO_LETTERS = /^[^\p{L}]*$/u;
const NO_LETTERS_MAX = 40;

/** Whether a pattern keeps its meaning inside a larger one: no flag but `i`, no back reference, no named group. */
function mergeable(re: RegExp): boolean {
  return /^i?$/.test(re.flags) && !/\\[1-9k]|\(\?<[^=!]/.test(re.source);
}

/**
 * By paragraph length, the patterns that may mark it (`maxLength` at least that long): those
 * anchored at the start as one case-insensitive pattern (which only widens the few that are not),
 * which fails on nearly every paragraph after a look at its start where testing each pattern costs
 * a dozen calls; the others (unanchored ones would make it search) one by one.
 */
const TIERS = [...new Set(BOILERPLATE_PATTERNS.map((p) => p.maxLength))]
  .sort((a, b) => a - b)
  .map((limit) => {
    const patterns = BOILERPLATE_PATTERNS.filter((p) => p.maxLength >= limit);
    const anchored = patterns.filter((p) => p.re.source.startsWith('^') && mergeable(p.re));
    return {
      limit,
      anchored: anchored.length > 0 ? new RegExp(anchored.map((p) => `(?:${p.re.source})`).join('|'), 'i') : null,
      others: patterns.filter((p) => !anchored.includes(p)),
    };
  });

/** False when no pattern can match `text`; true when one may. */
function mayMatch(text: string): boolean {
  // The tier with the smallest limit that admits the text: no pattern's maxLength lies between.
  for (const tier of TIERS) {
    if (text.length > tier.limit) continue;
    if (tier.anchored?.test(text)) return true;
    for (const p of tier.others) if ((p.needs === undefined || text.includes(p.needs)) && p.re.test(text)) return true;
    return false;
  }
  return false;
}

export function matchBoilerplate(text: string): BoilerplatePattern['kind'] | null {
  // Text starting with an ASCII letter (most) has words: no need for the Unicode patterns.
  const first = text.charCodeAt(0);
  const lower = first | 32; // a letter in lower case
  if (lower < 97 || lower > 122) {
    // Short: no letter, no text. Longer: no letter or digit (a digit first is one).
    const digitFirst = first >= 48 && first <= 57;
    const noText = text.length <= NO_LETTERS_MAX ? NO_LETTERS.test(text) : !digitFirst && NO_WORDS.test(text);
    if (noText) return 'paragraph';
  }
  if (!mayMatch(text)) return null;
  for (const p of BOILERPLATE_PATTERNS) {
    if (text.length <= p.maxLength && p.re.test(text)) return p.kind;
  }
  return null;
}

/** Splits widget labels out of a paragraph: pieces in order, each flagged when it is the widget. */
export function splitInlineWidgets(text: string): { text: string; widget: boolean }[] {
  // Both widgets start with "Box"; text without it (nearly all) is one piece, as the loop would give.
  if (!text.includes('Box ')) {
    const trimmed = text.trim();
    return trimmed ? [{ text: trimmed, widget: false }] : [];
  }
  let pieces: { text: string; widget: boolean }[] = [{ text, widget: false }];
  for (const re of INLINE_WIDGETS) {
    const next: { text: string; widget: boolean }[] = [];
    for (const piece of pieces) {
      if (piece.widget) {
        next.push(piece);
        continue;
      }
      let last = 0;
      for (const m of piece.text.matchAll(re)) {
        next.push({ text: piece.text.slice(last, m.index), widget: false });
        next.push({ text: m[0], widget: true });
        last = m.index + m[0].length;
      }
      next.push({ text: piece.text.slice(last), widget: false });
    }
    pieces = next;
  }
  return pieces.map((p) => ({ text: p.text.trim(), widget: p.widget })).filter((p) => p.text.length > 0);
}
