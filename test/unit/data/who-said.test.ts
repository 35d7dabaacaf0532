import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { KeyPoint, Problem, Validated } from '../../../src/core/types.js';
import { validateIndex, validateMunicipalityFile } from '../../../src/core/validate.js';
import { contactLink } from '../../../src/core/contact.js';
import { adviseIndex } from '../../../src/authoring/advice.js';

// Who gave a position and when (`by`, `date`), and a gemeente's `updated` and `corrections`:
// all optional extras for readers, so every problem is a warning that drops only what is wrong.

const KP: readonly KeyPoint[] = ['opvang', 'huisvesting', 'inburgering', 'werk'].map((id) => ({ id, title: id }));
type J = Record<string, unknown>;
const file = (positions: J, extra: J = {}): J => ({
  format: 'stemhulp/1',
  statements: [{ id: 's1', keyPoint: 'opvang', text: 'Stelling 1' }],
  parties: [{ id: 'p1', name: 'Partij Een', positions }],
  ...extra,
});
const vf = (json: unknown) => validateMunicipalityFile(json, 'GM9901', ['opvang', 'huisvesting', 'inburgering', 'werk']);
function value<T>(r: Validated<T>): T {
  expect(r.ok, JSON.stringify(r.ok ? [] : r.errors)).to.equal(true);
  return (r as { value: T }).value;
}
const one = (ps: readonly Problem[], path: string) => {
  const found = ps.filter((p) => p.path === path);
  expect(found, `problems at ${path} in ${JSON.stringify(ps)}`).to.have.length(1);
  return found[0].message;
};

describe('a position says who gave it, and when', () => {
  it('keeps "party" and "organisation" and a real YYYY-MM-DD date', () => {
    const r = vf(file({ s1: { position: 'agree', by: 'party', date: '2026-02-12' } }));
    expect(value(r).parties[0].positions.s1).to.deep.equal({ position: 'agree', by: 'party', date: '2026-02-12' });
    expect(r.warnings).to.deep.equal([]);
    const o = vf(file({ s1: { position: 'oneens', by: 'organisation' } }));
    expect(value(o).parties[0].positions.s1).to.deep.equal({ position: 'disagree', by: 'organisation' });
  });

  it('drops any other "by" with a warning that names the two words, and keeps the position', () => {
    for (const by of ['partij', 'Party', 'de partij', 1, true, {}]) {
      const r = vf(file({ s1: { position: 'agree', by, date: '2026-02-12' } }));
      expect(value(r).parties[0].positions.s1, JSON.stringify(by)).to.deep.equal({ position: 'agree', date: '2026-02-12' });
      expect(one(r.warnings, 'parties[0].positions.s1.by')).to.match(/^expected "party" \(the party gave it\) or "organisation" \(the organisation set it\), found .+; dropped$/);
    }
  });

  it('drops a date that is not a real YYYY-MM-DD with a warning showing how to write it', () => {
    for (const date of ['12-02-2026', '2026-2-12', '2026-02-30', '2026-02-12T10:00:00Z', 20260212, 'morgen']) {
      const r = vf(file({ s1: { position: 'agree', by: 'party', date } }));
      expect(value(r).parties[0].positions.s1, String(date)).to.deep.equal({ position: 'agree', by: 'party' });
      expect(one(r.warnings, 'parties[0].positions.s1.date')).to.equal(`expected a real date written YYYY-MM-DD, like "2026-02-12", found ${JSON.stringify(date)}; dropped`);
    }
  });

  it('treats an empty "by" or date as absent, without a warning', () => {
    const r = vf(file({ s1: { position: 'agree', by: '', date: '' } }));
    expect(value(r).parties[0].positions.s1).to.deep.equal({ position: 'agree' });
    expect(r.warnings).to.deep.equal([]);
  });
});

