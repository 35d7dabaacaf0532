/** The reader-state actions of issue 12b: a restored share link, and a kiosk's clearing. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { currentAnswers, initialState, inject, update, type Action } from '../../src/state/state.js';
import { linkSlice } from '../../src/state/link.js';
import type { UserAnswer } from '../../src/core/match.js';

// What the link chunk does as it loads.
inject(linkSlice);

const after = (...actions: Action[]) => actions.reduce(update, initialState);
const shared = new Map<string, UserAnswer>([
  ['s1', { answer: 'agree', important: true }],
  ['s2', { answer: 'skip' }],
]);
const restored = after({ type: 'choose', gemeente: 'GM0001' }, { type: 'restore', gemeente: 'GM0001', answers: shared, hidden: new Set(['p2']) });

describe('reader state: share link and kiosk', () => {
  it('a restored link shows its result at once, marked as shared, with the answers of its gemeente only', () => {
    expect(restored.screen).to.deep.equal({ name: 'result' });
    expect(restored.gemeente).to.equal('GM0001');
    expect(currentAnswers(restored)).to.equal(shared);
    // The result speaks of the link's answers while they are unchanged (a change makes a new map).
    expect(restored.shared).to.equal(shared);
    expect(restored.openParties.size).to.equal(0);
    expect([...restored.hiddenParties!.get('GM0001')!]).to.deep.equal(['p2']);
  });

  it('keeps answers the reader gave elsewhere: a link for one gemeente leaves another alone', () => {
    const s = after(
      { type: 'choose', gemeente: 'GM0002' },
      { type: 'start' },
      { type: 'answer', step: 0, statement: 'a', answer: 'agree', total: 2 },
      { type: 'restore', gemeente: 'GM0001', answers: shared, hidden: new Set() },
    );
    expect(s.answers.get('GM0002')!.get('a')).to.deep.equal({ answer: 'agree' });
    expect(currentAnswers(s)).to.equal(shared);
  });

  it('a restart from a restored result clears its answers and shows the start screen', () => {
    const fresh = update(restored, { type: 'restart' });
    expect(fresh.screen).to.deep.equal({ name: 'home' });
    expect(currentAnswers(fresh).size).to.equal(0);
  });

  it("clear forgets everything, for every gemeente, keeping only the host's preset", () => {
    const busy = update(restored, { type: 'toggle-party', party: 'p1' });
    expect(update(busy, { type: 'clear', gemeente: '' })).to.deep.equal(initialState);
    const preset = update(busy, { type: 'clear', gemeente: 'GM0001' });
    expect(preset).to.deep.equal({ ...initialState, gemeente: 'GM0001' });
    expect(currentAnswers(preset).size).to.equal(0);
  });
});
