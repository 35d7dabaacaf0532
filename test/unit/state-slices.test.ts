/** The reader state's slices (issue 24): a chunk's slice joins when injected, and its actions sent before wait for it. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { initialState, inject, resultTools, update, whenKnown, type Action, type ReaderState } from '../../src/state/state.js';
import { resultSlice } from '../../src/state/result.js';
import { toolsSlice } from '../../src/state/tools.js';

/** As the element dispatches: through `whenKnown`, the state kept here. */
function store() {
  const s = { state: initialState as ReaderState, applied: [] as string[] };
  const dispatch = (a: Action) => whenKnown(a, () => ((s.state = update(s.state, a)), s.applied.push(a.type)));
  return { s, dispatch };
}

// One file, one process: no slice of a chunk is injected before the first test.
describe('reader state slices', () => {
  it('an action sent before its slice loads is applied once the slice is injected, in the order sent', () => {
    const { s, dispatch } = store();
    dispatch({ type: 'choose', gemeente: 'GM0001' });
    dispatch({ type: 'toggle-tool', tool: 'tune' });
    dispatch({ type: 'toggle-tool', tool: 'side' });
    // The main file's actions apply at once; the result slice's wait, kept rather than dropped.
    expect(s.applied).to.deep.equal(['choose']);
    expect(s.state.gemeente).to.equal('GM0001');
    expect(s.state.tools).to.equal(undefined);
    // Another chunk's slice arriving does not apply them: they wait on for theirs.
    inject(toolsSlice);
    expect(s.applied).to.deep.equal(['choose']);
    inject(resultSlice);
    expect(s.applied).to.deep.equal(['choose', 'toggle-tool', 'toggle-tool']);
    expect([...resultTools(s.state).open]).to.deep.equal(['tune', 'side']);
  });

  it('once injected, a slice applies its actions at once, and they were not applied twice', () => {
    const { s, dispatch } = store();
    dispatch({ type: 'choose', gemeente: 'GM0001' });
    dispatch({ type: 'toggle-tool', tool: 'tune' });
    expect(s.applied).to.deep.equal(['choose', 'toggle-tool']);
    expect([...resultTools(s.state).open]).to.deep.equal(['tune']);
  });

  it('an action of the main file drops Ongedaan maken; the result slice keeps it for its own', () => {
    const onResult = [{ type: 'choose', gemeente: 'GM0001' }, { type: 'start' }, { type: 'answer', step: 0, statement: 's1', answer: 'agree', total: 1 }] satisfies Action[];
    const cleared = [...onResult, { type: 'restart-with-undo' } as const].reduce(update, initialState);
    expect(cleared.undo?.answers.size).to.equal(1);
    expect(update(cleared, { type: 'toggle-tool', tool: 'tune' }).undo).to.equal(cleared.undo);
    expect(update(cleared, { type: 'home' }).undo).to.equal(undefined);
  });
});
