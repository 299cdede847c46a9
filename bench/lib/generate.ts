/**
 * Article-like test pages for the benchmark: a site header with navigation, a headline,
 * a byline, sections of paragraphs with inline links and emphasis, quotes, lists,
 * figures and a footer — the shape of the news pages Lateral runs on. The text is
 * neutral local-news prose; mentions of the story are placed at evenly spread
 * positions and drawn from the phrases of the pack under test, so a page with 0
 * mentions really has nothing for Lateral to highlight.
 *
 * Deterministic: the same options always give the same page.
 */

import { seededRandom } from '../../src/core/detect/synthetic';

export interface PageOptions {
  /** Approximate number of characters of visible text (body textContent). */
  textChars: number;
  /** Number of mentions to place. */
  mentions: number;
  /** Phrases the mentions are drawn from (cycled through in a seeded order). */
  phrases: readonly string[];
  /**
   * Phrases the first mentions use, in this order, before the others are drawn from
   * `phrases`: a story anchor ("28-point peace plan") makes the page about the story,
   * as a real article is, so its ambiguous mentions count too.
   */
  lead?: readonly string[];
  seed?: number;
  title?: string;
}

export interface GeneratedPage {
  html: string;
  /** Characters of text the generator emitted (close to body.textContent.length). */
  textChars: number;
  /** Mentions actually placed. */
  mentions: number;
  /** How many of those straddle an inline element boundary ("Steve <a>Witkoff</a>"). */
  splitMentions: number;
  paragraphs: number;
}

