// Data files built to make a validator slow: each fills about `bytes` of JSON with what
// once cost quadratic time (many problems, huge found values, oversized arrays, parties
// without positions, long keys). Shared by the validator's tests, the widget test
// (test/browser/trust.test.ts) and `npm run bench`, which times them.
const pad = (n) => String(n).padStart(6, '0');

/** Repeats `item(i)` until the JSON reaches about `bytes`. */
function fill(bytes, item) {
  const per = JSON.stringify(item(0)).length + 1;
  return Array.from({ length: Math.max(1, Math.floor(bytes / per)) }, (_, i) => item(i));
}

const statement = (i) => ({ id: `s${i}`, keyPoint: 'opvang', text: `Stelling ${i}` });

export const adversarialKinds = {
  /** Thousands of gemeenten whose code is wrong: each one a problem, far past every limit. */
  badCodes: (bytes) => ({
    format: 'stemhulp/1',
    municipalities: fill(bytes, (i) => ({ code: `XX${pad(i)}`, name: `Plaats ${i}`, data: `g/${i}.json` })),
  }),
  /** Inline gemeenten with far too many statements, each with a bad key point. */
  longArrays: (bytes) => ({
    format: 'stemhulp/1',
    municipalities: [
      {
        code: 'GM0001',
        name: 'Groot',
        statements: fill(bytes * 0.6, (i) => ({ id: `s${i}`, keyPoint: `kp${i}`, text: `Stelling ${i}` })),
        parties: fill(bytes * 0.4, (i) => ({ id: `p${i}`, name: `Partij ${i}`, positions: {} })),
      },
    ],
  }),
  /** 100 statements, 60 parties, every position missing or under a key that names no statement. */
  missingPositions: (bytes) => {
    const keys = Math.floor(bytes / 60 / 20);
    return {
      format: 'stemhulp/1',
      municipalities: [
        {
          code: 'GM0001',
          name: 'Leeg',
          statements: Array.from({ length: 100 }, (_, i) => statement(i)),
          parties: Array.from({ length: 60 }, (_, p) => ({
            id: `p${p}`,
            name: `Partij ${p}`,
            positions: Object.fromEntries(Array.from({ length: keys }, (_, k) => [`x${pad(k)}`, 'ja'])),
          })),
        },
      ],
    };
  },
  /** Few, huge values where objects are expected: a found value must not be written out whole each time. */
  hugeValues: (bytes) => {
    const big = fill(bytes / 8, (i) => [i, `waarde ${i}`]);
    return {
      format: 'stemhulp/1',
      election: big,
      organisation: big,
      links: big,
      keyPoints: { big },
      municipalities: [{ code: 'GM0001', name: { nl: 'x', [`y${'z'.repeat(bytes / 8)}`]: big }, data: big }],
    };
  },
  /** Long strings past the text limit, and keys far past the key limit. */
  longStrings: (bytes) => {
    const s = 'w'.repeat(6000);
    const n = Math.floor(bytes / 2 / 12_020);
    return {
      format: 'stemhulp/1',
      keyPoints: [{ id: 'k'.repeat(bytes / 4), title: s }],
      municipalities: Array.from({ length: n }, (_, i) => ({ code: `GM${String(i % 10000).padStart(4, '0')}`, name: s, data: s })),
      links: { ['l'.repeat(bytes / 4)]: 'javascript:x' },
    };
  },
  /**
   * Hard words built to freeze the marking of a statement: one term with tens of thousands
   * of short other forms, and 199 terms of "a a a … 12b" (each form once a pattern of its
   * own), over a statement and an explanation of "ab ab ab …" at the text limit.
   */
  glossaryForms: (bytes) => {
    const per = Math.max(16, Math.floor(bytes / 4 / 199 / 2) * 2);
    const long = (i) => `${'a '.repeat(per / 2 - 4)}${pad(i)}b`;
    return {
      format: 'stemhulp/1',
      glossary: [
        { term: 'a', explanation: 'x', also: fill(bytes / 2, (i) => `a${pad(i)}`) },
        ...Array.from({ length: 199 }, (_, i) => ({ term: long(i), explanation: 'x', also: [long(i + 199)] })),
      ],
      municipalities: [
        {
          code: 'GM0001',
          name: 'Woordstad',
          statements: [{ id: 's1', keyPoint: 'opvang', text: 'ab '.repeat(1666), explanation: 'ab '.repeat(1666) }],
          parties: [{ id: 'p1', name: 'Partij Woord', positions: { s1: { position: 'agree' } } }],
        },
      ],
    };
  },
  /**
   * Names that draw nothing (issue 23): a braille blank, Khmer vowels that are default
   * ignorable, a musical symbol, combining marks alone, on gemeenten far past the limit of
   * 400 and on inline parties; each must be refused by Unicode's properties, once per entry.
   */
  blankNames: (bytes) => {
    const blanks = ['\u2800\u2800', '\u17b4\u17b5', '\u{1D159}', '\u0301\u0308', '\u200b \u2800'];
    const blank = (i) => blanks[i % blanks.length];
    return {
      format: 'stemhulp/1',
      municipalities: [
        {
          code: 'GM0001',
          name: blank(0),
          statements: [statement(1)],
          parties: fill(bytes / 4, (i) => ({ id: `p${i}`, name: blank(i), list: i + 1 })),
        },
        ...fill(bytes * 0.7, (i) => ({ code: `GM${String((i % 9998) + 2).padStart(4, '0')}`, name: blank(i), data: `g/${i}.json` })),
      ],
    };
  },
  /** Tens of thousands of data links to files that do not exist: nothing is followed past the format's limit. */
  manyLinks: (bytes) => ({
    format: 'stemhulp/1',
    municipalities: fill(bytes, (i) => ({ code: `GM${String(i % 10000).padStart(4, '0')}`, name: `Plaats ${i}`, data: `ontbreekt/${i}.json` })),
  }),
};

export const adversarial = (kind, bytes) => adversarialKinds[kind](bytes);

/**
 * Files that are no object one could build and stringify: their text itself is the attack.
 * `nesting`: "[" repeated, a million levels deep in 1 MiB; refused by its depth before parsing.
 */
export const adversarialTexts = {
  nesting: (bytes) => '['.repeat(bytes),
};
