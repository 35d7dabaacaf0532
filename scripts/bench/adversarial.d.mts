export type AdversarialKind = 'badCodes' | 'longArrays' | 'missingPositions' | 'hugeValues' | 'longStrings' | 'glossaryForms';
/** Each kind: a data file of about `bytes` of JSON, built to make a validator slow. */
export const adversarialKinds: Record<AdversarialKind, (bytes: number) => Record<string, unknown>>;
export function adversarial(kind: AdversarialKind, bytes: number): Record<string, unknown>;
