import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Index, KeyPoint, Problem, Validated } from '../../../src/core/types.js';
import { normaliseAnswer, validateIndex, validateMunicipalityFile } from '../../../src/core/validate.js';
import { adversarial, adversarialKinds, type AdversarialKind } from '../../../bench/adversarial.mjs';

const F = 'stemhulp/1';
const KP: readonly KeyPoint[] = ['opvang', 'huisvesting', 'inburgering', 'werk'].map((id) => ({ id, title: id }));
const IDS = KP.map((k) => k.id);
const BASE = 'https://example.org/stemhulp/index.json';

type J = Record<string, unknown>;
const st = (id: string, extra: J = {}): J => ({ id, keyPoint: 'opvang', text: `Stelling ${id}`, ...extra });
const party = (id: string, positions: unknown, extra: J = {}): J => ({ id, name: `Partij ${id}`, positions, ...extra });
const file = (extra: J = {}): J => ({
  format: F,
  statements: [st('s1'), st('s2')],
  parties: [party('p1', { s1: { position: 'agree' }, s2: { position: 'disagree' } })],
  ...extra,
});
const index = (extra: J = {}): J => ({
  format: F,
  municipalities: [{ code: 'GM0363', name: 'Amsterdam', data: 'gemeenten/GM0363.json' }],
  ...extra,
});
const entry = (extra: J = {}): J => ({ code: 'GM0999', name: 'Voorbeeldstad', ...extra });

const vi = (json: unknown, url = BASE) => validateIndex(json, url, KP);
const vf = (json: unknown, code = 'GM0363') => validateMunicipalityFile(json, code, IDS);
const errors = (r: Validated<unknown>) => (r.ok ? [] : r.errors);
const at = (ps: readonly Problem[], path: string) => ps.filter((p) => p.path === path);
/** The only problem at `path`; fails when there is none or more than one. */
const one = (ps: readonly Problem[], path: string) => {
  const found = at(ps, path);
  expect(found, `problems at ${path} in ${JSON.stringify(ps)}`).to.have.length(1);
  return found[0].message;
};
/** Problems of the entry at `i`: they stay with that gemeente, and the index is still ok. */
const problemsOf = (r: Validated<Index>, i = 0) => value(r).municipalities[i].problems ?? [];
/** The warning that left an entry out, with the error of its own that made it so. */
const leftOut = (r: Validated<Index>, path: string) => {
  const m = one(r.warnings, path);
  expect(m).to.match(/; this gemeente is left out$/);
  return m.replace(/; this gemeente is left out$/, '');
};
function value<T>(r: Validated<T>): T {
  expect(r.ok, JSON.stringify(errors(r))).to.equal(true);
  return (r as { value: T }).value;
}

describe('normaliseAnswer', () => {
  it('accepts the English and Dutch answer words in any case, with surrounding spaces', () => {
    const cases: [string, string][] = [
      ['agree', 'agree'],
      ['neutral', 'neutral'],
      ['disagree', 'disagree'],
      ['eens', 'agree'],
      ['neutraal', 'neutral'],
      ['geen van beide', 'neutral'],
      ['oneens', 'disagree'],
      [' AGREE ', 'agree'],
      ['Eens', 'agree'],
      ['\tOneens\n', 'disagree'],
      ['Geen Van  Beide', 'neutral'],
    ];
    for (const [input, out] of cases) expect(normaliseAnswer(input), input).to.equal(out);
  });

  it('returns undefined for anything else, including inherited property names', () => {
    for (const v of ['ja', 'nee', '', ' ', 'agrees', 'constructor', 'toString', '__proto__', 1, null, undefined, {}, ['agree']])
      expect(normaliseAnswer(v), String(v)).to.equal(undefined);
  });
});

