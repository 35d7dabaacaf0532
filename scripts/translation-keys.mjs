// The widget's documented translation keys (issue 26), read from the shapes every language
// fills (src/i18n/types.ts, part-types.ts) with the TypeScript compiler: a key per string as a
// dotted path (`startFor`, `verdict.heading`, `errorKind.network`, `howItWorksText.0`), a
// function's parameters as its placeholders (`{name}`), its JSDoc as the translator's context.
// Writes two files, committed and checked by test/unit/translation-keys.test.mjs:
//   src/core/translation-keys.ts        key → placeholders (the widget's language-file chunk, the tools)
//   src/authoring/translation-texts.ts  key → context, Dutch, English (`stemhulp-data vertaling export`)
// `npm run build` runs it (through tsx, which reads the Dutch and English strings); `--check`
// only says whether the files are as it would write them.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import * as prettier from 'prettier';
import { registry } from './i18n-tables.mjs';

const root = new URL('../', import.meta.url);
const i18n = new URL('src/i18n/', root);

/**
 * The namespaces: which interfaces, under which key prefix, with the Dutch and English values.
 * The party form (FormStrings) is its own page and reads no language file, so it has no keys;
 * the bundled speerpunten and hard words are data the index can give in any language.
 */
async function namespaces() {
  const nl = async (f) => import(new URL(`nl/${f}.ts`, i18n).href);
  const other = registry();
  /** A shipped language's value of one of its files (`ui` → `strings`, `share` → `extras`, a part → its name). */
  const of = async (f, name) => Object.fromEntries(await Promise.all(other.map(async (l) => [l, (await import(new URL(`${l}/${f}.ts`, i18n).href))[name]])));
  const [nlUi, nlResult, nlVerdict, nlDetails, nlShare] = await Promise.all([nl('ui'), nl('result'), nl('verdict'), nl('details'), nl('share')]);
  const list = [
    {
      prefix: '',
      file: 'types.ts',
      types: ['Strings', 'ResultStrings', 'VerdictStrings', 'DetailsStrings'],
      nl: { ...nlUi.nl, ...nlResult.nlResult, ...nlVerdict.nlVerdict, ...nlDetails.nlDetails },
      own: await of('ui', 'strings'),
    },
    { prefix: 'share.', file: 'types.ts', types: ['ShareStrings'], nl: nlShare.nlShare, own: await of('share', 'extras') },
  ];
  for (const [part, type] of [
    ['tools', 'ToolStrings'],
    ['kiosk', 'KioskStrings'],
    ['vote', 'VoteStrings'],
    ['card', 'CardStrings'],
    ['read', 'ReadStrings'],
  ])
    list.push({ prefix: `${part}.`, file: 'part-types.ts', types: [type], nl: (await nl(part))[part], own: await of(part, part) });
  return list;
}

const mark = (name) => `{${name}}`;
const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** Each language's value of `name` in `values` (language → object). */
const each = (values, f) => Object.fromEntries(Object.entries(values).map(([l, v]) => [l, f(v, l)]));

/**
 * One key's rows: its placeholders (a number's marked `#` on a `.one` key), the translator's
 * context, and its text in every shipped language (`texts`: language → text).
 */
function rows(prefix, members, values, sourceFile) {
  const out = [];
  for (const m of members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const name = m.name.getText(sourceFile).replace(/^'|'$/g, '');
    const key = prefix + name;
    const doc = clean(
      ts
        .getJSDocCommentsAndTags(m)
        .map((d) => (ts.isJSDoc(d) ? (ts.getTextOfJSDocComment(d.comment) ?? '') : ''))
        .join(' '),
    );
    const t = m.type;
    const v = each(values, (x) => x?.[name]);
    if (ts.isTypeLiteralNode(t)) {
      out.push(...rows(key + '.', t.members, v, sourceFile).map((r) => ({ ...r, context: clean(`${doc} ${r.context}`) })));
    } else if (ts.isArrayTypeNode(t)) {
      const len = Math.max(...Object.values(v).map((x) => x.length));
      for (let i = 0; i < len; i++) out.push({ key: `${key}.${i}`, params: [], context: clean(`${doc} Paragraph ${i + 1} of ${len}.`), texts: each(v, (x) => x[i] ?? '') });
    } else if (ts.isFunctionTypeNode(t)) {
      const ps = t.parameters.map((p) => ({
        name: p.name.getText(sourceFile),
        optional: !!p.questionToken || !!p.initializer,
        number: p.type?.kind === ts.SyntaxKind.NumberKeyword,
      }));
      const names = ps.map((p) => p.name);
      const marks = names.map(mark);
      const placeholders = `Placeholders: ${marks.join(', ')}.`;
      if (ts.isArrayTypeNode(t.type)) {
        const all = each(v, (f) => f(...marks));
        const len = Math.max(...Object.values(all).map((x) => x.length));
        for (let i = 0; i < len; i++)
          // A paragraph may leave out a value the others use (the verdict's third says nothing of
          // the organisation): marked `?`, allowed in a translation but not asked of it.
          out.push({
            key: `${key}.${i}`,
            params: names.map((n) => ((all.nl[i] ?? '').includes(mark(n)) ? n : `?${n}`)),
            context: clean(`${doc} Paragraph ${i + 1} of ${len}. ${placeholders}`),
            texts: each(all, (x) => x[i] ?? ''),
          });
        continue;
      }
      const number = ps.find((p) => p.number);
      const optional = ps.find((p) => p.optional);
      const one = number && plural([values.nl && v.nl, v.en], ps, number);
      out.push({
        key,
        params: names,
        context: clean(
          `${doc} ${placeholders}${number ? ` {${number.name}} is a number; this form is used for every number${one ? `, and for 1 too unless ${key}.one is given` : ''}.` : ''}${optional ? ` When ${mark(optional.name)} is not known, ${key}.without-${optional.name} is used.` : ''}`,
        ),
        texts: each(v, (f) => f(...marks)),
      });
      if (one) {
        const args = ps.map((p) => (p === number ? 1 : mark(p.name)));
        out.push({
          key: `${key}.one`,
          params: names.map((x) => (x === number.name ? '#' + x : x)),
          context: clean(`${doc} The form for exactly 1 (${mark(number.name)} is 1; it may be written out). ${placeholders}`),
          texts: each(v, (f) => f(...args)),
        });
      }
      if (optional) {
        const args = ps.map((p) => (p === optional ? undefined : mark(p.name)));
        out.push({
          key: `${key}.without-${optional.name}`,
          params: names.filter((x) => x !== optional.name),
          context: clean(
            `${doc} The form when ${mark(optional.name)} is not known.${names.length > 1 ? ` Placeholders: ${marks.filter((x) => x !== mark(optional.name)).join(', ')}.` : ''}`,
          ),
          texts: each(v, (f) => f(...args)),
        });
      }
    } else {
      out.push({ key, params: [], context: doc, texts: v });
    }
  }
  return out;
}

