/**
 * The screens, one row each: everything the element knows of a screen is here, so a new
 * screen is its row, its folder under src/ui/ (with its thin entry in src/chunks/ when it is
 * lazy), its slice in src/state/ (its member of `Screen` and the actions that lead to it)
 * and its test. A row holds:
 *
 * - `chunk`: the lazy chunk that draws it, a literal import() (Rollup bundles only those);
 *   none for a screen the main file draws;
 * - `focus`: where focus goes when the reader's own action brings them here (what a screen
 *   reader should read next; kept until it exists, see focus-controller.ts);
 * - `prefetch`: the chunks fetched ahead while the screen shows, a fifth of a second after
 *   its render (the task that draws it should not carry their imports; screens.ts);
 * - `render`: the screen, given its chunk once that is there (screens.ts shows the chunk's
 *   error with "Probeer opnieuw" or the gemeente still loading instead).
 *
 * Checked against `Screen` both ways: a screen without a row, or a row for no screen, does
 * not compile. The chunks that are no screen's (the result's tools, sharing, a share link,
 * the card, kiosk mode, *Mag ik stemmen?*, reading aloud, validation, a language file from the data, the
 * speerpunten's full texts, an error's Details) are listed below the rows' type, in `parts`; lazy.ts
 * loads them all by name (`chunkOf`).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type * as quiz from '../chunks/quiz.js';
import type * as result from '../chunks/result.js';
import type * as verdict from '../chunks/verdict.js';
import { localise } from '../core/text.js';
import type { DataController } from '../data/data-controller.js';
import type { LoadError, LoadedIndex, LoadedGemeente } from '../data/load.js';
import type { verdictScore } from '../core/verdict.js';
import type { InterfaceWord, Strings } from '../i18n/types.js';
import type { KeyPoint } from '../core/types.js';
import { bundledKeyPoints } from '../data/bundled-key-points.js';
import type { Action, ReaderState, Screen } from '../state/state.js';
import { externalLink, gemeenteErrorBox } from '../ui/common/common.js';
import type { ResultModel } from '../ui/result/result.js';
import { keyPointsView } from '../ui/start/key-points.js';
import { wordDisclosure } from '../ui/common/words.js';
import { startSection, type StartSectionProps } from '../ui/start/start.js';
import type { Derived } from './derive.js';
import type { StemhulpCompleteDetail } from './events.js';

/** What a row is given to draw its screen: the element's parts, and this render's values. */
export interface ScreenContext {
  host: HTMLElement & ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; src?: string; gemeente?: string; eventScores: boolean };
  data: DataController;
  /** The lazy chunks (lazy.ts), for what a row draws from another's: the result's undo notice on home, the result's tools. */
  lazy: Loader;
  derived: Derived;
  /** Sharing (extras.ts, not imported: it loads chunks named here): the share chunk's buttons below the result. */
  extras: { render(name: 'share', lang: string, model: ResultModel, verdict: typeof verdictScore): unknown; render(name: 'vote', lang: string): unknown };
  reader: ReaderState;
  dispatch: (action: Action) => void;
  /** The index, once loaded (always there after home: those screens are drawn only with it). */
  index?: LoadedIndex;
  /** The chosen gemeente's content, once loaded (always there after home, as the index). */
  m: LoadedGemeente;
  t: Strings;
  lang: string;
  /** What the start screen's picker and buttons do. */
  start: Pick<StartSectionProps, 'onChoose' | 'onStart' | 'onRetry' | 'onVerdict' | 'onVote'>;
  /** *Mag ik stemmen?* was opened: its check (the vote chunk's, in extras.ts) is drawn inside the disclosure. */
  vote: () => boolean;
  /** A result is drawn: the host is told (`stemhulp-complete`, with `detail()`) once per arrival at the result. */
  complete: (detail: () => StemhulpCompleteDetail | undefined) => void;
  /** The usual error with "Probeer opnieuw" for a chunk that failed, and the way back. */
  failed: (retry: () => void, error: unknown) => unknown;
  /** What is behind an error's Details, from the details chunk (nothing while it comes). */
  details: (error: LoadError) => unknown;
}

