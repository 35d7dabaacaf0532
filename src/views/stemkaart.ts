/**
 * The lazy "stemkaart" chunk: one calm A4 page to take to the polling station, and the
 * printing of it. On screen the card is never shown; in print it is all the widget shows,
 * and while the reader's own `Print je stemkaart` runs, the host page around the widget
 * is left off the paper too (see `printStemkaart`).
 */
import { css, html, nothing } from 'lit';
import type { Answer } from '../data/types.js';
import type { Strings } from '../locales/index.js';
import type { Stemkaart } from '../stemkaart.js';
import { text } from './common.js';

export { stemkaartModel } from '../stemkaart.js';

/** The card's own words in every language: printing is rare, so they stay in this chunk. */
const nl = {
  cardTitle: 'Stemkaart',
  top: 'Jouw beste overeenkomsten',
  party: 'Partij',
  match: 'Overeenkomst met jou',
  verdict: (org: string) => `Oordeel van ${org}`,
  noVerdict: 'geen oordeel',
  answers: 'Jouw antwoorden',
  notAnswered: 'Niet beantwoord',
  skipped: 'Overgeslagen',
  notAdvice: 'Dit is geen stemadvies. Jij kiest zelf op wie je stemt.',
  list: (n: number) => `lijst ${n}`,
  voting: 'Stemmen',
  pollingAt: (address: string) => `Waar je kunt stemmen, zie je op ${address}.`,
  pollingList: 'Je gemeente stuurt je een lijst met stembureaus.',
  bring: 'Neem je stempas en een geldig identiteitsbewijs mee.',
  madeBy: (org: string) => `Stemhulp van ${org}`,
  makers: 'de makers',
};
type StemkaartStrings = typeof nl;

const strings: Record<string, StemkaartStrings> = {
  nl,
  en: {
    cardTitle: 'Voting card',
    top: 'Your best matches',
    party: 'Party',
    match: 'Match with you',
    verdict: (org) => `Verdict of ${org}`,
    noVerdict: 'no verdict',
    answers: 'Your answers',
    notAnswered: 'Not answered',
    skipped: 'Skipped',
    notAdvice: 'This is not voting advice. You decide who you vote for.',
    list: (n) => `list ${n}`,
    voting: 'Voting',
    pollingAt: (address) => `Where you can vote: see ${address}.`,
    pollingList: 'Your municipality sends you a list of polling stations.',
    bring: 'Bring your voting pass (stempas) and a valid ID.',
    madeBy: (org) => `Voting aid by ${org}`,
    makers: 'the makers',
  },
  ar: {
    cardTitle: 'بطاقة التذكير',
    top: 'أفضل توافق لك',
    party: 'الحزب',
    match: 'التوافق معك',
    verdict: (org) => `تقييم ${org}`,
    noVerdict: 'لا تقييم',
    answers: 'إجاباتك',
    notAnswered: 'لم تُجب',
    skipped: 'تم التخطي',
    notAdvice: 'هذه ليست نصيحة تصويت. أنت من يختار لمن تصوّت.',
    list: (n) => `القائمة ${n}`,
    voting: 'التصويت',
    pollingAt: (address) => `تجد مكان التصويت على ${address}.`,
    pollingList: 'ترسل لك البلدية قائمة بمراكز الاقتراع.',
    bring: 'أحضر بطاقة التصويت (stempas) ووثيقة هوية سارية.',
    madeBy: (org) => `دليل التصويت من ${org}`,
    makers: 'صانعي الدليل',
  },
};



function answerWord(t: Strings, a: Answer | 'skip' | undefined, s: StemkaartStrings) {
  return a === 'agree' ? t.agree : a === 'neutral' ? t.neutral : a === 'disagree' ? t.disagree : a === 'skip' ? s.skipped : s.notAnswered;
}

/**
 * As `formatPercent` of `percent.ts` (Latin digits in every language, as on the ballot),
 * written out here: importing it would split it from the chunk it is in into a file of
 * its own that every result would fetch.
 */
