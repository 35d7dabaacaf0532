/**
 * Readers see who said what (issue 25): beside a position "Ingevuld door de partij op
 * 12 februari 2026" or "Bepaald door <organisatie>", in the result's comparison, under
 * "Wat vinden de partijen?", side by side and in the verdict's statements; under the verdict
 * table "Bijgewerkt op … · 2 correcties", the corrections one tap away. Fictional data:
 * test/fixtures/who/ (Zeggenstad, Foutdorp, Stilwijk).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { active, find, press, resetMediaAfterEach, shown, widgetIn, words, type Lang } from '../harness/a11y-helpers.js';
import { accessibleName, getByRole, queryByRole } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';

const src = '/test/fixtures/who/index.json';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const verdictButton: Record<Lang, string> = { nl: 'Bekijk het oordeel per partij', en: 'See the verdict per party', ar: 'اطّلع على التقييم لكل حزب' };

resetMediaAfterEach();

async function choose(lang: Lang, code: string) {
  const el = await widgetIn({ lang, src, languages: 'nl en ar' });
  await shown(el, lang);
  const select = (await find(el, 'combobox', words[lang].gemeente)) as HTMLSelectElement;
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  return el;
}

/** The verdict screen of `code`, with the Totaal of `party` opened (its statements behind it). */
async function verdict(lang: Lang, code = 'GM9905', party = 'Partij Noord') {
  const el = await choose(lang, code);
  await press(el, 'button', verdictButton[lang]);
  await waitUntil(() => el.shadowRoot!.querySelector('.cell-button'), 'the verdict table', { timeout: 4000 });
  const total = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cell-button')].filter((b) => accessibleName(b).includes(party)).pop()!;
  total.click();
  await el.updateComplete;
  return el;
}

/** Every statement, three answers, to the result. */
async function result(lang: Lang) {
  const el = await choose(lang, 'GM9905');
  await press(el, 'button', words[lang].start);
  for (const a of [0, 1, 0]) {
    await find(el, 'button', words[lang].answers[a]);
    await press(el, 'button', words[lang].answers[a]);
  }
  await find(el, 'heading', words[lang].result);
  await el.updateComplete;
  return el;
}

/** Each of the opened statements behind a verdict: the party's entry (dd) as read. */
const verdictEntries = (el: StemhulpWidget) => [...el.shadowRoot!.querySelectorAll('.verdict-statements li dl > div:last-child dd')].map((dd) => norm(dd.textContent));