/** What a row uses of the lazy chunks (lazy.ts's LazyViews, not imported: it loads the chunks named here). */
interface Loader {
  loaded<N extends ChunkName>(name: N): Awaited<ReturnType<Chunks[N]>> | undefined;
  render<N extends ChunkName, R>(name: N, view: (chunk: Awaited<ReturnType<Chunks[N]>>) => R, failed: (retry: () => void, error: unknown) => R, lang?: string): R | typeof nothing;
}

/** The chosen gemeente's name in the UI language. */
export const gemeenteName = (x: ScreenContext) => localise(x.data.entry(x.reader.gemeente)?.name, x.lang);

/** The chosen gemeente's file failed: which one, what went wrong, and a retry. */
export function gemeenteError(x: ScreenContext) {
  const m = x.data.gemeente;
  return m?.state === 'error' ? gemeenteErrorBox(x.t, gemeenteName(x), m.error, () => x.data.choose(m.code), x.details) : nothing;
}

/**
 * *Moeilijke woorden* for the interface's own words `ids`, from the quiz chunk, which holds
 * their explanations (src/ui/quiz/words.ts); nothing until it is there (the result's *Hoe
 * werkt dit?* is closed at first, and the quiz chunk came before the result).
 */
const words = (x: ScreenContext) => (ids: readonly InterfaceWord[], where: string) =>
  x.lazy.render(
    'quiz',
    (c): unknown => c.wordsView(ids, where, { open: x.reader.openTerms, dispatch: x.dispatch }, x.t, x.lang),
    () => nothing,
  );

/**
 * "Moeilijke woorden: speerpunt" under *Onze speerpunten*: the explanation from the quiz chunk
 * once it is there; opening it fetches the chunk (a page with only the speerpunten never did).
 */
const speerpunt = (x: ScreenContext) => {
  const quiz = () =>
    x.lazy.render(
      'quiz',
      (c): unknown => c.wordExplained('speerpunt', x.lang),
      () => nothing,
    );
  return wordDisclosure('speerpunt', x.t, x.lang, x.lazy.loaded('quiz') && quiz(), quiz);
};

/**
 * A bundled speerpunt's full text where it has none here (in Dutch: the titles are in the main
 * file, the texts in the key-points chunk). Asked for as the cards are first drawn, so it is
 * there before a reader opens one; a card opened sooner says it is loading. A failed load says
 * so inside the card with "Probeer opnieuw": a quiet line, not an alert (the cards are closed,
 * and focus goes to a screen's error, never into a card).
 */
const bundledBody = (x: ScreenContext) => (kp: KeyPoint) => {
  if (!bundledKeyPoints.includes(kp)) return undefined;
  const body = x.lazy.render(
    'keyPoints',
    (c): unknown => c.keyPointBody(kp.id, x.lang),
    // No form around the cards: a plain button submits nothing.
    (retry) => html`<p>${x.t.errorChunk} <button class="secondary" @click=${retry}>${x.t.retry}</button></p>`,
  );
  return body === nothing ? html`<p>${x.t.loading}</p>` : body;
};

/** A screen's row: see the file's comment. `C` is what its chunk exports. */
export interface Row<C = never> {
  chunk?: () => Promise<C>;
  focus: string;
  prefetch?: (x: ScreenContext) => readonly (keyof typeof parts | Screen['name'] | false)[];
  render: (x: ScreenContext, chunk: C) => unknown;
}

/**
 * The lazy chunks that are no screen's, one line each, each an entry in src/chunks/: what
 * most readers reach later (or never) lives in its own file, fetched when it is likely to be
 * needed. An explicit map, because Rollup bundles only literal import()s. The classic bundle
 * inlines them all, and the screens' chunks too.
 */
export const parts = {
  tools: () => import('../chunks/tools.js'),
  share: () => import('../chunks/share.js'),
  link: () => import('../chunks/link.js'),
  card: () => import('../chunks/card.js'),
  kiosk: () => import('../chunks/kiosk.js'),
  vote: () => import('../chunks/vote.js'),
  read: () => import('../chunks/read.js'),
  validate: () => import('../chunks/validate.js'),
  keyPoints: () => import('../chunks/key-points.js'),
  details: () => import('../chunks/details.js'),
  language: () => import('../chunks/language.js'),
};