describe('validateIndex', () => {
  it('accepts a minimal index and produces exactly the validated shape', () => {
    const v = value(vi(index()));
    expect(v).to.deep.equal({
      format: F,
      keyPoints: KP,
      links: {},
      municipalities: [{ code: 'GM0363', name: 'Amsterdam', data: 'https://example.org/stemhulp/gemeenten/GM0363.json' }],
    });
    expect(vi(index()).warnings).to.deep.equal([]);
  });

  it('requires format to be exactly "stemhulp/1", naming the value found', () => {
    const { format: _, ...noFormat } = index();
    expect(one(errors(vi(noFormat)), 'format')).to.equal('expected "stemhulp/1", found nothing');
    expect(one(errors(vi(index({ format: 'stemhulp/2' }))), 'format')).to.equal('expected "stemhulp/1", found "stemhulp/2"');
    expect(one(errors(vi(index({ format: 1 }))), 'format')).to.equal('expected "stemhulp/1", found 1');
  });

  it('reports a root that is not an object at (root)', () => {
    expect(one(errors(vi([1, 2])), '(root)')).to.equal('expected an object (the index file), found [1,2]');
    expect(one(errors(vi(null)), '(root)')).to.contain('found null');
  });

  it('accepts Text as a Dutch string or an object of language tag to string', () => {
    const v = value(vi(index({ election: { name: { nl: 'Verkiezingen', 'en-GB': 'Elections', ar: 'انتخابات' } } })));
    expect(v.election).to.deep.equal({ name: { nl: 'Verkiezingen', 'en-GB': 'Elections', ar: 'انتخابات' } });
    expect(value(vi(index({ election: { name: 'Verkiezingen' } }))).election).to.deep.equal({ name: 'Verkiezingen' });
  });

  it('rejects Text that is neither a string nor an object, and non-string translations', () => {
    const e = errors(vi(index({ election: { name: 42 } })));
    expect(one(e, 'election.name')).to.match(/^expected a text: a string or an object like .*, found 42$/);
    const e2 = errors(vi(index({ election: { name: { nl: 'x', en: ['y'] } } })));
    expect(one(e2, 'election.name.en')).to.equal('expected a string, found ["y"]');
  });

  it('checks language tags loosely as BCP 47', () => {
    const e = errors(vi(index({ election: { name: { nl: 'x', Engels: 'y', en_GB: 'z', 'zh-Hant-TW': 'ok' } } })));
    expect(one(e, 'election.name.Engels')).to.equal('expected a language tag like "nl" or "en-GB", found "Engels"');
    expect(one(e, 'election.name.en_GB')).to.contain('found "en_GB"');
    expect(at(e, 'election.name["zh-Hant-TW"]')).to.deep.equal([]);
  });

  it('rejects a required Text that is empty, whitespace-only or an empty object', () => {
    const ok = { code: 'GM0001', name: 'Goed', data: 'b.json' };
    for (const name of ['', '   ', {}, { nl: ' ' }, null, '\u200b', '\u00ad\u2060 ', { nl: '\u200b' }]) {
      const r = vi(index({ municipalities: [{ code: 'GM0363', name, data: 'a.json' }, ok] }));
      expect(leftOut(r, 'municipalities[0].name'), JSON.stringify(name)).to.match(/^expected a text that is not empty, found /);
    }
    // Invisible characters are written out, so the data author sees what is there.
    expect(leftOut(vi(index({ municipalities: [entry({ name: '\u200b', data: 'a.json' }), ok] })), 'municipalities[0].name')).to.equal(
      'expected a text that is not empty, found "\\u200b"',
    );
    // Names that look blank although Unicode calls their characters letters or symbols:
    // the Braille blank (\p{So}), Khmer inherent vowels (default ignorable marks), the
    // musical null notehead (\p{So}), combining marks with nothing to sit on.
    const blank = ['\u2800\u2800', '\u17b4', '\u17b5\u17b4', '\u{1d159}', '\u0301\u0308', ' \u0300 ', '\u3164', { nl: '\u2800', en: '\u17b4' }];
    for (const name of blank) {
      const r = vi(index({ municipalities: [{ code: 'GM0363', name, data: 'a.json' }, ok] }));
      expect(leftOut(r, 'municipalities[0].name'), JSON.stringify(name)).to.match(/^expected a text that is not empty, found /);
      const f = errors(vf(file({ parties: [party('p1', { s1: { position: 'agree' }, s2: { position: 'agree' } }, { name })] })));
      expect(
        at(f, 'parties[0].name').map((p) => p.message),
        JSON.stringify(name),
      ).to.deep.equal([`expected a text that is not empty, found ${JSON.stringify(name)}`]);
    }
    // What draws something stays: a letter with its marks, a digit, punctuation, a symbol, Arabic, Devanagari.
    for (const name of ['e\u0301', '7', '?', '\u2801', 'حزب', 'दल', '\u{1d15f}', 'Partij\u200b']) {
      const r = vi(index({ municipalities: [{ code: 'GM0363', name, data: 'a.json' }, ok] }));
      expect(r.ok && r.warnings.filter((w) => w.path === 'municipalities[0].name'), JSON.stringify(name)).to.deep.equal([]);
    }
    const { name: _, ...noName } = entry({ data: 'a.json' });
    expect(leftOut(vi(index({ municipalities: [noName, ok] })), 'municipalities[0].name')).to.equal('expected a text that is not empty, found nothing');
  });

  it('treats an empty optional Text as absent and drops empty translations', () => {
    const v = value(vi(index({ election: { name: '' }, keyPoints: [{ id: 'k', title: { nl: 'T', ar: '' }, summary: '  ', body: {} }] })));
    expect(v.election).to.deep.equal({});
    expect(v.keyPoints).to.deep.equal([{ id: 'k', title: { nl: 'T' } }]);
  });

  it('limits every single string to 5,000 characters, naming the length and the limit', () => {
    const ok = 'a'.repeat(5000);
    expect(vi(index({ election: { name: ok } })).ok).to.equal(true);
    const long = 'b'.repeat(5001);
    const e = errors(vi(index({ election: { name: long }, organisation: { name: { nl: 'x', en: long } } })));
    expect(one(e, 'election.name')).to.match(/^expected at most 5000 characters, found 5001: "b{30,}/);
    expect(one(e, 'organisation.name.en')).to.contain('5001');
    // Ids are object keys: at most 200 characters.
    expect(vf(file({ statements: [st('i'.repeat(200)), st('s2')] })).ok).to.equal(true);
    const e2 = errors(vf(file({ statements: [st('i'.repeat(201))] })));
    expect(one(e2, 'statements[0].id')).to.match(/^expected at most 200 characters, found 201: "i{30,}/);
  });

  it('truncates found values to about 40 characters', () => {
    const msg = one(errors(vi(index({ format: 'x'.repeat(200) }))), 'format');
    expect(msg).to.equal(`expected "stemhulp/1", found "${'x'.repeat(38)}…`);
  });

  it('validates election: an optional name and a real calendar date YYYY-MM-DD', () => {
    expect(value(vi(index({ election: { date: '2026-03-18' } }))).election).to.deep.equal({ date: '2026-03-18' });
    expect(value(vi(index({ election: { date: '2024-02-29' } }))).election).to.deep.equal({ date: '2024-02-29' });
    for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '18-03-2026', '2026-3-18', '2026-03-18T00:00', 20260318]) {
      const m = one(errors(vi(index({ election: { date } }))), 'election.date');
      expect(m, String(date)).to.equal(`expected a real date written YYYY-MM-DD, like "2026-03-18", found ${JSON.stringify(date)}`);
    }
    expect(one(errors(vi(index({ election: 'GR2026' }))), 'election')).to.contain('found "GR2026"');
  });

  it('keeps an optional election.nominationDate, drops a bad one with a warning naming the path and the fix', () => {
    const v = value(vi(index({ election: { date: '2026-03-18', nominationDate: '2026-02-02' } })));
    expect(v.election).to.deep.equal({ date: '2026-03-18', nominationDate: '2026-02-02' });
    expect(value(vi(index({ election: { date: '2026-03-18', nominationDate: '' } }))).election).to.deep.equal({ date: '2026-03-18' });
    for (const nominationDate of ['2026-02-30', '2-2-2026', '2026-02-02T00:00', 20260202]) {
      const r = vi(index({ election: { date: '2026-03-18', nominationDate } }));
      expect(value(r).election, String(nominationDate)).to.deep.equal({ date: '2026-03-18' });
      expect(one(r.warnings, 'election.nominationDate')).to.equal(`expected a real date written YYYY-MM-DD, like "2026-02-02", found ${JSON.stringify(nominationDate)}; dropped`);
    }
  });

  it('keeps links.voting as an http(s) link and drops any other with a warning', () => {
    expect(value(vi(index({ links: { voting: 'https://example.org/mag-ik-stemmen' } }))).links.voting).to.equal('https://example.org/mag-ik-stemmen');
    const r = vi(index({ links: { voting: 'javascript:alert(1)' } }));
    expect(value(r).links.voting).to.equal(undefined);
    expect(one(r.warnings, 'links.voting')).to.equal('expected an absolute "https:" or "http:" URL, found "javascript:alert(1)"; dropped');
  });

  it('validates organisation: a required name and an optional http(s) url', () => {
    const v = value(vi(index({ organisation: { name: 'VluchtelingenWerk', url: 'https://example.org/' } })));
    expect(v.organisation).to.deep.equal({ name: 'VluchtelingenWerk', url: 'https://example.org/' });
    expect(one(errors(vi(index({ organisation: { url: 'https://x.nl/' } }))), 'organisation.name')).to.contain('found nothing');
    const r = vi(index({ organisation: { name: 'X', url: 'javascript:alert(1)' } }));
    expect(value(r).organisation).to.deep.equal({ name: 'X' });
    expect(one(r.warnings, 'organisation.url')).to.equal('expected an absolute "https:" or "http:" URL, found "javascript:alert(1)"; dropped');
  });

  it('uses the bundled key points when keyPoints is absent, and the given ones instead when present', () => {
    expect(value(vi(index())).keyPoints).to.deep.equal(KP);
    const kps = [{ id: 'a', title: 'A', summary: { nl: 'S' }, body: 'B', extra: 1 }];
    expect(value(vi(index({ keyPoints: kps }))).keyPoints).to.deep.equal([{ id: 'a', title: 'A', summary: { nl: 'S' }, body: 'B' }]);
  });

  it('requires keyPoints, when given, to be a non-empty array with unique ids and titles', () => {
    expect(one(errors(vi(index({ keyPoints: [] }))), 'keyPoints')).to.equal('expected 1 to 20 key points, found 0');
    expect(one(errors(vi(index({ keyPoints: {} }))), 'keyPoints')).to.equal('expected an array of key points, found {}');
    const e = errors(vi(index({ keyPoints: [{ id: 'a', title: 'A' }, { id: '', title: 'B' }, { id: 'a' }, 'c'] })));
    expect(one(e, 'keyPoints[1].id')).to.equal('expected a non-empty string, found ""');
    expect(one(e, 'keyPoints[2].id')).to.equal('expected a unique id, found "a", already used by keyPoints[0]');
    expect(one(e, 'keyPoints[2].title')).to.contain('found nothing');
    expect(one(e, 'keyPoints[3]')).to.equal('expected an object, found "c"');
  });

  it("checks statement key points against the index's own key points, listing the valid ids", () => {
    const json = index({
      keyPoints: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      municipalities: [entry({ statements: [st('s1')], parties: [party('p1', { s1: { position: 'agree' } })] })],
    });
    const r = vi(json);
    expect(r.ok).to.equal(true);
    const problems = value(r).municipalities[0].problems!;
    expect(one(problems, 'municipalities[0].statements[0].keyPoint')).to.equal('expected the id of a key point: "a" or "b", found "opvang"');
  });

  it('keeps absolute http(s) links and drops any other link with a warning', () => {
    const r = vi(
      index({
        links: {
          flyer: 'https://example.org/flyer.pdf',
          newsletter: 'http://example.org/news',
          js: 'javascript:alert(1)',
          data: 'data:text/html,<b>x</b>',
          rel: 'flyer.pdf',
          num: 5,
          'polling station': 'mailto:a@b.nl',
          empty: '',
        },
      }),
    );
    expect(value(r).links).to.deep.equal({ flyer: 'https://example.org/flyer.pdf', newsletter: 'http://example.org/news' });
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['links.js', 'links.data', 'links.rel', 'links.num', 'links["polling station"]']);
    expect(one(r.warnings, 'links.rel')).to.equal('expected an absolute "https:" or "http:" URL, found "flyer.pdf"; dropped');
    expect(one(r.warnings, 'links.num')).to.contain('found 5');
    const r2 = vi(index({ links: ['https://x.nl'] }));
    expect(value(r2).links).to.deep.equal({});
    expect(one(r2.warnings, 'links')).to.equal('expected an object of name → URL, found ["https://x.nl"]; ignored');
  });

  it('requires municipalities: an array of at least 1', () => {
    expect(one(errors(vi(index({ municipalities: [] }))), 'municipalities')).to.equal('expected 1 to 400 municipalities, found 0');
    expect(one(errors(vi({ format: F })), 'municipalities')).to.equal('expected an array of municipalities, found nothing');
    expect(one(errors(vi(index({ municipalities: [null] }))), 'municipalities[0]')).to.equal('expected an object, found null');
  });

  it('normalises codes to upper case and rejects codes that are not GM + 4 digits', () => {
    const v = value(vi(index({ municipalities: [entry({ code: 'gm0363', data: 'a.json' }), entry({ code: ' Gm0001 ', data: 'b.json' })] })));
    expect(v.municipalities.map((m) => m.code)).to.deep.equal(['GM0363', 'GM0001']);
    for (const code of ['0363', 'GM363', 'GM03631', 'XX0363', 363, null]) {
      const r = vi(index({ municipalities: [entry({ code, data: 'a.json' }), entry({ code: 'GM0001', data: 'b.json' })] }));
      const m = leftOut(r, 'municipalities[0].code');
      expect(m).to.equal(`expected a CBS code: "GM" and 4 digits, like "GM0363", found ${JSON.stringify(code)}`);
    }
  });

  it('rejects duplicate codes (after case normalisation), naming both indexes', () => {
    const ms = [entry({ code: 'GM0363', data: 'a.json' }), entry({ code: 'GM0001', data: 'b.json' }), entry({ code: 'gm0363', data: 'c.json' })];
    const r = vi(index({ municipalities: ms }));
    expect(leftOut(r, 'municipalities[2].code')).to.equal('expected a unique code, found "GM0363", already used by municipalities[0]');
    expect(value(r).municipalities.map((m) => m.data)).to.deep.equal(['https://example.org/stemhulp/a.json', 'https://example.org/stemhulp/b.json']);
  });

  it('resolves relative data URLs against the final (redirected) index URL', () => {
    const ms = [
      entry({ code: 'GM0001', data: 'gemeenten/GM0001.json' }),
      entry({ code: 'GM0002', data: '../GM0002.json' }),
      entry({ code: 'GM0003', data: '/root/GM0003.json' }),
      entry({ code: 'GM0004', data: 'https://other.example/GM0004.json' }),
      entry({ code: 'GM0005', data: '//cdn.example/GM0005.json' }),
    ];
    const v = value(vi(index({ municipalities: ms }), 'https://cdn.example.net/a/b/index.json?v=2'));
    expect(v.municipalities.map((m) => m.data)).to.deep.equal([
      'https://cdn.example.net/a/b/gemeenten/GM0001.json',
      'https://cdn.example.net/a/GM0002.json',
      'https://cdn.example.net/root/GM0003.json',
      'https://other.example/GM0004.json',
      'https://cdn.example/GM0005.json',
    ]);
  });

  it('rejects data that is not a string or does not resolve to an http(s) URL', () => {
    const ms = [entry({ code: 'GM0001', data: 'javascript:alert(1)' }), entry({ code: 'GM0002', data: 7 }), entry({ code: 'GM0003', data: ' ' })];
    const r = vi(index({ municipalities: [...ms, entry({ code: 'GM0004', data: 'https://trusted.example@evil.example/x.json' })] }));
    expect(one(problemsOf(r, 0), 'municipalities[0].data')).to.equal(
      'expected the http(s) URL of the municipality file, absolute or relative to the index, found "javascript:alert(1)"',
    );
    expect(one(problemsOf(r, 1), 'municipalities[1].data')).to.contain('found 7');
    expect(one(problemsOf(r, 2), 'municipalities[2].data')).to.contain('found " "');
    expect(one(problemsOf(r, 3), 'municipalities[3].data')).to.equal(
      'expected an http(s) URL without a user name or password before the host, found "https://trusted.example@evil.example/x…',
    );
    expect(value(r).municipalities.every((m) => m.data === undefined)).to.equal(true);
    expect(one(problemsOf(vi(index(), 'not a url')), 'municipalities[0].data')).to.contain('found "gemeenten/GM0363.json"');
  });

  it('requires either data or inline content, not both and not neither', () => {
    const both = entry({ data: 'a.json', statements: [st('s1')], parties: [party('p1', {})] });
    expect(one(problemsOf(vi(index({ municipalities: [both] }))), 'municipalities[0]')).to.equal(
      'expected either "data" or inline "statements" and "parties", found both; remove one of them',
    );
    // null is an empty spreadsheet cell: absent, not inline content.
    expect(vi(index({ municipalities: [entry({ data: 'a.json', statements: null, parties: null })] })).ok).to.equal(true);
    expect(one(problemsOf(vi(index({ municipalities: [entry({ data: null })] }))), 'municipalities[0]')).to.contain('found neither');
    expect(one(problemsOf(vi(index({ municipalities: [entry()] }))), 'municipalities[0]')).to.equal(
      'expected "data" (the URL of the municipality file) or inline "statements" and "parties", found neither',
    );
  });

  it('validates inline content with the municipality file rules and keeps it as content', () => {
    const r = vi(index({ municipalities: [entry(file({ statements: [st('s1', { recommended: 'Eens' })], parties: [party('p1', { s1: { position: 'oneens' } })] }))] }));
    const m = value(r).municipalities[0];
    expect(m).to.deep.equal({
      code: 'GM0999',
      name: 'Voorbeeldstad',
      content: {
        statements: [{ id: 's1', keyPoint: 'opvang', text: 'Stelling s1', recommended: 'agree' }],
        parties: [{ id: 'p1', name: 'Partij p1', positions: { s1: { position: 'disagree' } } }],
      },
    });
    expect(m.problems).to.equal(undefined);
  });

  it("keeps the index ok when one gemeente's inline content is broken, and the others usable", () => {
    const broken = entry({ code: 'GM0002', ...file({ parties: [party('p1', { s1: { position: 'ja' }, s2: { position: 'eens' } })] }) });
    const good = entry({ code: 'GM0003', ...file() });
    const r = vi(index({ municipalities: [entry({ code: 'GM0001', data: 'a.json' }), broken, good] }));
    const [a, b, c] = value(r).municipalities;
    expect(a.data).to.equal('https://example.org/stemhulp/a.json');
    expect(b.content).to.equal(undefined);
    expect(b.problems).to.deep.equal([
      {
        path: 'municipalities[1].parties[0].positions.s1.position',
        message: 'expected "agree", "neutral" or "disagree", found "ja"',
      },
    ]);
    expect(c.content!.parties[0].positions.s1.position).to.equal('agree');
    expect(c.problems).to.equal(undefined);
  });

  it('puts warnings of inline content in the index warnings, with prefixed paths', () => {
    const r = vi(index({ municipalities: [entry(file({ parties: [party('p1', { s1: { position: 'agree' }, s9: 'x' })] }))] }));
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['municipalities[0].parties[0].positions.s9', 'municipalities[0].parties[0].positions']);
  });

  it('leaves out an entry with a bad code or name, reported; the other gemeenten work', () => {
    const r = vi(index({ municipalities: [entry({ code: 'GMX', name: 5, ...file() }), entry({ code: 'GM0002', ...file() })] }));
    expect(r.warnings.map((p) => p.path)).to.deep.equal(['municipalities[0].code', 'municipalities[0].name']);
    expect(value(r).municipalities.map((m) => m.code)).to.deep.equal(['GM0002']);
    expect(value(r).municipalities[0].content).to.exist;
    // With no entry left, the index has nothing to offer: an error.
    const none = errors(vi(index({ municipalities: [entry({ code: 'GMX', ...file() })] })));
    expect(none.map((p) => p.path)).to.deep.equal(['municipalities[0].code', 'municipalities']);
    expect(one(none, 'municipalities')).to.equal('expected at least 1 gemeente without errors of its own, found none');
  });

  it('ignores unknown fields and copies only known ones', () => {
    const json = index({
      extra: true,
      election: { name: 'E', foo: 1 },
      municipalities: [entry({ foo: 1, ...file({ bar: 2, statements: [st('s1', { x: 1 })], parties: [party('p1', { s1: { position: 'agree', y: 2 } }, { z: 3 })] }) })],
    });
    const r = vi(json);
    const v = value(r);
    expect(r.warnings).to.deep.equal([]);
    expect(Object.keys(v)).to.have.members(['format', 'election', 'keyPoints', 'links', 'municipalities']);
    expect(v.election).to.deep.equal({ name: 'E' });
    expect(v.municipalities[0]).to.deep.equal({
      code: 'GM0999',
      name: 'Voorbeeldstad',
      content: {
        statements: [{ id: 's1', keyPoint: 'opvang', text: 'Stelling s1' }],
        parties: [{ id: 'p1', name: 'Partij p1', positions: { s1: { position: 'agree' } } }],
      },
    });
  });
});

