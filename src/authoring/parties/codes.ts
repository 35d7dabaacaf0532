/**
 * Invitation codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so a party can type one from a printed letter. 31^12 ≈ 8·10^17 codes: guessing one of a
 * few thousand in use is hopeless. Case is forgiven on input; codes are stored upper case.
 */
export const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 12;
/** The shortest code accepted from a hand-edited uitnodigingen.csv. */
export const MIN_CODE_LENGTH = 10;

/** A fresh code; `randomInt(n)` is a uniform whole number below n from a cryptographic source (node:crypto randomInt). */
export function newCode(randomInt: (max: number) => number): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** A code as typed: trimmed, upper case. */
export const normaliseCode = (s: string) => s.trim().toUpperCase();

/** Whether a (normalised) code could have been made here. */
export const isCode = (s: string) => s.length >= MIN_CODE_LENGTH && s.length <= 64 && [...s].every((c) => ALPHABET.includes(c));

/** The same code, compared without an early exit, so the time taken does not tell how much of a guess was right. */
export function sameCode(a: string, b: string): boolean {
  let d = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) d |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return d === 0;
}
