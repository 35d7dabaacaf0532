export type AdversarialKind = 'badCodes' | 'longArrays' | 'missingPositions' | 'hugeValues' | 'longStrings' | 'glossaryForms' | 'blankNames' | 'manyLinks';
/** Each kind: a data file of about `bytes` of JSON, built to make a validator slow. */
export const adversarialKinds: Record<AdversarialKind, (bytes: number) => Record<string, unknown>>;
export function adversarial(kind: AdversarialKind, bytes: number): Record<string, unknown>;
/** Each kind: a data file's text of about `bytes`, which no JSON value stringifies to (e.g. nested a million levels deep). */
export const adversarialTexts: Record<'nesting', (bytes: number) => string>;