describe('validateMunicipalityFile', () => {
  it('accepts a valid file and normalises it', () => {
    const r = vf(file({ name: 'ignored', code: 'GM0363' }));
    expect(r.warnings).to.deep.equal([]);
    expect(value(r)).to.deep.equal({
      statements: [
        { id: 's1', keyPoint: 'opvang', text: 'Stelling s1' },
        { id: 's2', keyPoint: 'opvang', text: 'Stelling s2' },
      ],
      parties: [{ id: 'p1', name: 'Partij p1', positions: { s1: { position: 'agree' }, s2: { position: 'disagree' } } }],
    });
  });

  it('allows format to be omitted, but when present it must be "stemhulp/1"', () => {
    const { format: _, ...noFormat } = file();
    expect(vf(noFormat).ok).to.equal(true);
    expect(one(errors(vf(file({ format: 'stemhulp/0' }))), 'format')).to.equal('expected "stemhulp/1", found "stemhulp/0"');
  });

  it('requires code, when present, to equal the code the index gave (letter case forgiven)', () => {
    expect(vf(file({ code: 'gm0363' })).ok).to.equal(true);
    expect(one(errors(vf(file({ code: 'GM0364' }))), 'code')).to.equal('expected "GM0363", found "GM0364" (the index gives this file that code)');
    expect(one(errors(vf(file({ code: 363 }))), 'code')).to.contain('found 363');
  });

  it('reports a root that is not an object at (root)', () => {
    expect(one(errors(vf('x')), '(root)')).to.equal('expected an object (a municipality file), found "x"');
  });

  it('requires 1 to 100 statements', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => st(`s${i}`));
    expect(vf(file({ statements: many(100), parties: [party('p1', {})] })).ok).to.equal(true);
    expect(one(errors(vf(file({ statements: many(101) }))), 'statements')).to.equal('expected 1 to 100 statements, found 101');
    expect(one(errors(vf(file({ statements: [] }))), 'statements')).to.equal('expected 1 to 100 statements, found 0');
    expect(one(errors(vf(file({ statements: 's1' }))), 'statements')).to.equal('expected an array of statements, found "s1"');
  });

  it('requires statement ids to be unique non-empty strings', () => {
    const e = errors(vf(file({ statements: [st('s1'), st('s2'), st('s1'), st(''), st(3 as never)] })));
    expect(one(e, 'statements[2].id')).to.equal('expected a unique id, found "s1", already used by statements[0]');
    expect(one(e, 'statements[3].id')).to.equal('expected a non-empty string, found ""');
    expect(one(e, 'statements[4].id')).to.equal('expected a non-empty string, found 3');
  });

  it('requires keyPoint to be a key point id, listing the valid ids', () => {
    const e = errors(vf(file({ statements: [st('s1', { keyPoint: 'Opvang' }), st('s2', { keyPoint: undefined })] })));
    expect(one(e, 'statements[0].keyPoint')).to.equal('expected the id of a key point: "opvang", "huisvesting", "inburgering" or "werk", found "Opvang"');
    expect(one(e, 'statements[1].keyPoint')).to.contain('found nothing');
  });

  it('requires statement text; explanation is optional Text', () => {
    const e = errors(vf(file({ statements: [st('s1', { text: ' ' }), st('s2', { explanation: 5 })] })));
    expect(one(e, 'statements[0].text')).to.equal('expected a text that is not empty, found " "');
    expect(one(e, 'statements[1].explanation')).to.contain('found 5');
    const v = value(vf(file({ statements: [st('s1', { explanation: { nl: 'Uitleg', en: 'Why' } }), st('s2')] })));
    expect(v.statements[0].explanation).to.deep.equal({ nl: 'Uitleg', en: 'Why' });
  });

  it('normalises recommended answer aliases and rejects other words', () => {
    const v = value(vf(file({ statements: [st('s1', { recommended: ' NEUTRAAL ' }), st('s2', { recommended: 'geen van beide' })] })));
    expect(v.statements.map((s) => s.recommended)).to.deep.equal(['neutral', 'neutral']);
    expect(one(errors(vf(file({ statements: [st('s1', { recommended: 'ja' }), st('s2')] }))), 'statements[0].recommended')).to.equal(
      'expected "agree", "neutral" or "disagree", found "ja"',
    );
  });

  it('requires 1 to 60 parties', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => party(`p${i}`, { s1: { position: 'agree' }, s2: { position: 'agree' } }));
    expect(vf(file({ parties: many(60) })).ok).to.equal(true);
    expect(one(errors(vf(file({ parties: many(61) }))), 'parties')).to.equal('expected 1 to 60 parties, found 61');
    expect(one(errors(vf(file({ parties: [] }))), 'parties')).to.equal('expected 1 to 60 parties, found 0');
    const { parties: _, ...noParties } = file();
    expect(one(errors(vf(noParties)), 'parties')).to.equal('expected an array of parties, found nothing');
  });

  it('requires unique party ids and a party name; shortName is an optional string', () => {
    const pos = { s1: { position: 'agree' }, s2: { position: 'agree' } };
    const e = errors(vf(file({ parties: [party('p1', pos), party('p1', pos, { name: '', shortName: 5 })] })));
    expect(one(e, 'parties[1].id')).to.equal('expected a unique id, found "p1", already used by parties[0]');
    expect(one(e, 'parties[1].name')).to.equal('expected a text that is not empty, found ""');
    expect(one(e, 'parties[1].shortName')).to.equal('expected a string, found 5');
    const v = value(vf(file({ parties: [party('p1', pos, { shortName: 'ABC', url: 'https://abc.nl' })] })));
    expect(v.parties[0]).to.deep.equal({ id: 'p1', name: 'Partij p1', shortName: 'ABC', url: 'https://abc.nl/', positions: pos });
  });

  it('requires list to be a positive integer, unique when given (digit strings accepted)', () => {
    const pos = { s1: { position: 'agree' }, s2: { position: 'agree' } };
    const v = value(vf(file({ parties: [party('a', pos, { list: 1 }), party('b', pos, { list: ' 2 ' }), party('c', pos, { list: null }), party('d', pos)] })));
    expect(v.parties.map((p) => p.list)).to.deep.equal([1, 2, undefined, undefined]);
    const e = errors(vf(file({ parties: ['x', 0, -1, 1.5, '1e2', true, 3, 3].map((list, i) => party(`p${i}`, pos, { list })) })));
    expect(e.map((p) => p.path)).to.deep.equal([
      'parties[0].list',
      'parties[1].list',
      'parties[2].list',
      'parties[3].list',
      'parties[4].list',
      'parties[5].list',
      'parties[7].list',
    ]);
    expect(one(e, 'parties[3].list')).to.equal('expected a whole number from 1 to 999 (the lijstnummer), found 1.5');
    expect(one(e, 'parties[7].list')).to.equal('expected a unique list, found 3, already used by parties[6]');
  });

  it('keeps party url and position source only when they are http(s), with a warning otherwise', () => {
    const r = vf(
      file({
        parties: [
          party(
            'p1',
            {
              s1: { position: 'agree', source: 'https://raad.nl/stemming/1', explanation: 'Zie programma' },
              s2: { position: 'agree', source: 'javascript:void 0' },
            },
            { url: 'www.partij.nl' },
          ),
        ],
      }),
    );
    const p = value(r).parties[0];
    expect(p.url).to.equal(undefined);
    expect(p.positions.s1).to.deep.equal({ position: 'agree', source: 'https://raad.nl/stemming/1', explanation: 'Zie programma' });
    expect(p.positions.s2).to.deep.equal({ position: 'agree' });
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['parties[0].url', 'parties[0].positions.s2.source']);
    expect(one(r.warnings, 'parties[0].url')).to.contain('found "www.partij.nl"');
  });

  it('normalises position aliases and reports other words at the exact path', () => {
    const v = value(vf(file({ parties: [party('p1', { s1: { position: ' Eens ' }, s2: { position: 'GEEN VAN BEIDE' } })] })));
    expect(v.parties[0].positions).to.deep.equal({ s1: { position: 'agree' }, s2: { position: 'neutral' } });
    const e = errors(vf(file({ parties: [party('p1', { s1: { position: 'ja' }, s2: {} })] })));
    expect(one(e, 'parties[0].positions.s1.position')).to.equal('expected "agree", "neutral" or "disagree", found "ja"');
    expect(one(e, 'parties[0].positions.s2.position')).to.equal('expected "agree", "neutral" or "disagree", found nothing');
  });

  it('rejects a bare string position with the fix in the message', () => {
    const e = errors(vf(file({ parties: [party('p1', { s1: 'agree', s2: 'oneens' })] })));
    expect(one(e, 'parties[0].positions.s1')).to.equal('expected an object like {"position": "agree"}, found "agree"');
    expect(one(e, 'parties[0].positions.s2')).to.equal('expected an object like {"position": "disagree"}, found "oneens"');
  });

  it('ignores a position under a key that names no statement with a warning, whatever its value', () => {
    const r = vf(
      file({
        statements: [st('s1'), st('s 7')],
        parties: [
          party('p1', {
            s1: { position: 'agree' },
            's 7': { position: 'neutral' },
            s9: { position: 'agree' },
            s8: 'nonsense',
            's 8': null,
          }),
        ],
      }),
    );
    const v = value(r);
    expect(Object.keys(v.parties[0].positions)).to.deep.equal(['s1', 's 7']);
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['parties[0].positions.s9', 'parties[0].positions.s8', 'parties[0].positions["s 8"]']);
    expect(one(r.warnings, 'parties[0].positions.s9')).to.equal('expected the id of a statement, found "s9"; ignored');
  });

  it('warns once per party for the statements it has no position on', () => {
    const r = vf(file({ statements: [st('s1'), st('s2'), st('s 3')], parties: [party('p1', { s1: { position: 'agree' } })] }));
    expect(value(r).parties[0].positions).to.deep.equal({ s1: { position: 'agree' } });
    expect(r.warnings).to.deep.equal([
      {
        path: 'parties[0].positions',
        message: 'expected a position on every statement, found none on 2 of 3 ("s2", "s 3"); shown as "geen standpunt bekend"',
      },
    ]);
    const many = Array.from({ length: 100 }, (_, i) => st(`s${i}`));
    const r2 = vf(file({ statements: many, parties: [party('p1', Object.fromEntries(many.slice(0, 43).map((x) => [x.id, { position: 'agree' }])))] }));
    expect(one(r2.warnings, 'parties[0].positions')).to.equal(
      'expected a position on every statement, found none on 57 of 100 ("s43", "s44", "s45", "s46", "s47", …); shown as "geen standpunt bekend"',
    );
  });

  it('gives one warning for a party without positions, and an error for positions that are not an object', () => {
    const r = vf(file({ parties: [{ id: 'p1', name: 'P' }] }));
    expect(value(r).parties[0].positions).to.deep.equal({});
    expect(r.warnings).to.have.length(1);
    expect(one(r.warnings, 'parties[0].positions')).to.equal('expected an object of statement id → {"position": …}, found nothing; every statement shows "geen standpunt bekend"');
    const e = errors(vf(file({ parties: [party('p1', ['agree', 'agree'])] })));
    expect(one(e, 'parties[0].positions')).to.equal('expected an object of statement id → {"position": …}, found ["agree","agree"]');
  });

  it('collects every problem instead of stopping at the first', () => {
    const e = errors(vf({ format: 2, code: 'GM1', statements: [{ id: 's1' }, 5], parties: [{ positions: { s1: 'x' } }] }));
    expect(e.map((p) => p.path)).to.deep.equal([
      'format',
      'code',
      'statements[0].keyPoint',
      'statements[0].text',
      'statements[1]',
      'parties[0].id',
      'parties[0].name',
      'parties[0].positions.s1',
    ]);
  });
});

