// The JSON Schemas in dist/schema/ and the widget's validator (dist/format.js) agree: a
// document is valid for the schema exactly when the validator finds no error in it, on
// generated documents (fast-check) and on every JSON fixture of the repository. Warnings
// are not errors: the widget still works. What a schema cannot express (ids unique, a
// keyPoint naming a key point, see src/schema/schema.mjs) is tested one way only: the
// schema never rejects what the validator accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { bundledKeyPoints, validateIndex, validateMunicipalityFile } from '../../dist/format.js';

const root = new URL('../../', import.meta.url).pathname;
const load = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
// Ajv counts lengths in code points, the validator in UTF-16 units: long generated texts are ASCII.
// strictTuples off: `links.reading` checks its first 10 items only, as the validator reads only those.
const ajv = new Ajv2020({ strictTypes: false, strictTuples: false });
addFormats(ajv);
ajv.addSchema(load('dist/schema/municipality.schema.json'));
ajv.addSchema(load('dist/schema/index.schema.json'));
const schemaIndex = ajv.getSchema('https://unpkg.com/stemhulp-widget/dist/schema/index.schema.json');
const schemaMunicipality = ajv.getSchema('https://unpkg.com/stemhulp-widget/dist/schema/municipality.schema.json');
const BASE = 'https://example.org/data/index.json';

/** No error at all: neither in inline content nor in an entry's own code or name (each leaves only that gemeente out). */
function validatorAcceptsIndex(doc) {
  const v = validateIndex(doc, BASE, bundledKeyPoints);
  return v.ok && v.value.municipalities.every((m) => !m.problems) && !v.warnings.some((w) => w.message.endsWith('; this gemeente is left out'));
}
const validatorAcceptsFile = (doc, code) =>
  validateMunicipalityFile(
    doc,
    code,
    bundledKeyPoints.map((k) => k.id),
  ).ok;

// ---- generators: each field from values the validator accepts and values it refuses ----
const long = (n) => 'a'.repeat(n);
const of = (...xs) => fc.constantFrom(...xs);
/** Mostly the first list (what some field accepts, or only warns about), sometimes the second. */
const mix = (usual, rare) => fc.oneof({ weight: 24, arbitrary: of(...usual) }, of(...rare));
const texts = mix(
  ['Tekst', '  met spaties ', 'é 🙂 عربي', { nl: 'a', en: 'b' }, { 'en-GB': 'x' }, { nl: '', en: 'b' }, long(5000)],
  [
    null,
    undefined,
    '',
    '   ',
    '\u200b',
    ' '.repeat(5001),
    { nl: ' ' },
    { nl: '\u200b\u00ad' },
    '\u2800\u2800',
    '\u17b4',
    '\u{1d159}',
    '\u0301',
    { nl: '\u17b5' },
    'e\u0301',
    '\u2801',
    { [long(201)]: 'x' },
    {},
    long(5001),
    5,
    true,
    [],
    ['x'],
    { Nederlands: 'x' },
    { nl: 5 },
    { nl: long(5001) },
    { nl_NL: 'x' },
    { nl: null },
  ],
);
const answers = mix(['agree', ' EENS ', 'geen   van beide', 'Neutraal', 'disagree', 'oneens'], ['ja', 'yes', 'agreed', '', null, undefined, 5, ['agree']]);
const urls = mix(['https://example.org/', 'http://x.test/a', undefined], ['ftp://x', 'javascript:alert(1)', '', null, 5, 'relatief/pad', 'https://' + long(4995), {}]);
const badIds = of(' ', '', 5, undefined, null, long(201), ['s']);
const id = (prefix, i) => fc.oneof({ weight: 20, arbitrary: fc.constant(`${prefix}${i}`) }, badIds);
const shortNames = mix(['ABC', undefined], ['', null, ' ', 5, long(5001)]);
const lists = (i) => mix([i + 1, ` 00${i + 1} `, `${i + 1}`, null, '', undefined, 999 - i], [0, -1, 1.5, '0', 'een', true, ' ', [1], 1000, '1000', '0000000001']);
const keyPointsOf = (cross) => (cross ? of('opvang', 'werk', 'opvang', 'onbekend') : mix(['opvang', 'werk'], [5, undefined, null]));

