// A new language is its folder and its registry line (issue 24): its parts file (the chunk of
// the words of the parts few readers open), its line in each part's table of those chunks and in
// the party form's table are written from the registry by scripts/i18n-tables.mjs (npm run build).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chunks, files, parts, partsFile, registry, table } from '../../scripts/i18n-tables.mjs';

const read = (path) => readFileSync(new URL(`../../src/i18n/${path}`, import.meta.url), 'utf8');

describe('i18n files: written from the registry', () => {
  it('the parts files and the tables in src/i18n/ are as the registry says (else npm run build writes them)', () => {
    const langs = registry();
    expect(langs).to.include.members(['en', 'ar']);
    const written = files(langs);
    expect(Object.keys(written)).to.have.members([...langs.map((l) => `${l}/parts.ts`), 'tools.ts', 'kiosk.ts', 'card.ts', 'vote.ts', 'read.ts', 'form.ts', 'form-key-points.ts']);
    for (const [path, text] of Object.entries(written)) expect(read(path), path).to.equal(text);
    // And so says the script's own check, as a developer runs it.
    execFileSync(process.execPath, ['scripts/i18n-tables.mjs', '--check'], { cwd: new URL('../../', import.meta.url) });
  });

  it("a parts file exports every part `Parts` names (src/i18n/part-types.ts), each from the language's own file", () => {
    const shape = /export interface Parts \{\n([\s\S]*?)\n\}/.exec(read('part-types.ts'))[1];
    const named = [...shape.matchAll(/^\s+(\w+): \w+;$/gm)].map((m) => m[1]);
    expect(parts).to.have.members(named);
    for (const part of named) expect(partsFile()).to.include(`export { ${part} } from './${part}.js';`);
  });

  it('a language added to the registry gets its parts file and its line in each table, in the registry order', () => {
    const source =
      "export const languages: Record<string, () => Promise<Translation>> = {\n  en: () => import('./en/index.js'),\n  'zh-hant': () => import('./zh-hant/index.js'),\n};\n";
    expect(registry(source)).to.deep.equal(['en', 'zh-hant']);
    expect(Object.keys(files(registry(source), read))).to.include.members(['en/parts.ts', 'zh-hant/parts.ts', 'vote.ts', 'form.ts']);
    const vote = chunks(read('vote.ts'), 'vote', registry(source));
    expect(vote).to.include("  en: () => import('./en/parts.js'),\n  'zh-hant': () => import('./zh-hant/parts.js'),\n};");
    expect(vote).not.to.include("'./ar/parts.js'");
    const out = table(read('form.ts'), 'form', registry(source));
    expect(out).to.include("import { form as zh_hant } from './zh-hant/form.js';");
    expect(out).to.include("const all = { nl, en, 'zh-hant': zh_hant };");
    expect(out).not.to.include("'./ar/form.js'");
    // The form's speerpunten: translations only, Dutch is bundled.
    const kps = files(registry(source), read)['form-key-points.ts'];
    expect(kps).to.include("import { keyPoints as zh_hant } from './zh-hant/key-points.js';");
    expect(kps).to.include("const all = { en, 'zh-hant': zh_hant };");
  });

  it('a registry line of another shape is refused, not skipped: its language would miss its words', () => {
    const source = "export const languages: Record<string, () => Promise<Translation>> = {\n  en: () => import('./fr/index.js'),\n};\n";
    expect(() => registry(source)).to.throw(/a language's line is/);
  });
});
