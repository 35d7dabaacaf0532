/**
 * The lazy "details" chunk: what is behind an error's Details (src/ui/common/error-details.ts)
 * with its Dutch words, for site owners and data authors; fetched as an error is shown, so a
 * reader who meets no error never downloads it.
 */
export { errorDetails } from '../ui/common/error-details.js';
