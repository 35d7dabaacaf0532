/**
 * The form itself, drawn once from the validated data: who asks and why, the party and its
 * gemeente, every statement with its answers, Toelichting, Bron and a preview of what
 * readers will see; then Download je antwoorden and Wis concept. State is the draft
 * (answers.ts), kept on this device (draft.ts) after every change.
 */
import { bundledKeyPoints } from '../core/bundled-key-points.js';
import { baseLanguage, isRtl } from '../core/lang.js';
import { localise, pick } from '../core/text.js';
import type { Answer, LocalisedText } from '../core/types.js';
import { address } from '../core/url.js';
import { formKeyPoints } from '../i18n/form-key-points.js';
import type { FormStrings } from '../i18n/part-types.js';
import { answeredCount, answersFile, draftProblems, fileName, httpSource, MAX_EXPLANATION, sourceOk, type Draft, type DraftAnswer } from './answers.js';
import { h } from './dom.js';
import { clearDraft, loadDraft, saveDraft } from './draft.js';
import type { FormLink } from './link.js';
import type { FormData } from './load.js';

const ANSWERS: readonly Answer[] = ['agree', 'neutral', 'disagree'];

/** A text from the data as an element's content, marked with its language (and direction, where it differs from the page's). */
function dataText<K extends keyof HTMLElementTagNameMap>(tag: K, text: LocalisedText | undefined, lang: string, attrs: Record<string, string> = {}) {
  const { tag: l, value } = pick(text, lang);
  const el = h(tag, attrs, value);
  if (baseLanguage(l) !== baseLanguage(lang)) {
    el.lang = l;
    if (isRtl(l) !== isRtl(lang)) el.dir = isRtl(l) ? 'rtl' : 'ltr';
  }
  return el;
}

