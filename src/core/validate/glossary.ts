/** The optional `glossary` of the index and of a gemeente (docs/data-format.md, "Glossary"). */
import type { GlossaryEntry } from '../types.js';
import { child, defined, expected, isObj, localisedText, newCtx, perLanguage, report, type Ctx } from './blocks.js';

const MAX_GLOSSARY = 200;
const MAX_EXPLANATION = 1000;
/** Other forms per entry, and characters per form (the term too): each form is looked for in every text shown. */
const MAX_FORMS = 20;
const MAX_FORM = 100;

/**
 * The optional `glossary`: an aid to reading, so a bad entry is left out with a warning
 * and the stemhulp still works; past 200 entries the rest is ignored, reported once.
 */
export function glossary(c: Ctx, p: string, v: unknown): GlossaryEntry[] | undefined {
  if (v == null) return;
  if (!Array.isArray(v)) return expected(c, p, 'an array of {"term": …, "explanation": …}', v, '; ignored', true);
  if (v.length > MAX_GLOSSARY) report(c, p, `expected at most ${MAX_GLOSSARY} entries, found ${v.length}; the rest ignored`, true);
  const out: GlossaryEntry[] = [];
  v.slice(0, MAX_GLOSSARY).forEach((x, i) => {
    const q = child(p, i);
    const g = newCtx();
    if (!isObj(x)) expected(g, q, 'an object like {"term": …, "explanation": …}', x);
    else {
      const term = localisedText(g, child(q, 'term'), x.term, true)!;
      const e = child(q, 'explanation');
      const explanation = localisedText(g, e, x.explanation, true)!;
      for (const [k, s] of perLanguage(e, explanation)) if (s.length > MAX_EXPLANATION) report(g, k, `expected at most ${MAX_EXPLANATION} characters, found ${s.length}`);
      const { also: a } = x;
      const ap = child(q, 'also');
      // Past the limit the rest is not even read: a file may hold a million forms.
      if (Array.isArray(a) && a.length > MAX_FORMS) report(c, ap, `expected at most ${MAX_FORMS} other forms, found ${a.length}; the rest ignored`, true);
      const also = Array.isArray(a)
        ? a.slice(0, MAX_FORMS).map((f, j) => localisedText(g, child(ap, j), f, true)!)
        : a != null
          ? expected(g, ap, 'an array of other forms of the word, like ["azc\'s"]', a)
          : undefined;
      const forms = [[child(q, 'term'), term], ...(also ?? []).map((f, j) => [child(ap, j), f] as const)] as const;
      for (const [k, s] of forms.flatMap(([f, t]) => perLanguage(f, t)))
        if (s.length > MAX_FORM) report(g, k, `expected a word or a few, at most ${MAX_FORM} characters, found ${s.length}`);
      if (!g.e.length) out.push(defined({ term, explanation, also: also?.length ? also : undefined }));
    }
    for (const w of g.w) report(c, w.path, w.message, true);
    for (const f of g.e) report(c, f.path, f.message + '; entry ignored', true);
  });
  return out;
}
