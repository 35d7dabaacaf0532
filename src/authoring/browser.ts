/** What demo/gegevens.html needs: the same import and checks as the CLI, for files dropped in a browser. */
export { importSheets, type InputFile, type ImportResult } from './import.js';
export { checkJson, type Read, type Reader } from './check.js';
export { formatPlace, formatProblem, hasErrors, type SheetProblem, type Place } from './problems.js';
export { verdictNotice } from './verdict-notes.js';
export { jsonDepth, MAX_DEPTH } from '../core/json-depth.js';
export { status, gemeenteStatusText, statusTotal, keyPointTitles } from './parties/status.js';
