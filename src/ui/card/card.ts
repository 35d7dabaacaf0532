/**
 * The lazy "stemkaart" chunk: *Print je uitslag*, one calm A4 page to take to the polling
 * station, and the printing of it. (Readers never see the word "stemkaart", easily taken
 * for the official stempas; the files keep it.) On screen the card is never shown; in
 * print it is all the widget shows, and while the reader's own `Print je uitslag` runs,
 * the host page around the widget is left off the paper too (see `printStemkaart`).
 */
import { html, nothing } from 'lit';
import type { Answer } from '../../core/types.js';
import { cardStrings } from '../../i18n/card.js';
import type { Strings } from '../../i18n/types.js';
import type { CardStrings } from '../../i18n/part-types.js';
import { pick } from '../../core/text.js';
import { cutAtWord, type Stemkaart, type StemkaartParty } from '../../core/card.js';
import { answerWord, text } from '../common/common.js';

export { stemkaartModel } from '../../core/card.js';

/** A statement in the language shown, cut at a word to `max` characters. */
function cut(value: Stemkaart['answers'][number]['text'], lang: string, max: number) {
  const { tag, value: v } = pick(value, lang);
  return text({ [tag]: cutAtWord(v, max) }, lang);
}

/** The reader's answer on paper: skipped and not answered are told apart. */
const answered = (t: Strings, a: Answer | 'skip' | undefined, s: CardStrings) => (a === 'skip' ? s.skipped : answerWord(t, a, s.notAnswered));

/**
 * As `formatPercent` of `percent.ts` (Latin digits in every language, as on the ballot),
 * written out here: importing it would split it from the chunk it is in into a file of
 * its own that every result would fetch.
 */
const formatPercent = (score: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' }).format(score / 100);

/** Plain `en` as in Europe (18 March 2026); Latin digits as on the ballot paper. */
const longDate = (iso: string, lang: string) =>
  Intl.DateTimeFormat.supportedLocalesOf(lang).length
    ? new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' }).format(
        new Date(`${iso}T00:00:00Z`),
      )
    : // No dates in this language in this browser (Tigrinya, Somali in Chromium): as on a Dutch letter, not in English.
      iso.split('-').reverse().join('-');

/** Past this many statements each gets one line on paper instead of two, past the second in three columns: the page still holds them. */
const MANY = 30;
const VERY_MANY = 60;

/**
 * How many characters of a statement fit its lines on paper (two lines, one, one in three
 * columns), measured on the A4 card with room to spare: cut at a word with "…" in the
 * text itself, so the paper never shows half a word (a CSS line clamp cuts where the line
 * ends, inside a word).
 */
const fits = (n: number) => (n > VERY_MANY ? 28 : n > MANY ? 44 : 66);

/** The organisation's Totaal on paper, with what it rests on. */
function verdictCell(v: StemkaartParty['verdict'], lang: string, s: CardStrings) {
  if (!v?.of) return s.noVerdict;
  if (v.score === undefined) return s.unknown;
  return html`${formatPercent(v.score, lang)}${v.known < v.of ? html`<br /><span class="basis">${s.basis(v.known, v.of)}</span>` : nothing}`;
}

