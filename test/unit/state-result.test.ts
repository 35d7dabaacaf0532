/** The reader state's actions for acting on the result (issue 12): pure, no page. */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { currentAnswers, hiddenParties, initialState, inject, resultTools, update, type Action, type ReaderState } from '../../src/state/state.js';
import { resultSlice } from '../../src/state/result.js';
import { toolsSlice } from '../../src/state/tools.js';

// What the result and tools chunks do as they load.
inject(resultSlice);
inject(toolsSlice);

const run = (s: ReaderState, ...actions: Action[]) => actions.reduce(update, s);
const answer = (step: number, statement: string): Action => ({ type: 'answer', step, statement, answer: 'agree', total: 2 });
/** GM0001, both statements answered Eens, on the result. */
const result = run(initialState, { type: 'choose', gemeente: 'GM0001' }, { type: 'start' }, answer(0, 's1'), answer(1, 's2'));

describe('reader state on the result', () => {
  it('is on the result with two answers', () => {
    expect(result.screen).to.deep.equal({ name: 'result' });
    expect(currentAnswers(result).size).to.equal(2);
  });

  it('toggle-shown unchecks and checks a party, per gemeente, and records the change', () => {
    const off = update(result, { type: 'toggle-shown', party: 'p1' });
    expect([...hiddenParties(off)]).to.deep.equal(['p1']);
    expect(resultTools(off).lastChange).to.deep.equal({ kind: 'party', party: 'p1', on: false });
    const on = update(off, { type: 'toggle-shown', party: 'p1' });
    expect(hiddenParties(on).size).to.equal(0);
    expect(resultTools(on).lastChange).to.deep.equal({ kind: 'party', party: 'p1', on: true });
    // Another gemeente has its own choice; coming back finds this one.
    const other = update(off, { type: 'choose', gemeente: 'GM0002' });
    expect(hiddenParties(other).size).to.equal(0);
    expect([...hiddenParties(update(other, { type: 'choose', gemeente: 'GM0001' }))]).to.deep.equal(['p1']);
  });

  it('the party choice survives tuning and a trip back into the quiz', () => {
    const s = run(
      result,
      { type: 'toggle-shown', party: 'p1' },
      { type: 'tune-answer', statement: 's1', answer: 'disagree' },
      { type: 'previous', total: 2 },
      { type: 'show-result' },
    );
    expect([...hiddenParties(s)]).to.deep.equal(['p1']);
  });

  it('tune-answer changes the answer in place, keeps Belangrijk and the screen', () => {
    const s = run(result, { type: 'tune-important', statement: 's1' }, { type: 'tune-answer', statement: 's1', answer: 'skip' });
    expect(currentAnswers(s).get('s1')).to.deep.equal({ answer: 'skip', important: true });
    expect(s.screen).to.deep.equal({ name: 'result' });
    expect(resultTools(s).lastChange).to.deep.equal({ kind: 'answer', statement: 's1', answer: 'skip' });
  });

  it('tune-important flips Belangrijk and says which way', () => {
    const on = update(result, { type: 'tune-important', statement: 's2' });
    expect(currentAnswers(on).get('s2')).to.deep.equal({ answer: 'agree', important: true });
    expect(resultTools(on).lastChange).to.deep.equal({ kind: 'important', statement: 's2', on: true });
    expect(resultTools(update(on, { type: 'tune-important', statement: 's2' })).lastChange).to.deep.equal({ kind: 'important', statement: 's2', on: false });
  });

  it('tuning is only for the result screen', () => {
    const quiz = run(result, { type: 'previous', total: 2 });
    expect(update(quiz, { type: 'tune-answer', statement: 's1', answer: 'disagree' })).to.equal(quiz);
    expect(update(quiz, { type: 'tune-important', statement: 's1' })).to.equal(quiz);
  });

  it('toggle-side keeps the order chosen and refuses a fourth party', () => {
    const three = run(result, ...['c', 'a', 'b'].map((party): Action => ({ type: 'toggle-side', party })));
    expect(resultTools(three).sideBySide).to.deep.equal(['c', 'a', 'b']);
    expect(update(three, { type: 'toggle-side', party: 'd' })).to.equal(three);
    expect(resultTools(update(three, { type: 'toggle-side', party: 'a' })).sideBySide).to.deep.equal(['c', 'b']);
  });

  it('toggle-tool opens and closes a disclosure; choosing another gemeente closes them', () => {
    const open = run(result, { type: 'toggle-tool', tool: 'tune' }, { type: 'toggle-tool', tool: 'stances:s1' });
    expect([...resultTools(open).open]).to.deep.equal(['tune', 'stances:s1']);
    expect([...resultTools(update(open, { type: 'toggle-tool', tool: 'tune' })).open]).to.deep.equal(['stances:s1']);
    expect(resultTools(update(open, { type: 'choose', gemeente: 'GM0002' })).open.size).to.equal(0);
  });

  describe('restart and undo', () => {
    const chosen = run(result, { type: 'toggle-shown', party: 'p1' });
    const restarted = update(chosen, { type: 'restart-with-undo' });

    it('plain restart (a kiosk starting over) keeps nothing to undo, and forgets a pending undo', () => {
      expect(update(chosen, { type: 'restart' }).undo).to.equal(undefined);
      expect(update(restarted, { type: 'restart' }).undo).to.equal(undefined);
      expect(hiddenParties(update(chosen, { type: 'restart' })).size).to.equal(0);
    });

    it('restart clears the answers and the party choice, and keeps them for undo', () => {
      expect(restarted.screen).to.deep.equal({ name: 'home' });
      expect(currentAnswers(restarted).size).to.equal(0);
      expect(hiddenParties(restarted).size).to.equal(0);
      expect(restarted.undo?.answers.size).to.equal(2);
    });

    it('undo brings back answers and party choice, on the result', () => {
      const back = update(restarted, { type: 'undo' });
      expect(back.screen).to.deep.equal({ name: 'result' });
      expect(currentAnswers(back)).to.equal(currentAnswers(chosen));
      expect([...hiddenParties(back)]).to.deep.equal(['p1']);
      expect(back.undo).to.equal(undefined);
      expect(update(back, { type: 'undo' })).to.equal(back);
    });

    it('the undo stays, with no time limit, until the reader does anything else (issue 21)', () => {
      // Every other action, from the start screen or anywhere, drops it: then the answers are really gone.
      const others: Action[] = [
        { type: 'start' },
        { type: 'choose', gemeente: 'GM0002' },
        { type: 'show-verdict' },
        { type: 'home' },
        { type: 'toggle-term', term: 'g0-0-1' },
        { type: 'previous', total: 2 },
        { type: 'reset' },
        { type: 'clear', gemeente: '' },
      ];
      for (const a of others) expect(update(restarted, a).undo, a.type).to.equal(undefined);
      expect(update(restarted, { type: 'undo' }).undo).to.equal(undefined);
    });

    it('a second Opnieuw beginnen keeps the newest answers for undo', () => {
      const again = run(restarted, { type: 'undo' }, { type: 'restart-with-undo' });
      expect(again.undo!.answers).to.equal(currentAnswers(chosen));
    });

    it('nothing to undo after restarting with no answers', () => {
      expect(run(restarted, { type: 'restart-with-undo' }).undo).to.equal(undefined);
    });
  });
});