describe('robustness', () => {
  const deep: unknown = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
  const odd: unknown[] = [
    undefined,
    null,
    true,
    false,
    0,
    -1,
    NaN,
    1e308,
    '',
    'stemhulp/1',
    '{}',
    [],
    [null],
    [[[]]],
    deep,
    {},
    { format: null },
    { format: F },
    { format: F, municipalities: null },
    { format: F, municipalities: {} },
    { format: F, municipalities: [null, 1, 'x', [], {}] },
    { format: F, municipalities: [{ code: {}, name: [], data: 5 }] },
    { format: F, municipalities: [{ code: 'GM0001', name: 'x', statements: null, parties: 5 }] },
    {
      format: F,
      municipalities: [{ code: 'GM0001', name: 'x', statements: [null, 1, 's', [], {}], parties: [null, {}, { positions: [] }, { positions: 'x' }, { positions: { s1: null } }] }],
    },
    { format: F, keyPoints: [null, {}, { id: {}, title: { '': 1 } }], links: [], election: 5, organisation: 'x', municipalities: [] },
    { format: F, election: { name: { nl: null }, date: {} }, organisation: { name: { nl: {} }, url: {} }, links: { a: null, b: [] }, municipalities: [] },
    { statements: 'x', parties: {} },
    {
      statements: [{ id: [], keyPoint: {}, text: { nl: [] }, explanation: [], recommended: {} }],
      parties: [{ id: null, name: null, shortName: [], list: {}, url: [], positions: { s: { position: [], explanation: 1, source: 1 } } }],
    },
    { statements: [{ id: 's1', keyPoint: 'opvang', text: 't' }], parties: [{ id: 'p', name: 'n', positions: { s1: { position: { agree: true } } } }] },
    { statements: Array(200).fill(null), parties: Array(100).fill(null) },
    { municipalities: [{ code: 'GM0001', name: 'x', data: 'a', statements: [] }] },
    JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
    { toString: 5, valueOf: null, hasOwnProperty: 'x' },
    Object.create(null),
  ];

  it(`never throws and always returns problems with path and message, for ${odd.length} odd inputs`, () => {
    expect(odd.length).to.be.at.least(30);
    for (const input of odd) {
      for (const r of [vi(input), vi(input, ''), vf(input), validateMunicipalityFile(input, 'GM0001', [])]) {
        expect(r.ok).to.be.a('boolean');
        for (const p of [...errors(r), ...r.warnings]) {
          expect(p.path).to.be.a('string').and.not.equal('');
          expect(p.message)
            .to.be.a('string')
            .and.match(/expected .*found /);
        }
      }
      const r = vi(input);
      // Only a broken inline gemeente may leave the index ok, and then it carries the problems.
      if (r.ok)
        expect(
          r.value.municipalities.every((m) => m.problems?.length),
          JSON.stringify(input),
        ).to.equal(true);
    }
  });

  it('never lets data keys such as __proto__, constructor or prototype change anything global', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const json = JSON.parse(`{
      "format": "stemhulp/1",
      "__proto__": {"polluted": 1},
      "links": {"__proto__": "https://evil.example/", "constructor": "https://evil.example/c"},
      "keyPoints": [{"id": "__proto__", "title": {"nl": "T", "__proto__": "x"}}],
      "municipalities": [{
        "code": "GM0001", "name": "X",
        "statements": [
          {"id": "__proto__", "keyPoint": "__proto__", "text": "a"},
          {"id": "constructor", "keyPoint": "__proto__", "text": "b"},
          {"id": "prototype", "keyPoint": "__proto__", "text": "c"},
          {"id": "toString", "keyPoint": "__proto__", "text": "d"}
        ],
        "parties": [{"id": "__proto__", "name": "P", "positions": {
          "__proto__": {"position": "agree", "polluted": 1},
          "prototype": {"position": "eens"},
          "hasOwnProperty": {"position": "agree"}
        }}]
      }]
    }`);
    const r = vi(json);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
    // The title's "__proto__" tag is no language tag: an error, and the index is invalid.
    expect(one(errors(r), 'keyPoints[0].title.__proto__')).to.contain('found "__proto__"');

    const { title: _, ...fixedKp } = json.keyPoints[0];
    const ok = vi({ ...json, keyPoints: [{ ...fixedKp, title: 'T' }] });
    const v = value(ok);
    expect(Object.getOwnPropertyDescriptor(v.links, '__proto__')?.value).to.equal('https://evil.example/');
    expect(v.links.constructor).to.equal('https://evil.example/c');
    const positions = v.municipalities[0].content!.parties[0].positions;
    expect(Object.keys(positions)).to.deep.equal(['__proto__', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(positions, '__proto__')?.value).to.deep.equal({ position: 'agree' });
    // Statements without a position must look up as unknown, not find an inherited member.
    expect(positions.constructor).to.equal(undefined);
    expect(positions.toString).to.equal(undefined);
    expect(ok.warnings.map((w) => w.path)).to.deep.equal(['municipalities[0].parties[0].positions.hasOwnProperty', 'municipalities[0].parties[0].positions']);
    expect(ok.warnings[1].message).to.contain('none on 2 of 4 ("constructor", "toString")');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
  });
});