const formatPercent = (score: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' }).format(score / 100);

/** Plain `en` as in Europe (18 March 2026); Latin digits as on the ballot paper. */
const longDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(/^en$/i.test(lang) ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** Past this many statements each gets one line on paper instead of two, past the second in three columns: the page still holds them. */
const MANY = 30;
const VERY_MANY = 60;

/** The card: text and tables only, no buttons, no disclosures, no links (paper has none). */
export function stemkaartView(m: Stemkaart, t: Strings, lang: string) {
  const s = strings[lang] ?? nl;
  const org = m.organisation?.name;
  const line = [m.municipality, m.election, m.date && longDate(m.date, lang)].filter(Boolean).join(' · ');
  return html`<article class="stemkaart ${m.answers.length > VERY_MANY ? 'many very-many' : m.answers.length > MANY ? 'many' : ''}">
    <h3>${s.cardTitle}</h3>
    <p class="stemkaart-line">${line}</p>
    <p class="note">${s.notAdvice}</p>
    <h4>${s.top}</h4>
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
            <td class="num">${p.verdict === undefined ? s.noVerdict : formatPercent(p.verdict, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <h4>${s.answers}${m.answers.some((a) => a.important) ? html` <span class="legend">(★ = ${t.important.toLowerCase()})</span>` : nothing}</h4>
    <ol class="stemkaart-answers">
      ${m.answers.map(
        (a) => html`<li>
          <span class="answer">${answerWord(t, a.answer, s)}${a.important ? ' ★' : ''}</span>
          <span class="text">${text(a.text, lang)}</span>
        </li>`,
      )}
    </ol>
    <h4>${s.voting}</h4>
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
      if (added) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== pageSheet);
      onDone();
    },
    { once: true },
  );
  print();
}

export const styles = css`
  .stemkaart {
    display: none;
  }
  @media print {
    :host {
      --_text: #000;
      --_bg: #fff;
      --_muted: #333;
      --_border: #000;
      color: #000;
    }
    .root:has(> .stemkaart) {
      border: 0;
      padding: 0;
      background: #fff;
      color: #000;
    }
    .root:has(> .stemkaart) > :not(.stemkaart) {
      display: none !important;
    }
    .stemkaart {
      display: block;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .stemkaart h3 {
      font-size: 20pt;
      margin: 0;
    }
    .stemkaart h4 {
      font-size: 12pt;
      margin: 5mm 0 2mm;
    }
    .stemkaart .legend {
      font-weight: 400;
      font-size: 9pt;
    }
    .stemkaart-line {
      font-size: 12pt;
      font-weight: 600;
      margin: 0 0 1mm;
    }
    .stemkaart table {
      inline-size: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .stemkaart th:first-child {
      inline-size: 42%;
    }
    .stemkaart th:last-child {
      inline-size: 36%;
      overflow-wrap: break-word;
    }
    .stemkaart th,
    .stemkaart td {
      text-align: start;
      border-block-end: 0.5pt solid #000;
      padding: 1.5mm 2mm;
      vertical-align: top;
    }
    .stemkaart .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .stemkaart-answers {
      columns: 2;
      column-gap: 8mm;
      font-size: 9pt;
    }
    .stemkaart-answers li {
      break-inside: avoid;
      display: grid;
      grid-template-columns: 8em 1fr;
      gap: 2mm;
      margin-block-end: 1mm;
    }
    .stemkaart-answers .answer {
      font-weight: 700;
      overflow-wrap: normal;
    }
    .stemkaart-answers .text {
      align-self: start;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .many .stemkaart-answers {
      font-size: 7.5pt;
      line-height: 1.25;
    }
    .many .stemkaart-answers li {
      margin-block-end: 0.3mm;
    }
    .many .stemkaart-answers .text {
      -webkit-line-clamp: 1;
    }
    .very-many .stemkaart-answers {
      columns: 3;
      column-gap: 5mm;
      font-size: 7pt;
    }
  }
`;