const statement = (i, cross) => fc.record({ id: cross ? of('s1', 's2', ' ') : id('s', i), keyPoint: keyPointsOf(cross), text: texts, explanation: texts, recommended: answers });
// Who gave a position and when, and a gemeente's `updated` and `corrections`: a bad one is dropped with a warning, so the schema must take it too.
const givers = mix(['party', 'organisation', undefined], ['partij', 'Party', '', null, 5]);
const givenOn = mix(['2026-02-12', undefined], ['2026-02-30', '12-02-2026', '', null, 20260212]);
const corrections = mix(
  [undefined, [], [{ date: '2026-03-03', text: 'Standpunt gecorrigeerd.' }]],
  [null, 'x', [5], [{ date: 'gisteren', text: '' }], Array.from({ length: 51 }, () => ({ date: '2026-03-03', text: 'x' }))],
);
const position = fc.oneof({ weight: 20, arbitrary: fc.record({ position: answers, explanation: texts, source: urls, by: givers, date: givenOn }) }, of('agree', null, 5, [], {}));
/** A party whose positions are keyed by the document's statement ids (a key that names none is a warning). */
const party = (i, statementIds, cross) =>
  fc.record({
    id: cross ? of('p1', 'p2') : id('p', i),
    name: texts,
    shortName: shortNames,
    list: cross ? of(1, 2) : lists(i),
    url: urls,
    positions: fc.oneof(
      { weight: 20, arbitrary: fc.subarray(statementIds).chain((ks) => fc.tuple(...ks.map(() => position)).map((ps) => Object.fromEntries(ks.map((k, j) => [k, ps[j]])))) },
      of(null, undefined, [], 'x'),
    ),
  });
const sized = (n, f) =>
  fc
    .oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max: n }) }, fc.constant(0), fc.constant(n === 3 ? 101 : 61))
    .chain((len) => (len ? fc.tuple(...Array.from({ length: len }, (_, i) => f(i))) : fc.constant([])));
const content = (cross) =>
  sized(3, (i) => statement(i, cross)).chain((statements) => {
    const ids = statements.map((s) => s.id).filter((x) => typeof x === 'string' && x.trim() && x.length <= 5000);
    return fc.record({
      statements: fc.oneof({ weight: 30, arbitrary: fc.constant(statements) }, of(null, undefined, 'x', {})),
      parties: sized(2, (i) => party(i, [...new Set(ids)], cross)),
      updated: givenOn,
      corrections,
    });
  });

const municipalityFile = (cross) =>
  fc
    .tuple(
      content(cross),
      fc.record({ format: mix(['stemhulp/1', null, undefined], ['stemhulp/2', 1]), code: mix(['GM0001', ' gm0001 ', undefined], ['GM1', 5, null]), $schema: of(undefined, 'x') }),
    )
    .map(([c, head]) => json({ ...head, ...c }));

const dates = mix(['2026-03-18', '2024-02-29', null, undefined], ['2026-02-29', '2026-13-01', '18-03-2026', 20260318, '']);
const entry = (i, cross) =>
  fc
    .record({
      code: mix([`GM000${i}`, ` gm000${i} `], ['GM1', 5, undefined, '']),
      name: texts,
      way: mix(['data', 'inline', 'null-data'], ['both', 'neither']),
      data: mix(
        ['gemeenten/GM0001.json', 'https://example.org/a.json', '//cdn.example.org/b.json', ' HTTP://x.test/c.json'],
        ['javascript:x', 'data:,{}', 'C:\\gegevens\\a.json', '', ' ', 5, null],
      ),
      content: content(cross),
    })
    .map(({ way, data, content: c, ...e }) =>
      way === 'data' ? { ...e, data } : way === 'inline' ? { ...e, ...c } : way === 'both' ? { ...e, data, ...c } : way === 'null-data' ? { ...e, data: null, ...c } : e,
    );
const keyPoint = (i) => fc.record({ id: fc.oneof({ weight: 20, arbitrary: fc.constant(['opvang', 'werk'][i]) }, badIds), title: texts, summary: texts, body: texts });
const index = (cross) =>
  fc
    .record({
      format: mix(['stemhulp/1'], ['stemhulp/2', undefined, null]),
      election: mix([undefined, null, 5], ['x', []]).chain((e) => (e === 5 ? fc.record({ name: texts, date: dates }) : fc.constant(e))),
      organisation: fc.oneof(mix([undefined, null], [5, []]), fc.record({ name: texts, url: urls })),
      keyPoints: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        of(null, [], 'x'),
        fc.tuple(keyPoint(0), keyPoint(1)),
        fc.constant([{ id: 'opvang', title: 'A' }, { id: 'werk', title: 'B' }, ...Array.from({ length: 19 }, (_, i) => ({ id: `k${i}`, title: 'C' }))]),
      ),
      links: fc.oneof(
        of(undefined, null, 'x', []),
        fc.record({ flyer: urls, newsletter: urls, anders: urls, reading: fc.oneof(of(undefined, 'x', [5]), fc.array(fc.record({ title: texts, url: urls }), { maxLength: 3 })) }),
      ),
      municipalities: fc.oneof(
        { weight: 30, arbitrary: fc.integer({ min: 1, max: 3 }).chain((n) => (n ? fc.tuple(...Array.from({ length: n }, (_, i) => entry(i + 1, cross))) : fc.constant([]))) },
        of(undefined, null, {}),
      ),
    })
    .map(json);

