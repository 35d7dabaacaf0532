// An organisation's own translation (issue 26): the key catalogue written from the types
// (scripts/translation-keys.mjs), the sheet out and back (src/authoring/translation.ts), the
// language file's validation (src/core/validate/language.ts), the index's `translations`, and
// how the widget puts a file's words over its own (src/i18n/own.ts).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { translationKeys } from '../../src/core/translation-keys.js';
import { validateLanguageFile } from '../../src/core/validate/language.js';
import { validateIndex } from '../../src/core/validate.js';
import { exportSheet, importSheet, checkLanguageFile } from '../../src/authoring/translation.js';
import { csvText } from '../../src/authoring/parties/csv.js';
import { overlay } from '../../src/i18n/own.js';
import { languages } from '../../src/i18n/index.js';
import { strings as en } from '../../src/i18n/en/ui.js';
import { tools as enTools } from '../../src/i18n/en/tools.js';

const root = new URL('../../', import.meta.url).pathname;
const sheet = (text: string) => parse(text.replace(/^\ufeff/, ''), { delimiter: ';' }) as string[][];
const bytes = (s: string) => new TextEncoder().encode(s);

/** The exported sheet for `lang` with `fill` (key → text) in its last column. */
function filled(lang: string, fill: Record<string, string>, edit = (rows: string[][]) => rows) {
  const rows = sheet(exportSheet(lang));
  for (const r of rows.slice(1)) if (Object.hasOwn(fill, r[0])) r[4] = fill[r[0]];
  return bytes(csvText(edit(rows)));
}

describe('translation keys: written from the types', () => {
  it('the generated files are as the types and strings say (else npm run build writes them)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/translation-keys.mjs', '--check'], { cwd: root });
  });

  it('dotted keys, placeholders from the parameters, a .one form for plurals and a .without- form for what may be unknown', () => {
    expect(translationKeys.startFor).to.equal('name');
    expect(translationKeys['verdict.heading']).to.equal('gemeente');
    expect(translationKeys['errorKind.network']).to.equal('');
    expect(translationKeys['howItWorksText.0']).to.equal('');
    expect(translationKeys['verdict.disclosure.0']).to.equal('org');
    expect(translationKeys.progress).to.equal('n total');
    expect(translationKeys['problemsHeading.one']).to.equal('#n');
    // "1 van 2 punten" is the general form with 1 put in: no .one row.
    expect(translationKeys).not.to.have.property('verdict.points.one');
    expect(translationKeys['verdict.byParty.without-date']).to.equal('');
    expect(translationKeys['tools.topIs']).to.equal('party score');
    expect(translationKeys['share.heading']).to.equal('');
    // The party form is its own page and reads no language file.
    expect(Object.keys(translationKeys).some((k) => k.startsWith('form.'))).to.equal(false);
  });
});