/** Whether a function says 1 otherwise than its general form with 1 put in (a plural), in Dutch or English. */
function plural(fs, ps, number) {
  const args = (v) => ps.map((p) => (p === number ? v : mark(p.name)));
  return fs.some(
    (f) =>
      f(...args(1)) !==
      f(...args(mark(number.name)))
        .split(mark(number.name))
        .join('1'),
  );
}

/** Every key, in the order of the types. */
export async function catalogue() {
  const program = ts.createProgram(
    ['types.ts', 'part-types.ts'].map((f) => new URL(f, i18n).pathname),
    { noEmit: true },
  );
  const out = [];
  for (const ns of await namespaces()) {
    const sf = program.getSourceFile(new URL(ns.file, i18n).pathname);
    if (!sf) throw new Error(`no ${ns.file}`);
    for (const type of ns.types) {
      const decl = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === type);
      if (!decl || !ts.isInterfaceDeclaration(decl)) throw new Error(`src/i18n/${ns.file}: no interface ${type}`);
      out.push(...rows(ns.prefix, decl.members, { nl: ns.nl, ...ns.own }, sf));
    }
  }
  for (const r of out)
    for (const [l, text] of Object.entries(r.texts))
      if (typeof text !== 'string') throw new Error(`${r.key}: no ${l} text (is the value a string, an array or a function as its type says?)`);
  return out;
}

const header = (what) => `// Written by scripts/translation-keys.mjs from src/i18n/types.ts and part-types.ts (${what}); do not edit.\n`;

/** The two files' text. */
export async function files() {
  const rowsOf = await catalogue();
  const keys =
    header('npm run build writes it') +
    '/** Every documented key of a language file (docs/data-format.md, "Language files") and its placeholders, space-separated; on a `.one` key the number is marked `#`, one a paragraph may leave out `?`. */\n' +
    'export const translationKeys: Readonly<Record<string, string>> = {\n' +
    rowsOf.map((r) => `  ${JSON.stringify(r.key)}: ${JSON.stringify(r.params.join(' '))},`).join('\n') +
    '\n};\n';
  const texts =
    header('npm run build writes it') +
    '/* eslint-disable max-lines -- a generated table, one row per key, read by no one as a whole. */\n' +
    "/** Per key: the translator's context and the text in every language the widget ships (`nl`, `en`, …), for `stemhulp-data vertaling export`. Placeholders as `{name}`. */\n" +
    'export const translationTexts: readonly { key: string; context: string; texts: Readonly<Record<string, string>> }[] = [\n' +
    rowsOf.map(({ key, context, texts }) => `  ${JSON.stringify({ key, context, texts })},`).join('\n') +
    '\n];\n';
  // As Prettier writes them, so that `prettier --check` and this agree.
  const out = {};
  for (const [path, text] of Object.entries({ 'src/core/translation-keys.ts': keys, 'src/authoring/translation-texts.ts': texts })) {
    const file = new URL(path, root).pathname;
    out[path] = await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(await files())) {
    const file = new URL(path, root);
    let before = '';
    try {
      before = readFileSync(file, 'utf8');
    } catch {
      // Not written yet.
    }
    if (before === text) continue;
    if (check) stale.push(path);
    else writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`Not as the types say: ${stale.join(', ')}. Run node --import tsx scripts/translation-keys.mjs (npm run build does).`);
    process.exit(1);
  }
}
