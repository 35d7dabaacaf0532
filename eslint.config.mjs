// ESLint: the rules that keep the house in layers (issue 24), plus two habits of the code.
// `npm run lint`; test/unit/lint.test.mjs runs it inside `npm test` and proves that a planted
// upward import and a planted cycle are caught. Formatting is Prettier's job (`npm run format`),
// so no style rule is here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import noCycle from './tools/eslint/no-cycle.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The ranks, lowest first: a file in src/<folder> may import from its own folder and from
 * the folders listed for it, nothing else in src/. `import type`, `export … from` and
 * `import()` count as imports (import-x checks them all), so a type declared in the wrong
 * layer fails here instead of growing a circle.
 */
function zone(folder, mayImport, why) {
  return {
    target: `./src/${folder}`,
    from: './src',
    except: [`./${folder}`, ...mayImport.map((f) => `./${f}`)],
    message: `src/${folder} may import only ${[folder, ...mayImport].map((f) => `src/${f}`).join(', ')}: ${why}`,
  };
}
const lower = ['lib', 'core'];
const tools = ['embed', 'authoring', 'cli', 'schema'];
const zones = [
  // Generic helpers with no domain: usable from anywhere, so they depend on nothing.
  zone('lib', [], 'generic helpers know nothing of the widget.'),
  // The pure domain (format types, match, ranking, verdict, validation…): no DOM, no Lit, no state, no strings.
  zone('core', ['lib'], 'the pure domain knows no state, strings or views.'),
  // The reader's state and the languages are side by side and never import each other:
  // state holds no words, and the strings do not know how the reader got where they are.
  zone('state', lower, 'state holds no strings (i18n) and no views.'),
  zone('i18n', lower, 'strings do not depend on the state.'),
  // Loading and the data controller: may use the domain, state and strings, never a view.
  zone('data', [...lower, 'state', 'i18n'], 'loading knows no views.'),
  // Templates and their view models: draw from data, state and strings; never reach up to
  // the chunks or the element (a shared type goes down to core/ or into ui/ itself).
  zone('ui', [...lower, 'state', 'i18n', 'data'], 'a view never reaches up to a chunk or the element.'),
  // One thin entry per lazy chunk: wires views to the contract; the element loads chunks, never the reverse.
  zone('chunks', [...lower, 'state', 'i18n', 'data', 'ui'], 'a chunk receives the element through its contract, it does not import it.'),
  // The element, the screen table, lazy loading, focus: everything below, but not the public entries.
  zone('element', [...lower, 'state', 'i18n', 'data', 'ui', 'chunks'], 'the public entries sit above the element.'),
  // The other entries (the embed page, the data authors' tools, the schema) stand beside the
  // widget: they share only the pure domain and helpers, so they never pull a view or the
  // element into a command-line tool, and the widget never depends on them (the zones above).
  ...tools.map((t) => zone(t, [...lower, ...tools.filter((o) => o !== t)], 'the tools beside the widget share only core/ and lib/.')),
  // The party form (dist/partijformulier.html) stands beside the widget like embed/: the pure
  // domain and helpers, the embed page's data policy, and its own words from i18n/ (its table,
  // src/i18n/form.ts, is imported by nothing of the widget).
  zone('form', [...lower, 'i18n', 'embed'], 'the party form shares only core/, lib/, its words in i18n/ and the data policy of embed/.'),
  // The public entries (src/index.ts, element.ts, define.ts, format.ts, classic.ts) are the top
  // rank and may import anything in src/ (no zone); nothing may import them (the zones above).
];

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'bench-results/', 'screenshots/', 'node_modules/', 'template/', 'wordpress/', 'demo/', 'test/fixtures/', '**/*.d.ts', '**/*.d.mts'],
  },
  {
    // Everything linted: TypeScript and JavaScript modules.
    files: ['**/*.{ts,mts,js,mjs}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX, layers: { rules: { 'no-cycle': noCycle } } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}tsconfig.json` })],
    },
    rules: {
      // `== null` is the one loose comparison allowed: it is this code's idiom for "absent"
      // (null or undefined) when checking parsed JSON, about thirty times in core/validate.ts
      // and authoring/; every other `==` compares one type and is `===`.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // TypeScript files: a type-only import says so (`import type` or an inline `type`, as the
    // code already writes it), so the build drops it and a reader sees which imports cost bytes.
    // `typeof import('…')` stays allowed: data/load.ts names the lazy validator's type that way.
    files: ['**/*.{ts,mts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // The layers, in src/ only (tests, bench and scripts may import what they test).
    files: ['src/**/*.{ts,mts,js,mjs}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // A file a reader takes in at one sitting: none in src/ over 300 lines (issue 24).
      'max-lines': ['error', { max: 300 }],
      // An import the resolver cannot find would pass the zones unseen: make it an error.
      'import-x/no-unresolved': 'error',
      // No circle, type-only imports included (tools/eslint/no-cycle.mjs says why not import-x's).
      'layers/no-cycle': 'error',
      // Only chunk entries are loaded lazily (src/chunks/*), so that "what is a chunk" is one
      // folder; the language files are the exception (src/i18n loads them itself), and an
      // import() of a computed URL is the retry of a chunk that failed (lib/, element/lazy.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.type="Literal"]:not([source.value=/(^|\\/)chunks\\//])',
          message: 'Only src/chunks/* files are import() targets: add a thin entry there.',
        },
      ],
    },
  },
  {
    // src/i18n loads each language as its own chunk; src/classic.ts loads the ES module build by URL.
    files: ['src/i18n/**', 'src/classic.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