describe('who gave a position, in the verdict', () => {
  it('says "Ingevuld door de partij op 12 februari 2026", without a date when none, and "Bepaald door" the organisation', async () => {
    const el = await verdict('nl');
    const entries = verdictEntries(el);
    expect(entries).to.have.length(3);
    expect(entries[0]).to.equal('Eens (2 van 2 punten) Ingevuld door de partij op 12 februari 2026');
    expect(entries[1]).to.equal('Oneens (2 van 2 punten) Ingevuld door de partij');
    expect(entries[2]).to.match(/^Geen van beide \(1 van 2 punten\) Bepaald door Stichting Voorbeeld Uit het verkiezingsprogramma\. Bron/);
  });

  it("says where to report a wrong position: the organisation's contact, as a mail link under the table", async () => {
    const el = await verdict('nl');
    const mail = getByRole(el, 'link', 'standpunten@example.org') as HTMLAnchorElement;
    expect(mail.href).to.equal('mailto:standpunten@example.org');
    expect(norm(mail.parentElement!.textContent)).to.equal('Klopt een standpunt niet? Meld het bij standpunten@example.org');
    expect(el.shadowRoot!.querySelector('table')!.compareDocumentPosition(mail) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('says nothing of who when the data does not', async () => {
    const el = await verdict('nl', 'GM9905', 'Partij Zuid');
    const entries = verdictEntries(el);
    expect(entries[1]).to.equal('Eens (0 van 2 punten)');
    expect(entries[0]).to.equal('Oneens (0 van 2 punten) Bepaald door Stichting Voorbeeld');
  });

  it('shows "Bijgewerkt op 3 maart 2026 · 2 correcties" under the table; the corrections open by keyboard, newest first', async () => {
    const el = await verdict('nl');
    const summary = getByRole(el, 'button', 'Bijgewerkt op 3 maart 2026 · 2 correcties');
    const details = summary.closest('details')!;
    // Under the table, not above it.
    expect(el.shadowRoot!.querySelector('table')!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(details.open).to.equal(false);
    summary.focus();
    expect(active(el)).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'the corrections open');
    const items = [...details.querySelectorAll('li')].map((li) => norm(li.textContent));
    expect(items).to.deep.equal([
      '3 maart 2026 Standpunt van Partij Zuid bij stelling 1 gecorrigeerd na een reactie van de partij.',
      '20 februari 2026 Toelichting van Partij Noord bij stelling 3 aangevuld.',
    ]);
    expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-03');
  });

  it('says "1 correctie", and only the date when there are no corrections', async () => {
    const el = await verdict('nl', 'GM9906', 'Partij Twee');
    // Foutdorp's updated is no date: dropped with a warning, so only the count.
    expect(getByRole(el, 'button', '1 correctie')).to.exist;
    const still = await verdict('nl', 'GM9907', 'Partij Een');
    expect(norm(still.shadowRoot!.querySelector('.updated')!.textContent)).to.equal('Bijgewerkt op 5 januari 2026');
    expect(still.shadowRoot!.querySelector('.corrections')).to.equal(null);
  });

  it('drops an invalid "by" and date with a warning, not a crash', async () => {
    const warn = console.warn;
    const said: unknown[][] = [];
    console.warn = (...a: unknown[]) => said.push(a);
    try {
      const el = await verdict('nl', 'GM9906', 'Partij Een');
      const entries = verdictEntries(el);
      // Partij Een's "partij" is not a word of the format: no line; Partij Twee's is shown as usual.
      expect(entries).to.deep.equal(['Eens (2 van 2 punten)']);
      const warned = JSON.stringify(said);
      expect(warned).to.contain('parties[0].positions.s1.by');
      expect(warned).to.contain('parties[0].positions.s1.date');
      expect(warned).to.contain('municipalities[1].updated');
    } finally {
      console.warn = warn;
    }
  });

  it("speaks English and Arabic (right to left), the date in the reader's language", async () => {
    const en = await verdict('en');
    expect(verdictEntries(en)[0]).to.equal('Agree (2 of 2 points) Filled in by the party on 12 February 2026');
    expect(verdictEntries(en)[2]).to.contain('Set by Stichting Voorbeeld');
    expect(getByRole(en, 'button', 'Updated on 3 March 2026 · 2 corrections')).to.exist;
    const ar = await verdict('ar');
    expect(ar.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(verdictEntries(ar)[0]).to.contain('أدخله الحزب بتاريخ 12 فبراير 2026');
    // The organisation's Latin name isolated in the Arabic sentence (FSI … PDI), as everywhere.
    expect(verdictEntries(ar)[2]).to.contain('حددته \u2068Stichting Voorbeeld\u2069');
    expect(queryByRole(ar, 'button', 'آخر تحديث بتاريخ 3 مارس 2026 · تصحيحان')).to.exist;
  });

  it('says how positions are gathered under "Wie oordeelt, en hoe?"', async () => {
    const el = await verdict('nl');
    await press(el, 'button', 'Wie oordeelt, en hoe?');
    expect(norm(el.shadowRoot!.querySelector('.how-verdict')!.textContent)).to.contain(
      'De partijen vullen hun standpunten zelf in, met een formulier van Stichting Voorbeeld. Stichting Voorbeeld controleert ze, en kan een standpunt ook zelf bepalen',
    );
  });

  it('is accessible with the statements and the corrections open', async () => {
    const el = await verdict('nl');
    await press(el, 'button', 'Bijgewerkt op 3 maart 2026 · 2 correcties');
    await expect(el).to.be.accessible();
  });
});

describe('who gave a position, on the result', () => {
  it('shows it beside the party\'s position in its comparison, and "Hoe werkt dit?" says how positions are gathered', async () => {
    const el = await result('nl');
    await press(el, 'button', 'Bekijk de standpunten: Partij Noord');
    const item = [...el.shadowRoot!.querySelectorAll('.party')].find((li) => li.textContent!.includes('Partij Noord'))!;
    const entries = [...item.querySelectorAll('.comparison li dl > div:nth-child(2) dd')].map((dd) => norm(dd.textContent));
    expect(entries[0]).to.equal('Eens Ingevuld door de partij op 12 februari 2026');
    expect(entries[2]).to.match(/^Geen van beide Bepaald door Stichting Voorbeeld/);
    await press(el, 'button', 'Hoe werkt dit?');
    expect(norm(el.shadowRoot!.querySelector('.how')!.textContent)).to.contain('Bij een standpunt staat wie het gaf');
    await expect(el).to.be.accessible();
  });

  it('shows it under "Wat vinden de partijen?" and side by side', async () => {
    const el = await result('nl');
    await press(el, 'button', 'Antwoorden aanpassen');
    await find(el, 'button', 'Wat vinden de partijen? (Stelling 1)');
    await press(el, 'button', 'Wat vinden de partijen? (Stelling 1)');
    const groups = [...el.shadowRoot!.querySelectorAll('.tune-item')[0].querySelectorAll('.stances dd li')].map((li) => norm(li.textContent));
    expect(groups).to.deep.equal(['Partij Noord (lijst 1) Ingevuld door de partij op 12 februari 2026', 'Partij Zuid (lijst 2) Bepaald door Stichting Voorbeeld']);
    await press(el, 'button', 'Partijen naast elkaar');
    const fieldset = await find(el, 'group', 'Kies maximaal drie partijen');
    (getByRole(fieldset, 'checkbox', 'Partij Zuid (lijst 2)') as HTMLInputElement).click();
    await el.updateComplete;
    const cells = [...el.shadowRoot!.querySelectorAll('table.sbs tbody tr:nth-child(2) td:last-child')].map((td) => norm(td.textContent));
    expect(cells).to.deep.equal(['Oneens Bepaald door Stichting Voorbeeld', 'Eens', 'Eens ✓, zelfde als jij Ingevuld door de partij op 14 februari 2026']);
    await expect(el).to.be.accessible();
  });

  it('in Arabic and English too', async () => {
    const ar = await result('ar');
    expect(ar.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    ar.shadowRoot!.querySelector<HTMLElement>('.party summary')!.click();
    await ar.updateComplete;
    expect(norm(ar.shadowRoot!.querySelector('.comparison')!.textContent)).to.match(/أدخله الحزب بتاريخ 12 فبراير 2026/);
    const en = await result('en');
    en.shadowRoot!.querySelector<HTMLElement>('.party summary')!.click();
    await en.updateComplete;
    expect(norm(en.shadowRoot!.querySelector('.comparison')!.textContent)).to.match(/Filled in by the party on 12 February 2026/);
  });
});