describe('a gemeente says when it was updated and what was corrected', () => {
  const corrections = [
    { date: '2026-03-03', text: 'Standpunt van Partij Een bij stelling 1 gecorrigeerd na een reactie van de partij.' },
    { date: '2026-02-20', text: { nl: 'Toelichting aangevuld.', en: 'Explanation added.' } },
  ];

  it('keeps updated and the corrections in their order', () => {
    const v = value(vf(file({}, { updated: '2026-03-03', corrections })));
    expect(v.updated).to.equal('2026-03-03');
    expect(v.corrections).to.deep.equal(corrections);
  });

  it('leaves both out when absent', () => {
    const v = value(vf(file({ s1: { position: 'agree' } })));
    expect(v).not.to.have.property('updated');
    expect(v).not.to.have.property('corrections');
  });

  it('drops an updated that is not a real date, with a warning at its path', () => {
    const r = vf(file({ s1: { position: 'agree' } }, { updated: '3 maart 2026' }));
    expect(value(r)).not.to.have.property('updated');
    expect(one(r.warnings, 'updated')).to.equal('expected a real date written YYYY-MM-DD, like "2026-02-12", found "3 maart 2026"; dropped');
  });

  it('keeps at most 50 corrections, with a warning', () => {
    const many = Array.from({ length: 53 }, (_, i) => ({ date: '2026-03-01', text: `Correctie ${i + 1}` }));
    const r = vf(file({ s1: { position: 'agree' } }, { corrections: many }));
    expect(value(r).corrections).to.have.length(50);
    expect(value(r).corrections![49].text).to.equal('Correctie 50');
    expect(one(r.warnings, 'corrections')).to.equal('expected at most 50 corrections (newest first), found 53; the rest are ignored');
  });

  it('leaves out a correction without text or with a text past the limits, as a warning, not an error', () => {
    const r = vf(
      file(
        { s1: { position: 'agree' } },
        { corrections: [{ date: '2026-03-03' }, { date: '2026-03-02', text: 'x'.repeat(5001) }, 'Gecorrigeerd', { date: '2026-03-01', text: 'Goed' }] },
      ),
    );
    expect(value(r).corrections).to.deep.equal([{ date: '2026-03-01', text: 'Goed' }]);
    expect(one(r.warnings, 'corrections[0].text')).to.equal('expected a text that is not empty, found nothing; this correction is left out');
    expect(one(r.warnings, 'corrections[1].text')).to.match(/^expected at most 5000 characters, found 5001: .*; this correction is left out$/);
    expect(one(r.warnings, 'corrections[2]')).to.equal('expected an object like {"date": "2026-03-03", "text": "…"}, found "Gecorrigeerd"; ignored');
  });

  it('keeps a correction whose date is wrong, undated, with a warning', () => {
    const r = vf(file({ s1: { position: 'agree' } }, { corrections: [{ date: '03-03-2026', text: 'Gecorrigeerd' }] }));
    expect(value(r).corrections).to.deep.equal([{ text: 'Gecorrigeerd' }]);
    expect(one(r.warnings, 'corrections[0].date')).to.match(/^expected a real date written YYYY-MM-DD, .*found "03-03-2026"; dropped$/);
  });

  it('ignores corrections that are not a list, with a warning', () => {
    const r = vf(file({ s1: { position: 'agree' } }, { corrections: 'Geen' }));
    expect(value(r)).not.to.have.property('corrections');
    expect(one(r.warnings, 'corrections')).to.match(/^expected an array of .*found "Geen"; ignored$/);
  });

  it('checks the same inline in the index, with the entry in the path', () => {
    const r = validateIndex(
      {
        format: 'stemhulp/1',
        municipalities: [{ code: 'GM9901', name: 'Voorbeeldstad', ...file({ s1: { position: 'agree', by: 'iemand' } }, { updated: '2026-13-01' }) }],
      },
      'https://example.org/index.json',
      KP,
    );
    const m = value(r).municipalities[0];
    expect(m.problems).to.equal(undefined);
    expect(m.content!.parties[0].positions.s1).to.deep.equal({ position: 'agree' });
    expect(r.warnings.map((w) => w.path)).to.deep.equal(['municipalities[0].parties[0].positions.s1.by', 'municipalities[0].updated']);
  });
});

describe('the organisation says where to report a wrong position', () => {
  const index = (contact: unknown) =>
    validateIndex(
      {
        format: 'stemhulp/1',
        organisation: { name: 'Stichting Voorbeeld', contact },
        municipalities: [{ code: 'GM9901', name: 'Voorbeeldstad', ...file({ s1: { position: 'agree' } }) }],
      },
      'https://example.org/index.json',
      KP,
    );

  it('the widget keeps the contact as given (its verdict makes the link, core/contact.ts), and nothing that is not text', () => {
    expect(value(index('standpunten@example.org')).organisation).to.deep.equal({ name: 'Stichting Voorbeeld', contact: 'standpunten@example.org' });
    expect(value(index(42)).organisation).to.deep.equal({ name: 'Stichting Voorbeeld' });
    expect(contactLink('standpunten@example.org')).to.deep.equal({ href: 'mailto:standpunten@example.org', text: 'standpunten@example.org' });
    expect(contactLink('https://example.org/meld')).to.deep.equal({ href: 'https://example.org/meld', text: 'https://example.org/meld' });
    for (const bad of ['javascript:alert(1)', 'http://example.org/meld', 'geen adres', 'a@b', 42]) expect(contactLink(bad), String(bad)).to.equal(undefined);
  });

  it('data authors are told when readers will not be shown it', () => {
    const advice = (contact: unknown) => adviseIndex({ format: 'stemhulp/1', organisation: { name: 'X', contact }, municipalities: [] });
    expect(advice('standpunten@example.org')).to.deep.equal([]);
    expect(advice('https://example.org/meld')).to.deep.equal([]);
    for (const bad of ['javascript:alert(1)', 'geen adres', 42]) {
      const [w] = advice(bad);
      expect(w.path).to.equal('organisation.contact');
      expect(w.message).to.match(/^expected an e-mail address like "standpunten@example.org" or an https URL, found .*; readers are not shown it$/);
    }
  });
});
