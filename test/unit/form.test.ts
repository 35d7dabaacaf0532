// The party form's pure parts (src/form/link.ts, answers.ts, src/core/contact.ts): reading the
// invitation link, what stops a download, the answers file of docs/data-format.md, the contact.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { answersFile, draftProblems, fileName, httpSource, sourceOk } from '../../src/form/answers.js';
import { CODE_ALPHABET, linkLanguage, readLink } from '../../src/form/link.js';
import { contactLink } from '../../src/core/contact.js';

const base = 'https://org.example/stemhulp/partijformulier.html';
const hash = (p: Record<string, string>) => '#' + new URLSearchParams(p).toString();
const good = { gegevens: 'https://data.example/index.json', gemeente: 'GM0363', partij: 'p1', code: 'ABCD2345EFGH' };

describe('the invitation link (fragment)', () => {
  it('reads the four parts; the code and gemeente in any case, stored upper case; a relative index against the page', () => {
    expect(readLink(hash(good), base)).to.deep.equal({ data: 'https://data.example/index.json', gemeente: 'GM0363', partij: 'p1', code: 'ABCD2345EFGH' });
    expect(readLink(hash({ ...good, gemeente: 'gm0363', code: 'abcd2345efgh' }), base)).to.include({ gemeente: 'GM0363', code: 'ABCD2345EFGH' });
    expect(readLink(hash({ ...good, gegevens: '../data/index.json' }), base)!.data).to.equal('https://org.example/data/index.json');
    // The party id exactly as in the data (ids are case-sensitive).
    expect(readLink(hash({ ...good, partij: 'GroenLinks-PvdA' }), base)!.partij).to.equal('GroenLinks-PvdA');
  });

  it('is no link at all when a part is missing or of another shape', () => {
    for (const k of Object.keys(good)) {
      const p: Record<string, string> = { ...good };
      delete p[k];
      expect(readLink(hash(p), base), `without ${k}`).to.equal(undefined);
    }
    for (const code of ['ABCD2345EFG', 'ABCD2345EFGHJ', 'ABCD2345EFG0', 'ABCD2345EFGI', 'ABCD2345EFGL', 'ABCD2345EFG1', 'ABCD 345EFGH'])
      expect(readLink(hash({ ...good, code }), base), code).to.equal(undefined);
    for (const gemeente of ['0363', 'GM363', 'Amsterdam']) expect(readLink(hash({ ...good, gemeente }), base), gemeente).to.equal(undefined);
    for (const gegevens of ['javascript:alert(1)', 'data:application/json,{}', 'ftp://x.example/i.json'])
      expect(readLink(hash({ ...good, gegevens }), base), gegevens).to.equal(undefined);
    expect(readLink(hash({ ...good, partij: 'x'.repeat(201) }), base)).to.equal(undefined);
    expect(readLink(hash({ ...good, partij: 'p\n1' }), base)).to.equal(undefined);
    expect(readLink('', base)).to.equal(undefined);
    expect(readLink('#%%%&&==', base)).to.equal(undefined);
  });

  it('every code the alphabet can make is read: 31 characters without 0/O, 1/I/L', () => {
    expect(CODE_ALPHABET)
      .to.have.length(31)
      .and.not.match(/[0O1IL]/);
    for (let i = 0; i < CODE_ALPHABET.length; i++) {
      const code = CODE_ALPHABET.slice(i, i + 12).padEnd(12, 'A');
      expect(readLink(hash({ ...good, code }), base)?.code, code).to.equal(code);
    }
  });

  it('lang: a language tag, else nothing', () => {
    expect(linkLanguage(hash({ ...good, lang: 'ar' }))).to.equal('ar');
    expect(linkLanguage(hash({ ...good, lang: 'en-GB' }))).to.equal('en-GB');
    expect(linkLanguage(hash({ ...good, lang: '"><script>' }))).to.equal(undefined);
    expect(linkLanguage(hash(good))).to.equal(undefined);
  });
});

