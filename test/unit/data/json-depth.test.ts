/** The nesting check before a data file is parsed (src/core/json-depth.ts), pure. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { depthProblem, jsonDepth, MAX_DEPTH } from '../../../src/core/json-depth.js';

describe('nesting of a data file, before parsing', () => {
  it('counts arrays and objects, not brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('"x"')).to.equal(0);
    expect(jsonDepth('{"a": [1, {"b": []}]}')).to.equal(4);
    expect(jsonDepth('{"a": "[[[{{{", "b": "\\"[[[", "c": "\\\\"}')).to.equal(1);
    expect(jsonDepth('[[]] [[[]]]')).to.equal(3);
  });

  it("the format's deepest place is well within the limit", async () => {
    const demo = await readFile(new URL('../../../demo/data/index.json', import.meta.url), 'utf8');
    expect(jsonDepth(demo)).to.be.within(1, 8);
    expect(depthProblem(demo)).to.equal(undefined);
  });

  it('refuses deep nesting, naming the depth found and allowed', () => {
    const deep = '['.repeat(1_040_000);
    expect(depthProblem(deep)).to.deep.equal({
      path: '',
      message: `expected arrays and objects nested at most ${MAX_DEPTH} levels deep, found 1040000; the file was not read further`,
    });
    expect(depthProblem(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).to.equal(undefined);
  });
});