describe('errors and limits of the trust rules', () => {
  it('reports oversized arrays once and cuts them to the limit', () => {
    const kps = Array.from({ length: 25 }, (_, i) => ({ id: `k${i}`, title: `K${i}` }));
    const ms = Array.from({ length: 450 }, (_, i) => entry({ code: `GM${String(i).padStart(4, '0')}`, data: `${i}.json` }));
    const e = errors(vi(index({ keyPoints: kps, municipalities: ms })));
    expect(e).to.deep.equal([
      { path: 'keyPoints', message: 'expected 1 to 20 key points, found 25' },
      { path: 'municipalities', message: 'expected 1 to 400 municipalities, found 450' },
    ]);
    // Statement 101 on is not looked at: its bad key point is not reported.
    const sts = Array.from({ length: 150 }, (_, i) => st(`s${i}`, i >= 100 ? { keyPoint: 'nee' } : {}));
    expect(errors(vf(file({ statements: sts, parties: [party('p1', {})] }))).map((p) => p.path)).to.deep.equal(['statements']);
  });

  it('lists at most 100 problems per file, then "… and N more"', () => {
    const ms = Array.from({ length: 300 }, (_, i) => entry({ code: `X${i}`, data: 'a.json' }));
    const r = vi(index({ municipalities: [...ms, entry({ code: 'GM0001', data: 'a.json' })] }));
    expect(value(r).municipalities).to.have.length(1);
    expect(r.warnings).to.have.length(100);
    expect(r.warnings[99]).to.deep.equal({ path: '(root)', message: '… and 201 more (expected at most 100 problems listed per file, found 300)' });
    const bad = Array.from({ length: 60 }, (_, i) => party(`p${i}`, { s1: 'x', s2: 'y' }));
    const e = errors(vf(file({ parties: bad })));
    expect(e).to.have.length(100);
    expect(e[99].message).to.equal('… and 21 more (expected at most 100 problems listed per file, found 120)');
  });

  it('limits list to 999', () => {
    expect(value(vf(file({ parties: [party('p1', {}, { list: 999 })] }))).parties[0].list).to.equal(999);
    expect(one(errors(vf(file({ parties: [party('p1', {}, { list: 1000 })] }))), 'parties[0].list')).to.equal(
      'expected a whole number from 1 to 999 (the lijstnummer), found 1000',
    );
    expect(errors(vf(file({ parties: [party('p1', {}, { list: '99999999999999999999' })] })))).to.have.length(1);
  });

  it('limits object keys to 200 characters, and clips them in paths', () => {
    const key = 'k'.repeat(100_000);
    const r = vf(file({ parties: [party('p1', { s1: { position: 'agree' }, s2: { position: 'agree' }, [key]: 'x' })] }));
    expect(r.warnings).to.have.length(1);
    expect(r.warnings[0].path).to.equal(`parties[0].positions["${'k'.repeat(200)}…"]`);
    expect(r.warnings[0].message.length).to.be.below(100);
    const e = errors(vi(index({ keyPoints: [{ id: key, title: 'T' }] })));
    expect(one(e, 'keyPoints[0].id')).to.match(/^expected at most 200 characters, found 100000: "k+…$/);
  });

  it('removes bidi controls from texts with a warning, and escapes them in messages', () => {
    const r = vf(
      file({
        parties: [
          party(
            'p1',
            { s1: { position: 'agree' }, s2: { position: 'agree' } },
            {
              name: 'Partij\u2069\u202e Een',
              shortName: '\u202aPE\u202c',
              list: 13,
            },
          ),
        ],
      }),
    );
    const p = value(r).parties[0];
    expect(p.name).to.equal('Partij Een');
    expect(p.shortName).to.equal('PE');
    expect(r.warnings).to.deep.equal([
      { path: 'parties[0].name', message: 'expected no bidi control characters (U+202A–U+202E, U+2066–U+2069), found 2; removed' },
      { path: 'parties[0].shortName', message: 'expected no bidi control characters (U+202A–U+202E, U+2066–U+2069), found 2; removed' },
    ]);
    expect(one(errors(vi(index({ format: 'x\u202ey' }))), 'format')).to.equal('expected "stemhulp/1", found "x\\u202ey"');
    // A text that was nothing but controls is empty.
    expect(one(errors(vf(file({ statements: [st('s1', { text: '\u202e\u2066' })] }))), 'statements[0].text')).to.contain('not empty');
  });

  it('drops links with a user name or password before the host', () => {
    const r = vi(index({ links: { pollingStation: 'https://gemeente.nl@evil.example/', flyer: 'https://u:p@example.org/f.pdf', newsletter: 'https://example.org/n' } }));
    expect(value(r).links).to.deep.equal({ newsletter: 'https://example.org/n' });
    expect(one(r.warnings, 'links.pollingStation')).to.equal(
      'expected an http(s) URL without a user name or password before the host, found "https://gemeente.nl@evil.example/"; dropped',
    );
  });

  it('warns about duplicate and look-alike party names', () => {
    const r = vf(
      file({
        parties: [
          party('p1', {}, { name: 'Partij Een' }),
          party('p2', {}, { name: 'partij  een' }),
          party('p3', {}, { name: 'Раrtij Een' }),
          party('p4', {}, { name: { nl: 'Andere', en: 'Party One' } }),
          party('p5', {}, { name: { nl: 'Nog een', en: 'Party-One' } }),
          party('p6', {}, { name: 'Verschillend' }),
        ],
      }),
    );
    const look = r.warnings.filter((w) => /tell apart/.test(w.message));
    expect(look.map((w) => w.path)).to.deep.equal(['parties[1].name', 'parties[2].name', 'parties[4].name']);
    expect(look[1].message).to.equal('expected a name readers can tell apart from the other parties, found "Раrtij Een", which looks like the name of parties[0]');
  });
});

/** Wraps every object and array of `json` in a Proxy that counts each access to it. */
function counted(json: unknown) {
  const n = { ops: 0, nodes: 0 };
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    n.nodes++;
    const t: any = Array.isArray(v) ? v.map(wrap) : Object.fromEntries(Object.entries(v).map(([k, x]) => (n.nodes++, [k, wrap(x)])));
    const count = <F extends (...a: any[]) => any>(f: F) => ((...a: any[]) => (n.ops++, f(...a))) as F;
    return new Proxy(t, {
      get: count(Reflect.get),
      has: count(Reflect.has),
      ownKeys: count(Reflect.ownKeys),
      getOwnPropertyDescriptor: count(Reflect.getOwnPropertyDescriptor),
    });
  };
  return { json: wrap(json), n };
}

