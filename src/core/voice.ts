import { baseLanguage } from './lang.js';

/** What the choice needs of a `SpeechSynthesisVoice`. */
export interface Voice {
  lang: string;
  localService: boolean;
}

/** The voice speaks `lang` (its base language: `nl-NL`, `nl_BE` and `nl` are Dutch). */
export const speaks = (voice: Voice, lang: string) => baseLanguage(voice.lang) === baseLanguage(lang);

/**
 * The voice to read a text in `lang`: a local one before one that is not, none if no voice
 * speaks it. A voice with `localService` false may send the text to a server to be spoken,
 * so a text that holds the reader's answers or result (political opinions) is given only to
 * a local voice: `readersOwn` then leaves the others out.
 */
export function voiceFor<V extends Voice>(voices: readonly V[], lang: string, readersOwn: boolean): V | undefined {
  const fit = voices.filter((v) => speaks(v, lang) && (v.localService || !readersOwn));
  return fit.find((v) => v.localService) ?? fit[0];
}