describe('the answers', () => {
  const link = { data: 'https://data.example/index.json', gemeente: 'GM0363', partij: 'p1', code: 'ABCD2345EFGH' };
  const ids = ['s1', 's2', 's3', 's4'];
  const now = new Date('2026-02-12T14:03:27.000Z');

  it('the file of the contract: answered statements only, in order, explanation trimmed and at most 500, only http(s) sources', () => {
    const file = answersFile(
      link,
      'Partij Alfa',
      ids,
      {
        s3: { position: 'disagree', explanation: '', source: '' },
        s1: { position: 'agree', explanation: `  ${'x'.repeat(600)}  `, source: ' https://example.org/p ' },
        s2: { explanation: 'no position' },
        s4: { position: 'neutral', source: 'javascript:alert(1)' },
        s9: { position: 'agree' },
      },
      now,
    );
    expect(file).to.deep.equal({
      format: 'stemhulp-antwoorden/1',
      gemeente: 'GM0363',
      partij: 'p1',
      naam: 'Partij Alfa',
      code: 'ABCD2345EFGH',
      datum: '2026-02-12T14:03:27.000Z',
      antwoorden: { s1: { position: 'agree', explanation: 'x'.repeat(500), source: 'https://example.org/p' }, s3: { position: 'disagree' }, s4: { position: 'neutral' } },
    });
    expect(Object.keys(file.antwoorden)).to.deep.equal(['s1', 's3', 's4']);
  });

  it('stops a download for a toelichting or bron without a position, and a bron that is no http(s) link', () => {
    expect(draftProblems(ids, { s1: { position: 'agree' }, s2: { explanation: ' ' } })).to.deep.equal([]);
    expect(
      draftProblems(ids, {
        s1: { explanation: 'waarom' },
        s2: { position: 'agree', source: 'www.example.org' },
        s4: { source: 'mailto:a@b.example' },
      }),
    ).to.deep.equal([
      { index: 0, kind: 'position' },
      { index: 1, kind: 'source' },
      { index: 3, kind: 'position' },
      { index: 3, kind: 'source' },
    ]);
  });

  it('a source: an absolute http(s) URL without a user name', () => {
    expect(httpSource('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(httpSource('http://example.org')).to.equal('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'example.org', '/programma', 'https://user@example.org/', 'ftp://example.org'])
      expect(httpSource(bad), bad).to.equal(undefined);
    expect(sourceOk('')).to.equal(true);
    expect(sourceOk('  ')).to.equal(true);
    expect(sourceOk(undefined)).to.equal(true);
    expect(sourceOk('javascript:x')).to.equal(false);
  });

  it('the file name: <gemeente>-<partij>.json, the id made safe for a file system', () => {
    expect(fileName(link)).to.equal('GM0363-p1.json');
    expect(fileName({ ...link, partij: 'GroenLinks-PvdA' })).to.equal('GM0363-GroenLinks-PvdA.json');
    expect(fileName({ ...link, partij: '../x/y:z' })).to.equal('GM0363-.._x_y_z.json');
  });
});

describe('organisation.contact', () => {
  it('an e-mail address gets mailto:, an https URL stays; anything else is no contact', () => {
    expect(contactLink('standpunten@example.org')).to.deep.equal({ href: 'mailto:standpunten@example.org', text: 'standpunten@example.org' });
    expect(contactLink(' mailto:a.b@example.org ')).to.deep.equal({ href: 'mailto:a.b@example.org', text: 'a.b@example.org' });
    expect(contactLink('https://example.org/contact')).to.deep.equal({ href: 'https://example.org/contact', text: 'https://example.org/contact' });
    for (const bad of [
      'http://example.org/contact',
      'javascript:alert(1)',
      'a@b',
      'a b@example.org',
      'a@example.org?cc=x@y.z',
      'https://u:p@example.org/',
      '',
      42,
      null,
      undefined,
    ])
      expect(contactLink(bad), String(bad)).to.equal(undefined);
  });
});