/** The card: text and tables only, no buttons, no disclosures, no links (paper has none). */
export function stemkaartView(m: Stemkaart, t: Strings, lang: string) {
  const s = cardStrings(lang);
  const org = m.organisation?.name;
  const line = [m.gemeente, m.election, m.date && longDate(m.date, lang)].filter(Boolean).join(' · ');
  const max = fits(m.answers.length);
  // The card's language and title go on the PDF too (see printStemkaart); its headings start at h1 there.
  return html`<article
    class="stemkaart ${m.answers.length > VERY_MANY ? 'many very-many' : m.answers.length > MANY ? 'many' : ''}"
    lang=${lang}
    data-title=${`${s.cardTitle} · ${m.gemeente}`}
  >
    <h1>${s.cardTitle}</h1>
    <p class="stemkaart-line">${line}</p>
    <p class="note">${s.notAdvice}</p>
    <h2>${s.top}</h2>
    ${m.chosen ? html`<p class="note">${s.chosen(m.chosen.shown, m.chosen.total)}</p>` : nothing}
    <table>
      <thead>
        <tr>
          <th>${s.party}</th>
          <th class="num">${s.match}</th>
          <th class="num">${s.verdict(org ?? s.makers)}</th>
        </tr>
      </thead>
      <tbody>
        ${m.top.map(
          (p) => html`<tr>
            <td>${p.name}${p.list ? html` <span class="list">(${s.list(p.list)})</span>` : nothing}</td>
            <td class="num">${formatPercent(p.score, lang)}</td>
            <td class="num">${verdictCell(p.verdict, lang, s)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h2>${s.answers}${m.answers.some((a) => a.important) ? html` <span class="legend">(★ = ${t.important.toLowerCase()})</span>` : nothing}</h2>
    <ol class="stemkaart-answers">
      ${m.answers.map(
        (a) => html`<li>
          <span class="answer">${answered(t, a.answer, s)}${a.important ? ' ★' : ''}</span>
          <span class="text">${cut(a.text, lang, max)}</span>
        </li>`,
      )}
    </ol>
    <h2>${s.voting}</h2>
    <p>${m.pollingStation ? s.pollingAt(m.pollingStation) : s.pollingList} ${s.bring}</p>
    ${org ? html`<p class="note">${s.madeBy(org)}${m.organisation?.address ? ` · ${m.organisation.address}` : ''}</p>` : nothing}
  </article>`;
}

const MARK = 'data-stemhulp-printing';

/**
 * Printing from `Print je stemkaart` puts only the card on paper. A sheet on the host
 * document, there only while this print runs: every element that neither is the
 * printing widget nor contains it is left out, and the chain of ancestors down to the
 * widget loses its layout (columns, fixed widths, overflow), so the card gets the whole
 * A4 page. A constructed sheet, because a strict CSP allows it where a <style> is refused.
 * The browser's own Print menu, outside this, prints the host page as the host styles it.
 */
const pageCss = `@page { size: A4; margin: 12mm; }
@media print {
  :is(html, body, body :has([${MARK}])) { all: unset !important; display: block !important; }
  body :not([${MARK}], :has([${MARK}])) { display: none !important; }
  [${MARK}] { display: block !important; position: static !important; inline-size: auto !important; max-inline-size: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; float: none !important; transform: none !important; }
}`;

let pageSheet: CSSStyleSheet | undefined;

/**
 * Marks `host`, adds the page sheet, prints, and undoes both once the print is over
 * (`afterprint`; Chromium's print() returns only after the dialog closes, Safari's at once),
 * then calls `onDone`. Where documents cannot adopt sheets, the card still prints, inside the host page.
 */
export function printStemkaart(host: HTMLElement, onDone: () => void, print: () => void = () => window.print()) {
  const doc = host.ownerDocument;
  let added = false;
  // The PDF takes its language and title from the document: the card's, while it prints
  // (an Arabic card on a Dutch page is an Arabic PDF, named after the card, not the page).
  const card = host.shadowRoot?.querySelector<HTMLElement>('.stemkaart');
  const root = doc.documentElement;
  const before = { lang: root.getAttribute('lang'), title: doc.title };
  if (card?.lang && card.lang !== root.lang) root.lang = card.lang;
  if (card?.dataset.title) doc.title = card.dataset.title;
  if ('adoptedStyleSheets' in doc) {
    try {
      pageSheet ??= new CSSStyleSheet();
      pageSheet.replaceSync(pageCss);
      if (!doc.adoptedStyleSheets.includes(pageSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, pageSheet];
      added = true;
    } catch {
      // A sheet from another realm (the widget moved into an iframe's document): print without it.
    }
  }
  host.setAttribute(MARK, '');
  doc.defaultView?.addEventListener(
    'afterprint',
    () => {
      host.removeAttribute(MARK);
      if (before.lang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before.lang);
      doc.title = before.title;
      if (added) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
      onDone();
    },
    { once: true },
  );
  print();
}

export { styles } from './card.styles.js';