describe('vertaling export and import', () => {
  it("the sheet: a row per key with context, Dutch, English, and the widget's own text for a language it ships", () => {
    const rows = sheet(exportSheet('ar'));
    expect(rows[0]).to.deep.equal(['sleutel', 'context', 'nl', 'en', 'vertaling:ar']);
    expect(rows.length - 1).to.equal(Object.keys(translationKeys).length);
    const start = rows.find((r) => r[0] === 'startFor')!;
    expect(start[1]).to.contain('{name}');
    expect(start[2]).to.equal('Start de stemhulp voor {name}');
    expect(start[3]).to.equal('Start the voting aid for {name}');
    expect(start[4]).to.contain('{name}');
    // A language the widget does not ship starts empty; a file given with --van fills it.
    expect(sheet(exportSheet('tr')).find((r) => r[0] === 'startFor')![4]).to.equal('');
    expect(sheet(exportSheet('tr', { startFor: 'Başla {name}' })).find((r) => r[0] === 'startFor')![4]).to.equal('Başla {name}');
  });

  it('round trip: export, fill, import gives the language file the widget reads', () => {
    const fill = {
      startFor: '{name} için oy rehberini başlat',
      agree: 'Katılıyorum',
      'problemsHeading.one': 'Verilerde bir sorun:',
      problemsHeading: 'Verilerde {n} sorun:',
      'errorKind.network': 'Bağlantı kurulamadı.',
      'howItWorksText.1': 'İkinci paragraf.',
    };
    const { json, problems, missing } = importSheet('tr.csv', filled('tr', fill));
    expect(json).to.deep.equal({ format: 'stemhulp-taal/1', lang: 'tr', name: 'Türkçe', dir: 'ltr', status: 'concept', strings: fill });
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(missing.length).to.equal(Object.keys(translationKeys).length - 6);
    expect(problems.at(-1)!.message).to.match(/^\d+ van de \d+ sleutels hebben geen vertaling; daar toont de widget de Engelse tekst: language, /);
    // And the validator, as the widget runs it, takes the file as it is.
    const v = validateLanguageFile(json, 'tr');
    expect(v.ok && v.value.strings).to.deep.equal(fill);
    // Options: the name, the direction and a checked translation.
    expect(importSheet('tr.csv', filled('tr', fill), { name: 'Türkçe (TR)', dir: 'rtl', checked: true }).json).to.include({ name: 'Türkçe (TR)', dir: 'rtl', status: 'nagekeken' });
    expect(importSheet('fa.csv', filled('fa', { agree: 'موافقم' })).json).to.include({ dir: 'rtl' });
  });

  it('every language the widget ships goes through the sheet unchanged: its own words exported, imported as a file without an error', () => {
    for (const lang of Object.keys(languages)) {
      const { json, problems } = importSheet(`${lang}.csv`, new TextEncoder().encode(exportSheet(lang)));
      expect(
        problems.filter((p) => p.severity === 'error'),
        lang,
      ).to.deep.equal([]);
      expect(json, lang).to.not.equal(undefined);
    }
    // A paragraph whose Dutch does not name the organisation need not either; one that does must.
    expect(importSheet('tr.csv', filled('tr', { 'verdict.disclosure.2': 'Yüzde.' })).json).to.not.equal(undefined);
    expect(importSheet('tr.csv', filled('tr', { 'verdict.disclosure.0': 'Bu bir araç.' })).json).to.equal(undefined);
  });

  it('a text the widget would refuse is an error naming its row and the fix, and nothing is made', () => {
    const at = (key: string) => sheet(exportSheet('tr')).findIndex((r) => r[0] === key) + 1;
    const cases: [string, string, RegExp][] = [
      ['startFor', 'Başlat {naam}', /\{naam\} is geen plaatshouder van "startFor"; deze sleutel heeft \{name\}/],
      ['startFor', 'Başlat', /De vertaling mist \{name\}/],
      ['agree', 'Katılıyorum <b>evet</b>', /HTML/],
      ['agree', 'x'.repeat(1001), /1001 tekens lang; de grens is 1000/],
    ];
    for (const [key, text, message] of cases) {
      const { json, problems } = importSheet('tr.csv', filled('tr', { [key]: text }));
      expect(json, text).to.equal(undefined);
      const e = problems.find((p) => p.severity === 'error')!;
      expect(e.message).to.match(message);
      expect(e.place).to.include({ row: at(key), name: 'vertaling:tr', column: 5 });
    }
    // The number of a .one form may be written out.
    expect(importSheet('tr.csv', filled('tr', { 'problemsHeading.one': 'Bir sorun:' })).json).to.not.equal(undefined);
  });

  it('an unknown key is skipped with a warning, a key twice is an error, a sheet without its language column is refused', () => {
    const extra = importSheet(
      'tr.csv',
      filled('tr', { agree: 'Evet' }, (rows) => [...rows, ['gibtesnicht', '', '', '', 'x']]),
    );
    expect(extra.json!.strings).to.deep.equal({ agree: 'Evet' });
    expect(extra.problems.some((p) => p.severity === 'warning' && /kent de sleutel "gibtesnicht" niet/.test(p.message))).to.equal(true);
    const twice = importSheet(
      'tr.csv',
      filled('tr', { agree: 'Evet' }, (rows) => [...rows, ['agree', '', '', '', 'Evet']]),
    );
    expect(twice.problems.find((p) => p.severity === 'error')!.message).to.match(/staat ook in rij/);
    const bare = importSheet('tr.csv', bytes('sleutel;vertaling\nagree;Evet\n'));
    expect(bare.json).to.equal(undefined);
    expect(bare.problems[0].message).to.match(/vertaling:<taal>/);
  });
});

