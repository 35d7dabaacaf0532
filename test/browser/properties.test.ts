/**
 * Property-based tests (fast-check): the validator never throws and always reports with
 * paths; the matching rules keep their invariants whatever the data and the answers.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { bundledKeyPoints } from '../../src/data/bundled-key-points.js';
import type { Answer, Party, Statement, Validated } from '../../src/core/types.js';
import { validateIndex, validateMunicipalityFile } from '../../src/core/validate.js';
import { matchParties, type PartyScore, type UserAnswer } from '../../src/core/match.js';

const BASE = 'https://example.org/stemhulp/index.json';
const KP_IDS = bundledKeyPoints.map((k) => k.id);
const runs = { numRuns: 200 };

/** The contract: data, or a non-empty list of problems that each name a path and say something. */
function expectContract(r: Validated<unknown>) {
  expect(r.ok === true || r.ok === false).to.equal(true);
  if (r.ok) expect(r.value).to.exist;
  else expect(r.errors.length).to.be.greaterThan(0);
  for (const p of [...(r.ok ? [] : r.errors), ...r.warnings]) {
    expect(p.path).to.be.a('string').and.not.equal('');
    expect(p.message).to.be.a('string').and.not.equal('');
  }
}

// Data as a volunteer would write it: words, answer aliases, optional fields sometimes absent.
const word = fc.constantFrom('opvang', 'Eens', '  ', '', 'x', 'Partij A', 'GM0001', '__proto__', 'constructor', 'ja');
const nonBlank = fc.string({ minLength: 1 }).filter((s) => !!s.trim());
const text = fc.oneof(nonBlank, fc.record({ nl: nonBlank, en: fc.string() }, { requiredKeys: ['nl'] }));
const answerWord = fc.constantFrom('agree', 'neutral', 'disagree', 'eens', ' Oneens ', 'geen van beide');
const ids = (min: number, max: number) =>
  fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !!s.trim()),
    { minLength: min, maxLength: max },
  );

const content = ids(1, 6).chain((sids) =>
  fc.record({
    statements: fc.tuple(
      ...sids.map((id) =>
        fc.record({ id: fc.constant(id), keyPoint: fc.constantFrom(...KP_IDS), text, explanation: text, recommended: answerWord }, { requiredKeys: ['id', 'keyPoint', 'text'] }),
      ),
    ),
    parties: ids(1, 5).chain((pids) =>
      fc.tuple(
        ...pids.map((id, i) =>
          fc.record(
            {
              id: fc.constant(id),
              name: text,
              shortName: fc.string(),
              list: fc.constant(i + 1),
              url: fc.constantFrom('https://example.org/p', 'javascript:alert(1)', '/relatief', ''),
              positions: fc.dictionary(
                fc.constantFrom(...sids),
                fc.record({ position: answerWord, explanation: text, source: fc.constant('https://example.org/s') }, { requiredKeys: ['position'] }),
              ),
            },
            { requiredKeys: ['id', 'name', 'positions'] },
          ),
        ),
      ),
    ),
  }),
);

const validIndex = fc.record({
  format: fc.constant('stemhulp/1'),
  organisation: fc.record({ name: text }),
  municipalities: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 3 }).chain((codes) =>
    fc.tuple(
      ...codes.map((n) => {
        const code = `GM${String(n).padStart(4, '0')}`;
        return fc.oneof(
          fc.record({ code: fc.constant(code), name: text, data: fc.constantFrom('g.json', 'https://example.org/g.json') }),
          content.map((c) => ({ code, name: 'Dorp', ...c })),
        );
      }),
    ),
  ),
});

/** Every path into a JSON value, as lists of keys. */
function paths(v: unknown, here: (string | number)[] = []): (string | number)[][] {
  const out = [here];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...here, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...here, k]));
  return out;
}

/** A near-valid document: a valid one with some values replaced by anything, or removed. */
const nearValid = (valid: fc.Arbitrary<unknown>) =>
  fc
    .tuple(valid, fc.array(fc.tuple(fc.nat(), fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), word), { nil: undefined })), { minLength: 1, maxLength: 4 }))
    .map(([doc, edits]) => {
      const copy = structuredClone(doc) as any;
      for (const [n, replacement] of edits) {
        const all = paths(copy).filter((p) => p.length > 0);
        if (!all.length) break;
        const path = all[n % all.length];
        const parent = path.slice(0, -1).reduce((o, k) => o[k], copy);
        const key = path[path.length - 1];
        if (replacement === undefined) delete parent[key];
        else parent[key] = replacement;
      }
      return copy;
    });