export const screens = {
  /** The speerpunten and "Doe de stemhulp": drawn by the main file, also without data. */
  home: {
    // After `Opnieuw beginnen`, its `Ongedaan maken` (first in the page) before the start button.
    focus: '#undo, [part~="start"]',
    // A reader who can start the quiz finds it there, fetched while they read or choose; the
    // verdict's table once a gemeente is chosen (its button appears then).
    prefetch: (x) => [!!x.index && 'quiz', !!x.reader.gemeente && 'verdict'],
    render: (x): unknown => {
      const { host, data, derived, reader, index, t, lang } = x;
      const org = index?.index.organisation;
      const model = () => derived.start(data.index, host.gemeente, data.entry(host.gemeente ?? ''), reader, lang);
      return html`${keyPointsView(derived.keyPoints(index, lang), t, lang, speerpunt(x), index?.index.links.reading, bundledBody(x))}
      ${org ? html`<p class="note">${externalLink(org.url, t.source(localise(org.name, lang)), true)}</p>` : nothing}
      ${
        reader.undo
          ? x.lazy.render(
              'result',
              (c): unknown => c.undoNotice(t, x.dispatch),
              () => nothing,
            )
          : nothing
      }
      ${host.src ? startSection({ ...model(), ...x.start, vote: x.vote() && x.extras.render('vote', lang), details: x.details }, gemeenteError(x), t, lang) : nothing}`;
    },
  },
  /** The organisation's verdict per party, from the start screen. */
  verdict: {
    chunk: () => import('../chunks/verdict.js'),
    focus: '#verdict-heading',
    render: (x, c: typeof verdict): unknown =>
      c.verdictScreen(
        { ...x.derived.of(c.verdictModels)(x.index!, x.m, gemeenteName(x), !!x.host.gemeente, x.reader, x.lang, x.derived.keyPoints(x.index, x.lang)), dispatch: x.dispatch },
        x.t,
        x.lang,
      ),
  },
  /** A statement. */
  quiz: {
    chunk: () => import('../chunks/quiz.js'),
    focus: '#statement-text',
    // The result (and its share buttons, so nothing below it moves when they arrive) an answer later at the earliest.
    prefetch: () => ['result', 'share'],
    render: (x, c: typeof quiz): unknown => {
      const { reader, lang } = x;
      const model = x.derived.of(c.quizModels)(x.index!, x.m, (reader.screen as { step: number }).step, reader, x.derived.keyPoints(x.index, lang));
      return c.quizView({ ...model, dispatch: x.dispatch }, x.t, lang);
    },
  },
  /** The result, with its tools and the share buttons below it. */
  result: {
    chunk: () => import('../chunks/result.js'),
    focus: '#result-heading',
    render: (x, c: typeof result): unknown => {
      const { reader, lang, m } = x;
      const model = x.derived.of(c.resultModels)(x.index!, m, gemeenteName(x), reader, lang, x.derived.keyPoints(x.index, lang));
      x.complete(() => x.derived.completeDetail(model.results, reader.gemeente, lang, x.host.eventScores));
      const screen = c.resultScreen(
        { model, state: reader, content: m.content, dispatch: x.dispatch, host: x.host, tools: (v) => x.lazy.render('tools', v, x.failed, lang), words: words(x) },
        x.t,
        lang,
      );
      return html`${screen} ${x.extras.render('share', lang, model, c.verdictScore)}`;
    },
  },
} satisfies { [N in Screen['name']]: Row<any> };

/** The screens' chunks, by the screen's name. */
type ScreenChunks = { [N in keyof typeof screens as (typeof screens)[N] extends { chunk: unknown } ? N : never]: (typeof screens)[N] extends { chunk: infer C } ? C : never };
/** Every lazy chunk by name, each an import(): the screens' and the others. */
export type Chunks = typeof parts & ScreenChunks;
export type ChunkName = keyof Chunks;

/** A chunk's import() by its name: a screen's from its row, the others' from `parts`. Read at each load, so a test may replace one. */
export const chunkOf = (name: ChunkName): (() => Promise<object>) => (name in parts ? parts[name as keyof typeof parts] : screens[name as keyof ScreenChunks].chunk);
