// Plain words (issue 26): the interface's Dutch is at B1. Every string of src/i18n/nl/*.ts
// (functions called with sample arguments, both sides of each choice) is measured: no
// sentence longer than MAX_WORDS words, each longer text easy enough by Flesch–Douma
// reading ease and LIX, all of it together easier still, and no jargon in a reader's
// sentence. The texts for data authors (under *Details*) and the words readers need are the
// exceptions, each named below with its reason. README, "Plain words".
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readdirSync } from 'node:fs';

const dir = new URL('../../src/i18n/nl/', import.meta.url);

/** Sample arguments by parameter name: a count, a date (or none: the other branch), a name. */
const NUMBERS = /^(n|total|known|of|status|used|max|score|step|count)$/;
const sample = (name: string, other: boolean) => (NUMBERS.test(name) ? (other ? 1 : 3) : /^(d|date)$/.test(name) ? (other ? undefined : '3 maart 2026') : 'Ede');
const params = (fn: (...a: unknown[]) => unknown) =>
  (/^[^(]*\(([^)]*)\)|^\s*(\w+)\s*=>/.exec(fn.toString()) ?? [])
    .slice(1)
    .join('')
    .split(',')
    .map((p) => p.trim().replace(/[\s:=?].*$/, ''))
    .filter(Boolean);

/** Every string of the Dutch interface, by its path (`ui.errorKind.json`, `verdict.verdict.basis()`: file and key, without the export's name). */
async function dutchStrings(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const walk = (path: string, v: unknown) => {
    if (typeof v === 'string') out.push([path, v]);
    else if (typeof v === 'function') for (const other of [false, true]) walk(`${path}()`, v(...params(v as () => unknown).map((p) => sample(p, other))));
    else if (Array.isArray(v)) v.forEach((x, i) => walk(`${path}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${path}.${k}`, x);
  };
  for (const file of readdirSync(dir).sort()) {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) walk(file.replace(/\.ts$/, ''), value);
  }
  return out;
}

/**
 * Texts for data authors and site owners, not for voters: they are shown only under *Details*
 * of an error (src/i18n/nl/details.ts, drawn by src/ui/common/error-details.ts), where the technical words belong.
 */
const FOR_DATA_AUTHORS = [/^details\./];

/** Words not held against a text's readability, each with its reason. */
const NEEDED: Record<string, string> = {
  // The glossary's own words: a reader needs them, and each is explained where it appears
  // (a statement's "Moeilijke woorden"); in the glossary's explanations they cannot be avoided.
  asielzoeker: 'in the glossary',
  asielzoekers: 'in the glossary',
  statushouder: 'in the glossary',
  statushouders: 'in the glossary',
  woningcorporatie: 'in the glossary',
  woningcorporaties: 'in the glossary',
  // Names readers need.
  vluchtelingen: 'who the stemhulp is for',
  gemeenteraadsverkiezingen: 'the name of the election the stemhulp is for',
};

/**
 * Words above B1 (jargon) that must not appear in a reader's sentence. Outside the texts for
 * data authors only where named in JARGON_ALLOWED.
 */
const JARGON = /\b(json|npx|cors|https?|server|url|urls|header|headers|parameter|bytes?|ms|api|mime|statuscode|localstorage|cookies?|javascript|html|csv)\b/i;
const JARGON_ALLOWED: Record<string, string> = {
  'form.sourceHint': 'a party types the link of its source: "https://" is what it starts with',
  'form.sourceInvalid': 'the same, when the link does not start that way',
  'form.badSource()': 'the same, when the party tries to download',
  'form.config': 'only a site owner sees it: the form page beside its embed.config.json is set up wrong',
};

/** No sentence in a reader's text is longer than this. B1 texts keep sentences to about 15 words; a few need up to 20. */
const MAX_WORDS = 20;
/** Flesch–Douma reading ease of each text of at least LONG_TEXT words, and of all texts together. */
const DOUMA_EACH = 50;
const DOUMA_ALL = 78;
/** LIX (words per sentence + percentage of words over six letters) of each longer text, and of all together. */
const LIX_EACH = 50;
const LIX_ALL = 32;
const LONG_TEXT = 12;

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const sentences = (s: string) => s.split(/(?<=[.!?])\s+/).filter((x) => /\p{L}/u.test(x));
/** Dutch syllables: a group of vowels is one (ij counts as a vowel), so "bijvoorbeeld" has three. */
const syllables = (w: string) => Math.max(1, w.toLowerCase().match(/(?:ij|[aeiouyàáâäèéêëìíîïòóôöùúûü])+/g)?.length ?? 0);
const needed = (w: string) => Object.hasOwn(NEEDED, w.toLowerCase());

