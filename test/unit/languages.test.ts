// "A new language is one folder and one line" (issue 24), kept true: every language in the
// registry (src/i18n/index.ts) has a folder with every file and every string Dutch has, and
// every folder in src/i18n/ is a language in the registry; each language's parts chunk (the
// tools, kiosk mode, the card, Mag ik stemmen?), its Lees voor and the party form's table have
// every word Dutch has.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { bundledKeyPoints } from '../../src/core/bundled-key-points.js';
import { formStrings } from '../../src/i18n/form.js';
import { words as cardChunks } from '../../src/i18n/card.js';
import { languages } from '../../src/i18n/index.js';
import { words as kioskChunks } from '../../src/i18n/kiosk.js';
import { words as toolChunks } from '../../src/i18n/tools.js';
import { words as readChunks } from '../../src/i18n/read.js';
import { words as voteChunks } from '../../src/i18n/vote.js';
import { nlResult } from '../../src/i18n/nl/result.js';
import { nlShare } from '../../src/i18n/nl/share.js';
import { glossaryNl } from '../../src/i18n/nl/glossary.js';
import { card } from '../../src/i18n/nl/card.js';
import { kiosk } from '../../src/i18n/nl/kiosk.js';
import { read } from '../../src/i18n/nl/read.js';
import { tools } from '../../src/i18n/nl/tools.js';
import { vote } from '../../src/i18n/nl/vote.js';
import { nl } from '../../src/i18n/nl/ui.js';
import { nlVerdict } from '../../src/i18n/nl/verdict.js';
import { nlDetails } from '../../src/i18n/nl/details.js';

const dir = new URL('../../src/i18n/', import.meta.url);
const folders = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const others = Object.keys(languages);

/** Every key path of a strings object (`verdict.heading`, `errorKind.network`), functions and lists as leaves. */
const paths = (o: object, at = ''): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? paths(v, `${at}${k}.`) : [`${at}${k}`]))
    .sort();

describe('languages: one folder and one line each', () => {
  it('every folder in src/i18n/ is Dutch or a language in the registry, and every language has its folder', () => {
    expect(folders).to.have.members(['nl', ...others]);
  });

  it('every other language has the files English has (its chunk, its strings, its parts chunk and their words)', () => {
    const files = readdirSync(new URL('en/', dir)).sort();
    expect(files).to.include.members([
      'index.ts',
      'ui.ts',
      'share.ts',
      'glossary.ts',
      'key-points.ts',
      'tools.ts',
      'kiosk.ts',
      'card.ts',
      'form.ts',
      'vote.ts',
      'read.ts',
      'parts.ts',
    ]);
    for (const lang of others) expect(readdirSync(new URL(`${lang}/`, dir)).sort(), lang).to.deep.equal(files);
  });

  for (const lang of others) {
    it(`${lang}: its chunk says everything Dutch says, no more`, async () => {
      const l = await languages[lang]();
      expect(paths(l.strings), `${lang} strings`).to.deep.equal(paths({ ...nl, ...nlResult, ...nlVerdict, ...nlDetails }));
      expect(paths(l.extras ?? {}), `${lang} share`).to.deep.equal(paths(nlShare));
      expect(Object.keys(l.glossary ?? {}).sort(), `${lang} glossary`).to.deep.equal(Object.keys(glossaryNl).sort());
      expect(Object.keys(l.keyPoints ?? {}).sort(), `${lang} key points`).to.deep.equal(bundledKeyPoints.map((k) => k.id).sort());
    });

    it(`${lang}: its parts chunk has every word of the tools, kiosk mode, the card and Mag ik stemmen?, no more; each part names it`, async () => {
      for (const [name, table] of Object.entries({ tools: toolChunks, kiosk: kioskChunks, card: cardChunks, vote: voteChunks, read: readChunks })) {
        expect(Object.keys(table), name).to.have.members(others);
      }
      const p = await toolChunks[lang]();
      expect(Object.keys(p).sort(), `${lang} parts`).to.deep.equal(['card', 'kiosk', 'read', 'tools', 'vote']);
      for (const [name, nl] of Object.entries({ tools, kiosk, card, vote, read })) expect(paths(p[name as keyof typeof p]), `${name} ${lang}`).to.deep.equal(paths(nl));
    });
  }

  it('the party form has its words in every language', () => {
    expect(Object.keys(formStrings)).to.have.members(['nl', ...others]);
    for (const lang of others) expect(paths(formStrings[lang]), `form ${lang}`).to.deep.equal(paths(formStrings.nl));
  });
});
