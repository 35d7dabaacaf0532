/**
 * What the main file's views show that is computed from the data, the language and the
 * reader's state, memoised: a render that changes nothing of these (a focus move, an
 * opened comparison) recomputes nothing. Views receive these view models, never the data
 * format's `Index`. A lazy screen's models come with its chunk (ui/quiz/model.ts,
 * ui/verdict/model.ts, ui/result/model.ts), made per element by `of`.
 */
import type { Load } from '../data/data-controller.js';
import type { LoadedIndex } from '../data/load.js';
import { bundledKeyPoints } from '../data/bundled-key-points.js';
import { localise, pick } from '../core/text.js';
import type { KeyPoint, MunicipalityEntry } from '../core/types.js';
import type { StemhulpCompleteDetail } from './events.js';
import { translateKeyPoints } from '../i18n/index.js';
import type { PartyScore } from '../core/match.js';
import { memo } from '../lib/memo.js';
import type { ReaderState } from '../state/state.js';

/** One per element: each memo remembers its own last inputs. */
export class Derived {
  /** The index's speerpunten, or the bundled ones, in the UI language. */
  readonly keyPoints = memo((index: LoadedIndex | undefined, lang: string): readonly KeyPoint[] =>
    translateKeyPoints(index?.index.keyPoints ?? bundledKeyPoints, bundledKeyPoints, lang),
  );

  /**
   * The gemeenten in the picker's order: by displayed name in the UI language. Each name is
   * looked up once, not in every comparison (342 gemeenten: about 3,000 comparisons).
   */
  readonly gemeenten = memo((index: LoadedIndex | undefined, lang: string): readonly MunicipalityEntry[] => {
    if (!index) return [];
    const { compare } = new Intl.Collator(lang);
    return index.index.municipalities
      .map((m) => [localise(m.name, lang), m] as const)
      .sort((a, b) => compare(a[0], b[0]))
      .map(([, m]) => m);
  });

  /**
   * The picker's options, as plain DOM: a clone and three bindings for each of 342 Lit
   * templates were most of a long task at 4× CPU. `new Option` sets the name as text, as
   * a binding does. Per element: a node is in one select only.
   */
  readonly options = memo((list: readonly MunicipalityEntry[], lang: string) => list.map((m) => new Option(localise(m.name, lang), m.code)));

  /** A lazy screen's own models for this element, made once by `make` (which comes with its chunk): their memos are this element's. */
  of<T>(make: () => T): T {
    let made = this.made.get(make) as T | undefined;
    if (!made) this.made.set(make, (made = make()));
    return made;
  }
  private readonly made = new Map<unknown, unknown>();

  /** The start section: the index while it loads or failed, the sorted picker, a preset or an unknown code. */
  start(idx: Load<LoadedIndex> | undefined, code: string | undefined, preset: MunicipalityEntry | undefined, state: ReaderState, lang: string) {
    return {
      index: idx?.state === 'ready' ? undefined : (idx ?? { state: 'loading' as const }),
      // A preset shows its start button only: no picker to sort for.
      options: preset ? [] : this.options(this.gemeenten(idx?.state === 'ready' ? idx.value : undefined, lang), lang),
      chosen: state.gemeente,
      preset,
      unknownPreset: code && !preset && !state.gemeente ? code : undefined,
    };
  }

  /** The `stemhulp-complete` detail, never the answers; the scores only `withScores` (`event-scores`), as they give the answers away. */
  completeDetail(results: PartyScore[] | undefined, gemeente: string, lang: string, withScores: boolean): StemhulpCompleteDetail | undefined {
    return (
      results && {
        municipality: gemeente,
        ...(withScores && { results: results.map(({ party, score }) => ({ party: party.id, name: pick(party.name, lang).value, score })) }),
      }
    );
  }
}
