import { describe, it } from 'node:test';
import { expect } from 'chai';
import { speaks, voiceFor } from '../../src/core/voice.js';

const remote = { name: 'remote nl', lang: 'nl-NL', localService: false };
const local = { name: 'local nl', lang: 'nl_BE', localService: true };
const english = { name: 'local en', lang: 'en-GB', localService: true };

describe('voiceFor: which voice reads a text', () => {
  it('a voice speaks its base language, whatever the region or separator', () => {
    expect(speaks(local, 'nl')).to.equal(true);
    expect(speaks(remote, 'NL')).to.equal(true);
    expect(speaks(english, 'nl')).to.equal(false);
  });

  it('prefers a local voice, in whatever order the browser lists them', () => {
    expect(voiceFor([remote, english, local], 'nl', false)).to.equal(local);
    expect(voiceFor([local, remote], 'nl', false)).to.equal(local);
  });

  it('takes a voice that is not local for public text when no local one speaks the language', () => {
    expect(voiceFor([remote, english], 'nl', false)).to.equal(remote);
  });

  it("never gives the reader's own answers or result to a voice that is not local", () => {
    expect(voiceFor([remote, english], 'nl', true)).to.equal(undefined);
    expect(voiceFor([remote, local], 'nl', true)).to.equal(local);
  });

  it('none when no voice speaks the language', () => {
    expect(voiceFor([remote, local], 'ar', false)).to.equal(undefined);
    expect(voiceFor([], 'nl', false)).to.equal(undefined);
  });
});
