/** *Mag ik stemmen?*: every outcome of the four questions (Kieswet art. B3). */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { asksResidence, eligibility, type EligibilityAnswers } from '../../src/core/eligibility.js';

const here: EligibilityAnswers = { age: 'yes', lives: 'yes' };

describe('eligibility', () => {
  it('a Dutch reader of 18 or older living in the gemeente may vote', () => {
    expect(eligibility({ ...here, nationality: 'nl' })).to.deep.equal({ kind: 'yes' });
  });

  it('a citizen of another EU country of 18 or older living there may vote, without the residence question', () => {
    expect(asksResidence({ nationality: 'eu' })).to.equal(false);
    expect(eligibility({ ...here, nationality: 'eu' })).to.deep.equal({ kind: 'yes' });
    // A residence answer left from another nationality does not count for an EU citizen.
    expect(eligibility({ ...here, nationality: 'eu', residence: 'no' })).to.deep.equal({ kind: 'yes' });
  });

  it('another nationality with five years or more with a permit may vote', () => {
    expect(asksResidence({ nationality: 'other' })).to.equal(true);
    expect(eligibility({ ...here, nationality: 'other', residence: 'yes' })).to.deep.equal({ kind: 'yes' });
  });

  it('another nationality without the residence answer is still open', () => {
    expect(eligibility({ ...here, nationality: 'other' })).to.deep.equal({ kind: 'open' });
  });

  it('three years with a permit, or in the asylum procedure (both answer nee): not yet, because of the residence', () => {
    expect(eligibility({ ...here, nationality: 'other', residence: 'no' })).to.deep.equal({ kind: 'not-yet', reasons: ['residence'] });
    // Said at once, before the other questions are answered.
    expect(eligibility({ nationality: 'other', residence: 'no' })).to.deep.equal({ kind: 'not-yet', reasons: ['residence'] });
  });

  it('under 18 on election day: not yet, said at once, with every reason that applies', () => {
    expect(eligibility({ age: 'no' })).to.deep.equal({ kind: 'not-yet', reasons: ['age'] });
    expect(eligibility({ ...here, age: 'no', nationality: 'nl' })).to.deep.equal({ kind: 'not-yet', reasons: ['age'] });
    expect(eligibility({ age: 'no', lives: 'yes', nationality: 'other', residence: 'no' })).to.deep.equal({ kind: 'not-yet', reasons: ['age', 'residence'] });
  });

  it('not living in this gemeente: elsewhere, unless not yet anyway', () => {
    expect(eligibility({ lives: 'no' })).to.deep.equal({ kind: 'elsewhere' });
    expect(eligibility({ age: 'yes', lives: 'no', nationality: 'nl' })).to.deep.equal({ kind: 'elsewhere' });
    expect(eligibility({ age: 'unsure', lives: 'no' })).to.deep.equal({ kind: 'elsewhere' });
    expect(eligibility({ age: 'no', lives: 'no' })).to.deep.equal({ kind: 'not-yet', reasons: ['age'] });
  });

  it('Weet ik niet on any question that applies: unsure, once all are answered', () => {
    expect(eligibility({ age: 'unsure', lives: 'yes', nationality: 'nl' })).to.deep.equal({ kind: 'unsure' });
    expect(eligibility({ age: 'yes', lives: 'unsure', nationality: 'eu' })).to.deep.equal({ kind: 'unsure' });
    expect(eligibility({ ...here, nationality: 'other', residence: 'unsure' })).to.deep.equal({ kind: 'unsure' });
    expect(eligibility({ age: 'unsure' })).to.deep.equal({ kind: 'open' });
  });

  it('nothing answered, or only some: open', () => {
    expect(eligibility({})).to.deep.equal({ kind: 'open' });
    expect(eligibility(here)).to.deep.equal({ kind: 'open' });
    expect(eligibility({ age: 'yes', nationality: 'nl' })).to.deep.equal({ kind: 'open' });
  });
});
