/**
 * The party form (dist/partijformulier.html): a party opens the invitation link the
 * organisation sent (`#gegevens=…&gemeente=…&partij=…&code=…`, docs/data-format.md), answers its
 * gemeente's statements, and downloads `<gemeente>-<partij>.json` to send back. Nothing
 * leaves the page but the requests for the data: the draft stays in this browser, and
 * the file is made here. Data only from the origins the page allows, as embed.html
 * (src/embed/data-policy.ts); checked with the widget's own validator.
 */
import { baseLanguage, forLanguage, isRtl } from '../core/lang.js';
import { enforceDataPolicy } from '../embed/data-policy.js';
import { formStrings } from '../i18n/form.js';
import { h } from './dom.js';
import { linkLanguage, readLink } from './link.js';
import { FormError, loadForm } from './load.js';
import { renderForm } from './view.js';

/** The fragment's `lang`, else the first of the browser's languages the form speaks, else Dutch. */
function language(): string {
  const wanted = [linkLanguage(location.hash), ...(navigator.languages ?? [navigator.language])].filter((l): l is string => !!l);
  return baseLanguage(wanted.find((l) => Object.hasOwn(formStrings, baseLanguage(l))) ?? 'nl');
}

const lang = language();
const t = forLanguage(formStrings, lang);
document.documentElement.lang = lang;
document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
const main = document.querySelector('main')!;

/** A message in place of the form: a heading, what to do, and (for the organisation) the technical reason in English. */
function fail(heading: string, text: string, detail?: string, problems: readonly { path: string; message: string }[] = []) {
  document.title = heading;
  const why =
    detail &&
    h(
      'details',
      {},
      h('summary', {}, t.details),
      h('p', { lang: 'en', dir: 'ltr' }, detail),
      problems.length ? h('ul', { lang: 'en', dir: 'ltr' }, ...problems.map((p) => h('li', {}, p.path ? `${p.path}: ${p.message}` : p.message))) : undefined,
    );
  main.removeAttribute('aria-busy');
  main.replaceChildren(h('h1', {}, heading), h('div', { class: 'message', role: 'alert' }, h('p', {}, text)), why || '');
}

async function start() {
  const link = readLink(location.hash, location.href);
  if (!link) return fail(t.badLinkHeading, t.badLink);
  main.replaceChildren(h('p', { class: 'loading' }, t.loading));
  main.setAttribute('aria-busy', 'true');
  try {
    await enforceDataPolicy(true);
  } catch (e) {
    console.error(`stemhulp-widget: embed.config.json beside ${location.pathname} ${(e as Error).message}. Nothing is loaded until it is fixed (README, Iframe).`);
    return fail(t.dataHeading, t.config, `embed.config.json ${(e as Error).message}.`);
  }
  try {
    const data = await loadForm(link);
    main.removeAttribute('aria-busy');
    renderForm(main, link, data, t, lang);
  } catch (e) {
    const err = e instanceof FormError ? e : new FormError('data', String(e));
    const text = { refused: t.refused, data: t.dataError, gemeente: t.noGemeente, party: t.noParty }[err.kind];
    // The refused address stays out of the page, as on embed.html; the console names it.
    fail(t.dataHeading, text, err.kind === 'refused' ? undefined : err.message, err.problems);
  }
}

// Another invitation pasted into this tab: a fresh form for it.
addEventListener('hashchange', () => location.reload());
void start();