describe('validator properties', function () {
  // Hundreds of runs per property: room for a busy CI machine.
  this.timeout(20_000);
  it('never throws on any JSON value, and keeps its contract', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expectContract(validateIndex(v, BASE, bundledKeyPoints));
        expectContract(validateMunicipalityFile(v, 'GM0001', KP_IDS));
      }),
      runs,
    );
  });

  it('accepts every valid document it is given', () => {
    fc.assert(
      fc.property(validIndex, (doc) => {
        const r = validateIndex(doc, BASE, bundledKeyPoints);
        expect(r.ok, JSON.stringify(r.ok ? '' : r.errors)).to.equal(true);
      }),
      runs,
    );
    fc.assert(
      fc.property(content, (c) => {
        const r = validateMunicipalityFile(c, 'GM0001', KP_IDS);
        expect(r.ok, JSON.stringify(r.ok ? '' : r.errors)).to.equal(true);
      }),
      runs,
    );
  });

  it('on near-valid documents never throws and reports every problem with a path', () => {
    fc.assert(
      fc.property(nearValid(validIndex), (doc) => expectContract(validateIndex(doc, BASE, bundledKeyPoints))),
      runs,
    );
    fc.assert(
      fc.property(nearValid(content), (doc) => expectContract(validateMunicipalityFile(doc, 'GM0001', KP_IDS))),
      runs,
    );
  });
});

// Matching: statements, parties (positions may be unknown) and the reader's answers.
const answer = fc.constantFrom<Answer>('agree', 'neutral', 'disagree');
const world = fc
  .record({ nStatements: fc.integer({ min: 1, max: 8 }), nParties: fc.integer({ min: 1, max: 6 }) })
  .chain(({ nStatements, nParties }) => {
    const sids = Array.from({ length: nStatements }, (_, i) => `s${i}`);
    const statements: Statement[] = sids.map((id) => ({ id, keyPoint: 'opvang', text: id }));
    return fc.record({
      statements: fc.constant(statements),
      parties: fc.tuple(
        ...Array.from({ length: nParties }, (_, i) =>
          fc
            .record({
              name: fc.constantFrom('Alfa', 'Beta', 'Ærø', 'alfa', 'Zeta'),
              list: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
              positions: fc.tuple(...sids.map(() => fc.option(answer, { nil: undefined }))),
            })
            .map(({ name, list, positions }): Party => ({
              id: `p${i}`,
              name,
              // Unique lijstnummers, as the format requires.
              list: list === undefined ? undefined : list * 10 + i,
              positions: Object.fromEntries(sids.flatMap((s, j) => (positions[j] ? [[s, { position: positions[j]! }]] : []))),
            })),
        ),
      ),
      answers: fc.tuple(
        ...sids.map(() => fc.record({ answer: fc.constantFrom<Answer | 'skip' | undefined>('agree', 'neutral', 'disagree', 'skip', undefined), important: fc.boolean() })),
      ),
    });
  })
  // At least one answered statement, else there is no result.
  .filter(({ answers }) => answers.some((a) => a.answer && a.answer !== 'skip'));

type World = { statements: Statement[]; parties: Party[]; answers: UserAnswer[] };
const toMap = (w: World, answers = w.answers) => new Map(w.statements.map((s, i) => [s.id, answers[i]]));
const match = (w: World, statements = w.statements, parties = w.parties, answers = toMap(w)) => matchParties(statements, parties, answers, (p) => p.name as string, 'nl')!;
const scores = (r: PartyScore[]) => Object.fromEntries(r.map((x) => [x.party.id, x.score]));
/** A permutation of `xs`, chosen by `keys`. */
const permute = <T>(xs: T[], keys: number[]) =>
  xs
    .map((x, i) => [x, keys[i] ?? 0, i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([x]) => x);
const opposite = (a: Answer): Answer => (a === 'agree' ? 'disagree' : a === 'disagree' ? 'agree' : 'neutral');
const answered = (a: UserAnswer): a is { answer: Answer } => !!a.answer && a.answer !== 'skip';

describe('problems inside a position', () => {
  // Paths there are made only when something is wrong: each must still name its field.
  it('name the statement and the field: position, explanation, source', () => {
    const file = (position: unknown) => ({
      statements: [{ id: 's1', keyPoint: 'k', text: 'Tekst' }],
      parties: [{ id: 'p', name: 'Naam', positions: { s1: { position, explanation: 'Uit\u202eleg', source: 'javascript:alert(1)' }, x: { position: 'agree' } } }],
    });
    const bad = validateMunicipalityFile(file('misschien'), 'GM0000', ['k']);
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).to.deep.equal(['parties[0].positions.s1.position']);
    const v = validateMunicipalityFile(file('Eens'), 'GM0000', ['k']);
    expect(v.warnings.map((w) => w.path)).to.deep.equal(['parties[0].positions.s1.explanation', 'parties[0].positions.s1.source', 'parties[0].positions.x']);
    expect(v.ok && v.value.parties[0].positions.s1).to.deep.equal({ position: 'agree', explanation: 'Uitleg' });
  });
});