describe('validation cost is linear in the input, whatever it holds', () => {
  const MiB = 1024 * 1024;
  for (const kind of Object.keys(adversarialKinds) as AdversarialKind[]) {
    it(`${kind}: operations grow in proportion to the file, at most 100 problems per list`, () => {
      const run = (bytes: number) => {
        const data = adversarial(kind, bytes);
        const size = JSON.stringify(data).length;
        const { json, n } = counted(data);
        const r = vi(json);
        const lists = [r.warnings, errors(r), ...(r.ok ? r.value.municipalities.map((m) => m.problems ?? []) : [])];
        for (const l of lists) expect(l.length).to.be.at.most(100);
        // Messages are previews: their total does not grow with the values they quote.
        const text = lists.flat().reduce((t, p) => t + p.path.length + p.message.length, 0);
        expect(text, 'characters of all messages').to.be.below(100 * 700);
        return { size, ops: n.ops, nodes: n.nodes };
      };
      const small = run(MiB / 4);
      const big = run(MiB);
      expect(big.size).to.be.within(0.7 * MiB, 1.3 * MiB);
      // Each value read a bounded number of times, and four times the file costs about four times as much.
      expect(big.ops, 'operations per value').to.be.at.most(10 * big.nodes + 10_000);
      expect(big.ops / small.ops, 'growth of the operation count').to.be.at.most((4 * 1.25 * (big.size / small.size)) / 4);
    });
  }
});