describe('a language file as the widget and the tools read it', () => {
  const file = { format: 'stemhulp-taal/1', lang: 'tr', name: 'Türkçe', dir: 'ltr', status: 'concept', strings: { agree: 'Evet', startFor: 'Başlat {name}' } };

  it('valid: its strings, the keys it misses; a wrong string is left out with a warning, an unknown key ignored', () => {
    const v = validateLanguageFile({ ...file, strings: { ...file.strings, nope: 'x', disagree: 'Hayır {x}', skip: 5, neutral: 'a\u202eb' } }, 'tr');
    expect(v.ok).to.equal(true);
    if (!v.ok) return;
    expect(v.value.strings).to.deep.equal({ agree: 'Evet', startFor: 'Başlat {name}', neutral: 'ab' });
    expect(v.value.missing).to.include('disagree').and.not.include('agree');
    expect(v.warnings.map((w) => w.path)).to.deep.equal(['strings.nope', 'strings.disagree', 'strings.skip']);
  });

  it('refused as a whole: not an object, another format, another language, no strings', () => {
    for (const bad of [[], { ...file, format: 'stemhulp/1' }, { ...file, lang: 'ti' }, { ...file, strings: 'x' }])
      expect(validateLanguageFile(bad, 'tr').ok, JSON.stringify(bad)).to.equal(false);
  });

  it('the tools say it in Dutch: missing and unknown keys as warnings, a concept as such', () => {
    const out = checkLanguageFile({ ...file, strings: { ...file.strings, nope: 'x' } }, 'tr', 'tr.json', () => ({ file: 'tr.json' }));
    expect(out.every((p) => p.severity === 'warning')).to.equal(true);
    expect(out.map((p) => p.message).join('\n'))
      .to.match(/kent de sleutel "nope" niet/)
      .and.match(/concept/)
      .and.match(/sleutels hebben geen vertaling; daar toont de widget de Engelse tekst/);
    expect(checkLanguageFile({ ...file, lang: 'ti' }, 'tr', 'tr.json', () => ({ file: 'tr.json' }))[0]).to.include({ severity: 'error' });
  });

  it('the index names files by base language, resolved against the index; others are ignored with a warning', () => {
    const index = {
      format: 'stemhulp/1',
      municipalities: [{ code: 'GM0001', name: 'A', data: 'a.json' }],
      translations: { tr: 'talen/tr.json', nl: 'talen/nl.json', 'pt-BR': 'x.json', ti: 'javascript:alert(1)' },
    };
    const v = validateIndex(index, 'https://example.org/data/index.json', []);
    expect(v.ok).to.equal(true);
    if (!v.ok) return;
    expect({ ...v.value.translations }).to.deep.equal({ tr: 'https://example.org/data/talen/tr.json' });
    expect(v.warnings.map((w) => w.path)).to.deep.equal(['translations.nl', 'translations["pt-BR"]', 'translations.ti']);
    expect(validateIndex({ ...index, translations: 'x' }, 'https://example.org/', []).ok).to.equal(true);
  });
});

describe("the widget: a file's words over its own", () => {
  const texts = {
    agree: 'Evet',
    startFor: '{name} için başlat',
    problemsHeading: '{n} sorun:',
    'problemsHeading.one': 'Bir sorun:',
    'verdict.byParty': 'Parti doldurdu, {date}',
    'verdict.byParty.without-date': 'Parti doldurdu',
    'howItWorksText.1': 'İkinci.',
    'verdict.disclosure.0': '{org} hakkında.',
    'tools.topIs': '{party}: %{score}',
  };
  const t = overlay(en, '', texts);

  it('texts, templates filled as text, the .one and .without- forms; every other key keeps the English', () => {
    expect(t.agree).to.equal('Evet');
    expect(t.disagree).to.equal(en.disagree);
    expect(t.startFor('<b>Utrecht</b>')).to.equal('<b>Utrecht</b> için başlat');
    expect(t.problemsHeading(3)).to.equal('3 sorun:');
    expect(t.problemsHeading(1)).to.equal('Bir sorun:');
    expect(t.verdict.byParty('1 mart')).to.equal('Parti doldurdu, 1 mart');
    expect(t.verdict.byParty()).to.equal('Parti doldurdu');
    expect(t.howItWorksText).to.deep.equal([en.howItWorksText[0], 'İkinci.', en.howItWorksText[2]]);
    expect(t.verdict.disclosure('VW')).to.deep.equal(['VW hakkında.', ...en.verdict.disclosure('VW').slice(1)]);
    expect(t.progress(2, 5)).to.equal(en.progress(2, 5));
    expect(t.errorKind.network).to.equal(en.errorKind.network);
    expect(overlay(enTools, 'tools', texts).topIs('GL', 80)).to.equal('GL: %80');
    // A value that looks like a placeholder is not filled again.
    expect(t.startFor('{name}')).to.equal('{name} için başlat');
  });
});
