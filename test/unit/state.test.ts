import { describe, it } from 'node:test';
import { expect } from 'chai';
import { currentAnswers, initialState, screenKey, update, type Action, type ReaderState } from '../../src/state/state.js';

/** The state after a series of actions from the start. */
const after = (...actions: Action[]) => actions.reduce(update, initialState);
const answer = (step: number, statement: string, a: 'agree' | 'skip' = 'agree', total = 3): Action => ({
  type: 'answer',
  step,
  statement,
  answer: a,
  total,
});
const chosen = after({ type: 'choose', gemeente: 'GM0001' });
const inQuiz = update(chosen, { type: 'start' });

describe('reader state (pure, no page)', () => {
  it('starts on the home screen with nothing chosen or answered', () => {
    expect(initialState.screen).to.deep.equal({ name: 'home' });
    expect(initialState.gemeente).to.equal('');
    expect(currentAnswers(initialState).size).to.equal(0);
  });

  it('start needs a chosen gemeente, then shows the first statement', () => {
    expect(update(initialState, { type: 'start' })).to.equal(initialState);
    expect(inQuiz.screen).to.deep.equal({ name: 'quiz', step: 0 });
  });

  it('an answer is stored for the gemeente and moves on; the last one shows the result', () => {
    const s1 = update(inQuiz, answer(0, 's1'));
    expect(s1.screen).to.deep.equal({ name: 'quiz', step: 1 });
    expect(currentAnswers(s1).get('s1')).to.deep.equal({ answer: 'agree' });
    const done = [answer(1, 's2', 'skip'), answer(2, 's3')].reduce(update, s1);
    expect(done.screen).to.deep.equal({ name: 'result' });
    expect(currentAnswers(done).get('s2')).to.deep.equal({ answer: 'skip' });
  });

  it('ignores an answer for a step that is not shown (the second click of a double click)', () => {
    const s1 = update(inQuiz, answer(0, 's1'));
    expect(update(s1, answer(0, 's1', 'skip'))).to.equal(s1);
    expect(update(chosen, answer(0, 's1'))).to.equal(chosen);
  });

  it('never changes the value it was given', () => {
    const before = inQuiz;
    const snapshot = JSON.stringify({ ...before, answers: [...before.answers], openParties: [...before.openParties] });
    update(before, answer(0, 's1'));
    update(before, { type: 'toggle-important', statement: 's1' });
    update(before, { type: 'toggle-party', party: 'p1' });
    expect(JSON.stringify({ ...before, answers: [...before.answers], openParties: [...before.openParties] })).to.equal(snapshot);
  });

  it('toggle important flips the flag and keeps the answer and the screen', () => {
    const s = [answer(0, 's1'), { type: 'toggle-important', statement: 's1' } as Action].reduce(update, inQuiz);
    expect(currentAnswers(s).get('s1')).to.deep.equal({ answer: 'agree', important: true });
    expect(s.screen).to.deep.equal({ name: 'quiz', step: 1 });
    expect(currentAnswers(update(s, { type: 'toggle-important', statement: 's1' })).get('s1')!.important).to.equal(false);
  });

  it('previous walks back: result to the last statement, statement to statement, the first to home', () => {
    const result = update(inQuiz, { type: 'show-result' });
    const last = update(result, { type: 'previous', total: 3 });
    expect(last.screen).to.deep.equal({ name: 'quiz', step: 2 });
    expect(update(last, { type: 'previous', total: 3 }).screen).to.deep.equal({ name: 'quiz', step: 1 });
    expect(update(inQuiz, { type: 'previous', total: 3 }).screen).to.deep.equal({ name: 'home' });
  });

  it('keeps answers per gemeente: another gemeente starts empty, coming back finds them', () => {
    const answered = update(inQuiz, answer(0, 's1'));
    const other = update(answered, { type: 'choose', gemeente: 'GM0002' });
    expect(currentAnswers(other).size).to.equal(0);
    const back = update(other, { type: 'choose', gemeente: 'GM0001' });
    expect(currentAnswers(back).get('s1')).to.deep.equal({ answer: 'agree' });
  });

  it("home keeps the answers; restart clears only this gemeente's answers and the open parties", () => {
    const answered: ReaderState = [answer(0, 's1'), { type: 'toggle-party', party: 'p1' } as Action].reduce(update, inQuiz);
    const home = update(answered, { type: 'home' });
    expect(home.screen).to.deep.equal({ name: 'home' });
    expect(currentAnswers(home).size).to.equal(1);
    const elsewhere = update(update(answered, { type: 'choose', gemeente: 'GM0002' }), { type: 'start' });
    const withTwo = update(update(elsewhere, answer(0, 'x1')), { type: 'choose', gemeente: 'GM0001' });
    const restarted = update(withTwo, { type: 'restart' });
    expect(restarted.screen).to.deep.equal({ name: 'home' });
    expect(currentAnswers(restarted).size).to.equal(0);
    expect(restarted.answers.get('GM0002')!.get('x1')).to.deep.equal({ answer: 'agree' });
    expect(restarted.openParties.size).to.equal(0);
  });

  it('restart closes the open verdict cell', () => {
    const open = update(update(chosen, { type: 'show-verdict' }), { type: 'toggle-cell', cell: 'p1/opvang' });
    expect(update(open, { type: 'restart' }).openCell).to.equal('');
  });

  it('toggle party opens and closes one comparison; choosing a gemeente closes them all', () => {
    const open = update(chosen, { type: 'toggle-party', party: 'p1' });
    expect([...open.openParties]).to.deep.equal(['p1']);
    expect(update(open, { type: 'toggle-party', party: 'p1' }).openParties.size).to.equal(0);
    expect(update(open, { type: 'choose', gemeente: 'GM0002' }).openParties.size).to.equal(0);
  });

  it('reset (another data set) goes home and forgets the gemeente and every answer', () => {
    const s = update(update(inQuiz, answer(0, 's1')), { type: 'reset' });
    expect(s.screen).to.deep.equal({ name: 'home' });
    expect(s.gemeente).to.equal('');
    // Another data set may reuse the code GM0001 and the id s1 for another statement.
    expect(currentAnswers(update(s, { type: 'choose', gemeente: 'GM0001' })).size).to.equal(0);
    expect(s.answers.size).to.equal(0);
  });

  it('screenKey changes exactly when the screen does (the focus follows it)', () => {
    expect(screenKey({ name: 'quiz', step: 1 })).to.not.equal(screenKey({ name: 'quiz', step: 2 }));
    expect(screenKey({ name: 'result' })).to.equal(screenKey({ name: 'result' }));
    expect(screenKey({ name: 'home' })).to.not.equal(screenKey({ name: 'result' }));
  });
});

