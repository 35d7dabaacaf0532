// A new language is its folder and its registry line (issue 24): the tools', kiosk's and
// card's tables are written from the registry by scripts/i18n-tables.mjs (npm run build).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parts, registry, table } from '../../scripts/i18n-tables.mjs';

const read = (part) => readFileSync(new URL(`../../src/i18n/${part}.ts`, import.meta.url), 'utf8');

describe('i18n tables: written from the registry', () => {
  it('the tables in src/i18n/ are as the registry says (else npm run build writes them)', () => {
    const langs = registry();
    expect(langs).to.include.members(['en', 'ar']);
    for (const part of parts) expect(table(read(part), part, langs), part).to.equal(read(part));
    // And so says the script's own check, as a developer runs it.
    execFileSync(process.execPath, ['scripts/i18n-tables.mjs', '--check'], { cwd: new URL('../../', import.meta.url) });
  });

  it('a language added to the registry gets its line in each table, in the registry order', () => {
    const source =
      "export const languages: Record<string, () => Promise<Locale>> = {\n  en: () => import('./en/index.js'),\n  'zh-hant': () => import('./zh-hant/index.js'),\n};\n";
    expect(registry(source)).to.deep.equal(['en', 'zh-hant']);
    const out = table(read('kiosk'), 'kiosk', registry(source));
    expect(out).to.include("import { kiosk as zh_hant } from './zh-hant/kiosk.js';");
    expect(out).to.include("const all = { nl, en, 'zh-hant': zh_hant };");
    expect(out).not.to.include("'./ar/kiosk.js'");
  });

  it('a registry line of another shape is refused, not skipped: its language would miss its words', () => {
    const source = "export const languages: Record<string, () => Promise<Locale>> = {\n  en: () => import('./fr/index.js'),\n};\n";
    expect(() => registry(source)).to.throw(/a language's line is/);
  });
});