export function renderForm(main: HTMLElement, link: FormLink, data: FormData, t: FormStrings, lang: string) {
  const { index, gemeente, content, party, contact } = data;
  const org = index.organisation ? localise(index.organisation.name, lang) : t.anOrganisation;
  const partyName = localise(party.name, lang);
  const gemeenteName = localise(gemeente.name, lang);
  const statements = content.statements;
  const ids = statements.map((s) => s.id);
  const stored = loadDraft(link, ids);
  const draft: Draft = stored ?? {};
  // Where the browser has no dates in the form's language (Tigrinya, Somali in Chromium): as on a Dutch letter.
  const today = Intl.DateTimeFormat.supportedLocalesOf(lang).length
    ? new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn', calendar: 'gregory' }).format(new Date())
    : new Date().toLocaleDateString('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' });

  document.title = t.title(partyName, gemeenteName);
  const announce = h('p', { class: 'visually-hidden', role: 'status' });

  // Who asks and why.
  const kps = index.keyPoints.map((kp) => {
    const tr = bundledKeyPoints.includes(kp) ? formKeyPoints[baseLanguage(lang)]?.[kp.id] : undefined;
    return h(
      'li',
      {},
      tr ? h('strong', {}, tr.title) : dataText('strong', kp.title, lang),
      ' ',
      tr ? h('span', {}, tr.summary) : kp.summary ? dataText('span', kp.summary, lang) : undefined,
    );
  });
  const election = index.election?.name ? localise(index.election.name, lang) : undefined;
  const intro = h(
    'section',
    { class: 'intro', 'aria-labelledby': 'who' },
    h('h2', { id: 'who' }, t.whoHeading),
    h('p', {}, t.who(org, gemeenteName), election ? ' ' + t.whoElection(election) : ''),
    h('h3', {}, t.keyPointsHeading),
    h('p', {}, t.keyPointsIntro),
    h('ul', { class: 'key-points' }, ...kps),
    h('h3', {}, t.whatHeading),
    h('p', {}, t.what(org, partyName)),
    h('p', {}, t.draftNote),
  );

  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, t.partyLabel),
    h('dd', {}, dataText('span', party.name, lang)),
    h('dt', {}, t.gemeenteLabel),
    h('dd', {}, dataText('span', gemeente.name, lang)),
  );

  // The statements.
  const words: Record<Answer, string> = { agree: t.agree, neutral: t.neutral, disagree: t.disagree };
  const fields = statements.map((s, i) => {
    const id = `s${i}`;
    const a = (): DraftAnswer => (Object.hasOwn(draft, s.id) ? draft[s.id] : (draft[s.id] = {}));
    const radios = ANSWERS.map((w) => {
      const input = h('input', { type: 'radio', name: `${id}-position`, value: w });
      input.checked = a().position === w;
      return { input, label: h('label', { class: 'answer' }, input, h('span', {}, words[w])) };
    });
    const explanation = h('textarea', { id: `${id}-e`, rows: '4', dir: 'auto', maxlength: String(MAX_EXPLANATION), 'aria-describedby': `${id}-c` });
    explanation.value = a().explanation ?? '';
    const counter = h('p', { id: `${id}-c`, class: 'counter' });
    const source = h('input', { id: `${id}-s`, type: 'url', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', dir: 'ltr', 'aria-describedby': `${id}-h` });
    source.value = a().source ?? '';
    const sourceError = h('p', { id: `${id}-x`, class: 'error', hidden: true }, t.sourceInvalid);
    const preview = h('div', { class: 'preview-body' });

    const showCounter = () => {
      counter.textContent = t.counter(explanation.value.length, MAX_EXPLANATION);
    };
    const showSourceError = (show: boolean) => {
      sourceError.hidden = !show;
      if (show) {
        source.setAttribute('aria-invalid', 'true');
        source.setAttribute('aria-describedby', `${id}-h ${id}-x`);
      } else {
        source.removeAttribute('aria-invalid');
        source.setAttribute('aria-describedby', `${id}-h`);
      }
    };
    const showPreview = () => {
      const { position, explanation: ex, source: src } = a();
      const href = src ? httpSource(src) : undefined;
      preview.replaceChildren(
        ...(position
          ? [
              h('p', { class: 'preview-position' }, h('strong', {}, partyName), h('span', { class: `position ${position}` }, words[position])),
              ex?.trim() ? h('p', { class: 'preview-explanation', dir: 'auto' }, ex.trim()) : undefined,
              href ? h('p', { class: 'preview-source' }, `${t.previewSource}: `, h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, address(href))) : undefined,
              h('p', { class: 'preview-by' }, t.previewBy(today)),
            ].filter((x): x is HTMLParagraphElement => !!x)
          : [h('p', { class: 'preview-none' }, t.previewNone)]),
      );
    };
    const changed = () => {
      showPreview();
      store();
    };
    for (const { input } of radios)
      input.addEventListener('change', () => {
        if (input.checked) a().position = input.value as Answer;
        changed();
      });
    explanation.addEventListener('input', () => {
      a().explanation = explanation.value;
      showCounter();
      // Said once when the end is near, not at every key.
      const left = MAX_EXPLANATION - explanation.value.length;
      if (left === 50 || left === 0) announce.textContent = t.counter(explanation.value.length, MAX_EXPLANATION);
      changed();
    });
    source.addEventListener('input', () => {
      a().source = source.value;
      if (sourceOk(source.value)) showSourceError(false);
      changed();
    });
    // Said when the party leaves the field, not while typing the first letters of "https://".
    source.addEventListener('change', () => showSourceError(!sourceOk(source.value)));
    const reset = () => {
      for (const { input } of radios) input.checked = false;
      explanation.value = '';
      source.value = '';
      showSourceError(false);
      showCounter();
      showPreview();
    };
    showCounter();
    showPreview();
    if (!sourceOk(source.value)) showSourceError(true);

    const item = h(
      'li',
      { class: 'statement', id },
      h('h3', {}, h('span', { class: 'number' }, t.statementNumber(i + 1, statements.length)), ' ', dataText('span', s.text, lang, { id: `${id}-t`, class: 'text' })),
      s.explanation ? h('div', { class: 'explanation' }, h('p', { class: 'label' }, t.explanationBy(org)), dataText('p', s.explanation, lang)) : undefined,
      h('div', { role: 'radiogroup', 'aria-labelledby': `${id}-t`, class: 'answers' }, ...radios.map((r) => r.label)),
      h('div', { class: 'field' }, h('label', { for: `${id}-e` }, t.explanationLabel), explanation, counter),
      h('div', { class: 'field' }, h('label', { for: `${id}-s` }, t.sourceLabel), h('p', { id: `${id}-h`, class: 'hint' }, t.sourceHint), source, sourceError),
      h('div', { class: 'preview' }, h('h4', {}, t.previewHeading), preview),
    );
    return { item, reset, first: radios[0].input, source };
  });

  // Saving, downloading, clearing.
  const progress = h('p', { class: 'progress' });
  const saved = h('p', { class: 'saved' });
  const problems = h('div', { class: 'problems', role: 'alert' });
  const sent = h('div', { class: 'sent', role: 'status' });
  const download = h('button', { type: 'button', class: 'primary' }, t.download);
  const clear = h('button', { type: 'button', class: 'secondary' }, t.clearDraft);
  const no = h('button', { type: 'button', class: 'secondary' }, t.clearNo);
  const yes = h('button', { type: 'button', class: 'danger' }, t.clearYes);
  const confirm = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': 'clear-q', hidden: true },
    h('p', { id: 'clear-q' }, t.clearQuestion),
    h('div', { class: 'buttons' }, yes, no),
  );

  function showProgress() {
    progress.textContent = t.answered(answeredCount(ids, draft), ids.length);
  }
  function store() {
    showProgress();
    problems.replaceChildren();
    const ok = stored !== undefined && saveDraft(link, draft);
    saved.textContent = ok ? t.draftSaved : t.draftUnavailable;
  }

  download.addEventListener('click', () => {
    sent.replaceChildren();
    const wrong = draftProblems(ids, draft);
    if (!wrong.length && !answeredCount(ids, draft)) {
      problems.replaceChildren(h('p', {}, t.fixFirst, ' ', t.noAnswers));
      fields[0]?.first.focus();
      return;
    }
    if (wrong.length) {
      problems.replaceChildren(
        h('p', {}, t.fixFirst),
        h('ul', {}, ...wrong.map((w) => h('li', {}, w.kind === 'position' ? t.needsPosition(w.index + 1) : t.badSource(w.index + 1)))),
      );
      const f = fields[wrong[0].index];
      (wrong[0].kind === 'position' ? f.first : f.source).focus();
      return;
    }
    problems.replaceChildren();
    const file = answersFile(link, pick(party.name, lang).value, ids, draft, new Date());
    const name = fileName(link);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    // Long enough for a slow disk; the file is small.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    sent.replaceChildren(
      h('p', {}, t.downloaded(name)),
      contact
        ? h(
            'p',
            {},
            t.sendTo,
            ' ',
            h('a', { href: contact.href, dir: 'ltr', ...(contact.href.startsWith('https:') ? { rel: 'noopener noreferrer', target: '_blank' } : {}) }, contact.text),
          )
        : h('p', {}, t.sendToOrg(org)),
    );
  });
  clear.addEventListener('click', () => {
    confirm.hidden = false;
    no.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    clear.focus();
  });
  yes.addEventListener('click', () => {
    clearDraft(link);
    for (const k of Object.keys(draft)) delete draft[k];
    for (const f of fields) f.reset();
    confirm.hidden = true;
    problems.replaceChildren();
    sent.replaceChildren();
    showProgress();
    saved.textContent = '';
    announce.textContent = t.cleared;
    clear.focus();
  });

  showProgress();
  if (stored === undefined) saved.textContent = t.draftUnavailable;

  main.replaceChildren(
    h('h1', {}, t.title(partyName, gemeenteName)),
    facts,
    intro,
    h(
      'section',
      { class: 'statements', 'aria-labelledby': 'st' },
      h('h2', { id: 'st' }, t.statementsHeading),
      h('p', {}, t.statementsIntro),
      h('ol', {}, ...fields.map((f) => f.item)),
    ),
    h('div', { class: 'finish' }, progress, saved, problems, h('div', { class: 'buttons' }, download, clear), confirm, sent),
    announce,
  );
}