describe("reader state: the organisation's verdict (issue 11)", () => {
  it('show-verdict needs a chosen gemeente, then shows the verdict with no cell open', () => {
    expect(update(initialState, { type: 'show-verdict' })).to.equal(initialState);
    const v = update(update(chosen, { type: 'toggle-cell', cell: 'x' }), { type: 'show-verdict' });
    expect(v.screen).to.deep.equal({ name: 'verdict' });
    expect(v.openCell).to.equal('');
  });

  it('opens one cell at a time: another replaces it, the same one closes it', () => {
    const v = update(chosen, { type: 'show-verdict' });
    const a = update(v, { type: 'toggle-cell', cell: 'p1/opvang' });
    expect(a.openCell).to.equal('p1/opvang');
    expect(update(a, { type: 'toggle-cell', cell: 'p2/werk' }).openCell).to.equal('p2/werk');
    expect(update(a, { type: 'toggle-cell', cell: 'p1/opvang' }).openCell).to.equal('');
  });

  it('from the verdict: start begins the quiz, previous and home go back; another gemeente closes the cell', () => {
    const v = update(update(chosen, { type: 'show-verdict' }), { type: 'toggle-cell', cell: 'p1/opvang' });
    expect(update(v, { type: 'start' }).screen).to.deep.equal({ name: 'quiz', step: 0 });
    expect(update(v, { type: 'previous', total: 3 }).screen).to.deep.equal({ name: 'home' });
    expect(update(v, { type: 'home' }).screen).to.deep.equal({ name: 'home' });
    expect(update(v, { type: 'choose', gemeente: 'GM0002' }).openCell).to.equal('');
    expect(update(v, { type: 'reset' }).openCell).to.equal('');
    expect(screenKey(v.screen)).to.equal('verdict');
  });
});