// Neutral vocabulary: city, weather, sport, business. Nothing here is a story phrase.
const SUBJECTS = [
  'The city council',
  'A spokesperson for the transit authority',
  'Local residents',
  'The school board',
  'Engineers at the water plant',
  'The mayor',
  'Shop owners on Main Street',
  'The regional hospital',
  'Volunteers from the food bank',
  'The county planning office',
  'Several commuters',
  'The league commissioner',
  'Farmers in the valley',
  'The harbour master',
  'Researchers at the university',
  'The fire department',
];
const VERBS = [
  'said on Tuesday that',
  'announced plans under which',
  'warned that',
  'confirmed that',
  'argued that',
  'told reporters that',
  'noted in a statement that',
  'expects that',
  'reported that',
  'agreed that',
];
const CLAUSES = [
  'the new bus lanes would open before the winter timetable',
  'repairs to the old bridge had fallen behind schedule',
  'the budget for road maintenance would grow by four percent',
  'the library would extend its opening hours',
  'heavy rain had flooded several basements near the river',
  'ticket sales for the autumn festival were strong',
  'the bakery on Elm Street would reopen after renovation',
  'the football club had signed two young defenders',
  'the price of apples at the farmers market had doubled',
  'a new cycling path would link the two parks',
  'the hospital car park would be closed for resurfacing',
  'the harbour would welcome its largest cruise ship yet',
  'a heat pump programme had cut heating bills for pensioners',
  'the museum had acquired a collection of old maps',
  'night trains to the coast would return in the spring',
  'the recycling centre would accept electronics again',
  'the orchestra would play three free concerts in the square',
  'students had raised money for a new playground',
];
const TAILS = [
  'according to figures published this week',
  'although some questions remain open',
  'despite earlier objections',
  'after months of consultation',
  'in a move welcomed by neighbours',
  'as officials prepare the next steps',
  'while the details are still being worked out',
  'pending a final vote next month',
];
const HEADINGS = [
  'What changes for commuters',
  'The numbers behind the decision',
  'Reactions across town',
  'What happens next',
  'A look at the costs',
  'Voices from the neighbourhood',
  'The road ahead',
  'Background',
];
const NAV = ['Home', 'Local', 'Business', 'Sport', 'Culture', 'Weather', 'Opinion', 'Obituaries'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Builds one article page. Mentions are spread evenly over the paragraphs: the k-th
 * mention goes into the paragraph at position round((k + 0.5) * paragraphs / mentions).
 */
export function generatePage(options: PageOptions): GeneratedPage {
  const { textChars, phrases } = options;
  const mentions = Math.max(0, Math.floor(options.mentions));
  if (mentions > 0 && phrases.length === 0) throw new Error('generatePage: mentions need phrases');
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let emitted = 0;
  const out: string[] = [];
  const text = (s: string) => {
    emitted += s.length;
    return escapeHtml(s);
  };

  const title = options.title ?? 'City notebook: buses, bridges and the autumn festival';
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`);
  out.push('<style>body{font:16px/1.5 Georgia,serif;max-width:44em;margin:0 auto;padding:0 1em}');
  out.push('.byline{color:#555}.aside{border-left:3px solid #ccc;padding-left:1em}</style></head><body>');
  out.push('<header><nav><ul>');
  for (const item of NAV) out.push(`<li><a href="#${item.toLowerCase()}">${text(item)}</a></li>`);
  out.push('</ul></nav></header><main><article>');
  out.push(`<h1>${text(title)}</h1>`);
  out.push(`<p class="byline">By <a href="#author">${text('Staff reporter')}</a> · <time>${text('12 March')}</time></p>`);

  // One paragraph is ~5 sentences of ~110 chars; estimate the count first so that the
  // mention positions can be spread over the whole page.
  const paragraphGuess = Math.max(1, Math.round(textChars / 600));
  const mentionAt = new Map<number, number>();
  for (let k = 0; k < mentions; k++) {
    const at = Math.min(paragraphGuess - 1, Math.floor(((k + 0.5) * paragraphGuess) / mentions));
    mentionAt.set(at, (mentionAt.get(at) ?? 0) + 1);
  }
  const phraseOrder = phrases.map((_, i) => i).sort(() => random() - 0.5);
  let phraseCursor = 0;
  let placed = 0;
  let split = 0;

  const lead = options.lead ?? [];
  const mentionHtml = (): string => {
    const phrase = placed < lead.length ? lead[placed]! : phrases[phraseOrder[phraseCursor++ % phraseOrder.length]!]!;
    placed++;
    const style = random();
    const words = phrase.split(' ');
    if (style < 0.1 && words.length > 1) {
      // Straddles an element boundary, as in "Steve <a>Witkoff</a>".
      split++;
      const head = words.slice(0, -1).join(' ');
      return `${text(head)} <a href="#profile">${text(words[words.length - 1]!)}</a>`;
    }
    if (style < 0.3) return `<a href="#topic">${text(phrase)}</a>`;
    if (style < 0.4) return `<strong>${text(phrase)}</strong>`;
    return text(phrase);
  };

  const sentence = (): string => {
    const r = random();
    const subject = pick(SUBJECTS);
    const body = `${pick(VERBS)} ${pick(CLAUSES)}`;
    const tail = random() < 0.5 ? `, ${pick(TAILS)}` : '';
    if (r < 0.12) return `<a href="#more">${text(subject)}</a>${text(` ${body}${tail}. `)}`;
    if (r < 0.2) return `${text(`${subject} `)}<em>${text(body)}</em>${text(`${tail}. `)}`;
    if (r < 0.25) return `${text(`${subject} ${body}`)}<span class="note">${text(tail || ', officials said')}</span>${text('. ')}`;
    return text(`${subject} ${body}${tail}. `);
  };

  let paragraph = 0;
  while (emitted < textChars || paragraph < paragraphGuess) {
    if (emitted >= textChars && placed >= mentions) break;
    if (paragraph > 0 && paragraph % 9 === 0) out.push(`<h2>${text(pick(HEADINGS))}</h2>`);
    const kind = paragraph % 23 === 11 ? 'quote' : paragraph % 31 === 17 ? 'list' : paragraph % 41 === 29 ? 'figure' : 'p';
    const sentences: string[] = [];
    const count = 4 + Math.floor(random() * 3);
    for (let s = 0; s < count; s++) sentences.push(sentence());
    const here = mentionAt.get(paragraph) ?? 0;
    for (let m = 0; m < here; m++) {
      // Put the mention at the start of a sentence, like a subject.
      const at = Math.floor(random() * sentences.length);
      sentences[at] = `${mentionHtml()}${text(' came up again in the evening discussion. ')}${sentences[at]}`;
    }
    if (kind === 'quote') out.push(`<blockquote><p>${sentences.join('')}</p></blockquote>`);
    else if (kind === 'list') out.push(`<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>`);
    else if (kind === 'figure')
      out.push(
        `<figure><div class="img" style="height:40px;background:#ddd"></div><figcaption>${sentences.join('')}</figcaption></figure>`,
      );
    else out.push(`<p>${sentences.join('')}</p>`);
    paragraph++;
  }
  // Mentions whose paragraph did not come (text budget reached early) go into a last paragraph.
  while (placed < mentions) out.push(`<p>${mentionHtml()}${text(' came up again in the evening discussion. ')}</p>`);

  out.push('</article><aside class="aside"><h2>Related</h2><ul>');
  for (let i = 0; i < 4; i++) out.push(`<li><a href="#related-${i}">${text(pick(HEADINGS))}</a></li>`);
  out.push(`</ul></aside></main><footer><p>${text('© City Notebook. All rights reserved.')}</p></footer></body></html>`);
  return { html: out.join(''), textChars: emitted, mentions: placed, splitMentions: split, paragraphs: paragraph };
}

/** Human-readable size: 10240 -> "10 KB", 5242880 -> "5 MB". */
export function sizeLabel(chars: number): string {
  if (chars >= 1024 * 1024) return `${+(chars / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.round(chars / 1024)} KB`;
}