describe('matching properties', function () {
  this.timeout(20_000);
  it('scores are whole percentages from 0 to 100, one per party', () => {
    fc.assert(
      fc.property(world, (w) => {
        const r = match(w);
        expect(r).to.have.length(w.parties.length);
        for (const { score } of r) expect(Number.isInteger(score) && score >= 0 && score <= 100, String(score)).to.equal(true);
      }),
      runs,
    );
  });

  it('a party that gave every answer the reader gave scores 100', () => {
    fc.assert(
      fc.property(world, (w) => {
        const twin: Party = {
          id: 'twin',
          name: 'Tweeling',
          positions: Object.fromEntries(w.statements.flatMap((s, i) => (answered(w.answers[i]) ? [[s.id, { position: w.answers[i].answer as Answer }]] : []))),
        };
        expect(scores(match(w, w.statements, [...w.parties, twin])).twin).to.equal(100);
      }),
      runs,
    );
  });

  it('a party opposite to every answer (agree and disagree only) scores 0', () => {
    fc.assert(
      fc.property(world, (w) => {
        const answers = w.answers.map((a) => (a.answer === 'neutral' ? { ...a, answer: 'agree' as const } : a));
        const anti: Party = {
          id: 'anti',
          name: 'Tegenpartij',
          positions: Object.fromEntries(w.statements.flatMap((s, i) => (answered(answers[i]) ? [[s.id, { position: opposite(answers[i].answer as Answer) }]] : []))),
        };
        expect(scores(match(w, w.statements, [anti], toMap(w, answers))).anti).to.equal(0);
      }),
      runs,
    );
  });

  it('the order of statements and parties in the data changes neither scores nor result order', () => {
    fc.assert(
      fc.property(world, fc.array(fc.nat()), fc.array(fc.nat()), (w, k1, k2) => {
        const before = match(w);
        const after = match(w, permute(w.statements, k1), permute(w.parties, k2));
        expect(scores(after)).to.deep.equal(scores(before));
        // Ties the documented rules cannot break (same score, no lijstnummer, same name) may swap.
        const shown = (r: PartyScore[]) => r.map((x) => `${x.score} ${x.party.list ?? '-'} ${x.party.name}`);
        expect(shown(after)).to.deep.equal(shown(before));
      }),
      runs,
    );
  });

  it('marking every statement important does not change any score', () => {
    fc.assert(
      fc.property(world, (w) => {
        const all = (important: boolean) =>
          toMap(
            w,
            w.answers.map((a) => ({ ...a, important })),
          );
        expect(scores(match(w, w.statements, w.parties, all(true)))).to.deep.equal(scores(match(w, w.statements, w.parties, all(false))));
      }),
      runs,
    );
  });

  it('orders by score, then lijstnummer (none last), then name, and by nothing else', () => {
    const collator = new Intl.Collator('nl');
    fc.assert(
      fc.property(world, (w) => {
        const r = match(w);
        for (let i = 1; i < r.length; i++) {
          const [a, b] = [r[i - 1], r[i]];
          const la = a.party.list ?? Infinity;
          const lb = b.party.list ?? Infinity;
          const inOrder = a.score > b.score || (a.score === b.score && (la < lb || (la === lb && collator.compare(a.party.name as string, b.party.name as string) <= 0)));
          expect(inOrder, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).to.equal(true);
        }
      }),
      runs,
    );
  });
});
