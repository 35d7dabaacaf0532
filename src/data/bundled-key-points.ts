/** The bundled speerpunten (src/core/bundled-key-points.ts, where the data tools read them too). */
export { bundledKeyPoints } from '../core/bundled-key-points.js';