/** Absent fields are `undefined` in the generators; a JSON round trip drops them, as a file would not have them. */
function json(v) {
  return JSON.parse(JSON.stringify(v));
}

const explain = (doc, v, s) =>
  `validator ${JSON.stringify(v.ok ? v.warnings.slice(0, 2) : v.errors.slice(0, 3))}\nschema ${JSON.stringify(s?.slice(0, 3))}\n${JSON.stringify(doc).slice(0, 1500)}`;

/** Both outcomes must be common, or the property proves little. */
function balanced(counts) {
  assert.ok(counts.accepted > 40 && counts.refused > 40, JSON.stringify(counts));
}

test('generated municipality files: the schema accepts exactly what the validator accepts', () => {
  const counts = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(municipalityFile(false), (doc) => {
      const ok = validatorAcceptsFile(doc, 'GM0001');
      const valid = schemaMunicipality(doc);
      counts[ok ? 'accepted' : 'refused']++;
      assert.equal(
        valid,
        ok,
        explain(
          doc,
          validateMunicipalityFile(
            doc,
            'GM0001',
            bundledKeyPoints.map((k) => k.id),
          ),
          schemaMunicipality.errors,
        ),
      );
    }),
    { numRuns: 400 },
  );
  balanced(counts);
});

test('generated index files, with inline content and data links: the schema accepts exactly what the validator accepts', () => {
  const counts = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(index(false), (doc) => {
      const ok = validatorAcceptsIndex(doc);
      const valid = schemaIndex(doc);
      counts[ok ? 'accepted' : 'refused']++;
      assert.equal(valid, ok, explain(doc, validateIndex(doc, BASE, bundledKeyPoints), schemaIndex.errors));
    }),
    { numRuns: 400 },
  );
  balanced(counts);
});

test('with duplicate ids and lijstnummers and unknown key points, the schema never refuses what the validator accepts', () => {
  let refusedByValidatorOnly = 0;
  fc.assert(
    fc.property(fc.oneof(index(true), municipalityFile(true)), (doc) => {
      const isIndex = 'municipalities' in doc;
      const ok = isIndex ? validatorAcceptsIndex(doc) : validatorAcceptsFile(doc, 'GM0001');
      const valid = isIndex ? schemaIndex(doc) : schemaMunicipality(doc);
      if (ok) assert.equal(valid, true, JSON.stringify(doc).slice(0, 1500));
      if (valid && !ok) refusedByValidatorOnly++;
    }),
    { numRuns: 300 },
  );
  // The generator does reach the rules only the validator checks.
  assert.ok(refusedByValidatorOnly > 0);
});

/** Every .json file under a folder, except the generated large ones and non-data files. */
function jsonFiles(dir) {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(root, p)).isDirectory() ? jsonFiles(p) : name.endsWith('.json') ? [p] : [];
  });
}

test('every JSON fixture and demo file: schema and validator agree', () => {
  let checked = 0;
  for (const file of [...jsonFiles('demo/data'), ...jsonFiles('test/fixtures')]) {
    let doc;
    try {
      doc = load(file);
    } catch {
      continue; // A syntax-error fixture: neither reads it.
    }
    const isIndex = doc && typeof doc === 'object' && 'municipalities' in doc;
    const isFile = doc && typeof doc === 'object' && ('statements' in doc || 'parties' in doc);
    if (!isIndex && !isFile) continue;
    const code = (typeof doc.code === 'string' && /^\s*gm\d{4}\s*$/i.test(doc.code) ? doc.code : (file.match(/GM\d{4}/i)?.[0] ?? 'GM0001')).trim().toUpperCase();
    const ok = isIndex ? validatorAcceptsIndex(doc) : validatorAcceptsFile(doc, code);
    const valid = isIndex ? schemaIndex(doc) : schemaMunicipality(doc);
    assert.equal(
      valid,
      ok,
      `${relative(root, join(root, file))}: validator ${ok}, schema ${valid} ${JSON.stringify((isIndex ? schemaIndex : schemaMunicipality).errors?.slice(0, 2))}`,
    );
    checked++;
  }
  assert.ok(checked >= 15, `${checked} files checked`);
});

test('the demo data names its schema, so editors complete and underline', () => {
  assert.equal(load('demo/data/index.json').$schema, '../../dist/schema/index.schema.json');
  for (const f of ['GM9902', 'GM9903']) assert.equal(load(`demo/data/gemeenten/${f}.json`).$schema, '../../../dist/schema/municipality.schema.json');
});