function measure(texts: readonly string[]) {
  let n = 0;
  let sents = 0;
  let long = 0;
  let syl = 0;
  for (const s of texts) {
    const ws = words(s);
    n += ws.length;
    sents += Math.max(1, sentences(s).length);
    long += ws.filter((w) => w.length > 6 && !needed(w)).length;
    syl += ws.reduce((a, w) => a + (needed(w) ? 2 : syllables(w)), 0);
  }
  return {
    words: n,
    douma: 206.84 - 0.77 * ((100 * syl) / n) - 0.93 * (n / sents),
    lix: n / sents + (100 * long) / n,
  };
}

const all = await dutchStrings();
const forReaders = all.filter(([path]) => !FOR_DATA_AUTHORS.some((r) => r.test(path)));

describe('plain words: the Dutch interface at B1', () => {
  it('finds the strings: every file of src/i18n/nl/, the functions called', () => {
    expect(all.length).to.be.greaterThan(300);
    expect(all.map(([p]) => p)).to.include.members(['ui.errorKind.json', 'result.howItWorksText[0]', 'verdict.verdict.basis()', 'glossary.stelling.explanation']);
    expect(all.find(([p]) => p === 'vote.age()')![1]).to.contain('3 maart 2026');
  });

  it(`no sentence in a reader's text is longer than ${MAX_WORDS} words`, () => {
    const long = forReaders.flatMap(([path, s]) =>
      sentences(s)
        .filter((x) => words(x).length > MAX_WORDS)
        .map((x) => `${path}: ${x} (${words(x).length})`),
    );
    expect(long).to.deep.equal([]);
  });

  it(`each text of ${LONG_TEXT} words or more reads easily: Flesch–Douma at least ${DOUMA_EACH}, LIX at most ${LIX_EACH}`, () => {
    const hard = [...new Map(forReaders).entries()]
      .map(([path, s]) => ({ path, s, ...measure([s]) }))
      .filter((m) => m.words >= LONG_TEXT && (m.douma < DOUMA_EACH || m.lix > LIX_EACH))
      .map((m) => `${m.path}: Douma ${m.douma.toFixed(0)}, LIX ${m.lix.toFixed(0)}: ${m.s}`);
    expect(hard).to.deep.equal([]);
  });

  it(`all of it together: Flesch–Douma at least ${DOUMA_ALL}, LIX at most ${LIX_ALL}`, () => {
    const m = measure([...new Set(forReaders.map(([, s]) => s))]);
    expect(m.douma, `Douma ${m.douma.toFixed(1)}`).to.be.at.least(DOUMA_ALL);
    expect(m.lix, `LIX ${m.lix.toFixed(1)}`).to.be.at.most(LIX_ALL);
  });

  it('no jargon (JSON, npx, server, header, status code…) in a reader’s text, only under Details for data authors', () => {
    const jargon = forReaders.filter(([path, s]) => JARGON.test(s) && !Object.hasOwn(JARGON_ALLOWED, path)).map(([path, s]) => `${path}: ${s}`);
    expect(jargon).to.deep.equal([]);
    // The texts for data authors do hold the technical words: the test would notice them moving.
    expect(all.filter(([path, s]) => FOR_DATA_AUTHORS.some((r) => r.test(path)) && JARGON.test(s)).length).to.be.at.least(4);
  });

  it('the measures tell hard Dutch from easy Dutch', () => {
    const easy = measure(['Kies je gemeente. Geef dan bij elke stelling je mening.']);
    const hard = measure([
      'Indien de gegevensverwerkingsovereenkomst niet overeenkomstig de toepasselijke bepalingen wordt nageleefd, behoudt de verwerkingsverantwoordelijke zich het recht voor de samenwerking onmiddellijk te beëindigen.',
    ]);
    expect(easy.douma).to.be.at.least(DOUMA_EACH);
    expect(easy.lix).to.be.at.most(LIX_EACH);
    expect(hard.douma).to.be.below(DOUMA_EACH);
    expect(hard.lix).to.be.above(LIX_EACH);
    expect(syllables('bijvoorbeeld')).to.equal(3);
    expect(syllables('organisatie')).to.equal(5);
  });
});
