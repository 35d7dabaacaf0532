/**
 * The lazy "share" chunk, fetched with the result: `Deel je uitslag` (making the link and
 * handing it over, here so that the share sheet opens within the tap), `Print je
 * uitslag`, and the notice above a shared result. Reading a link is in the link chunk,
 * the card in the stemkaart chunk.
 */
import { nothing } from 'lit';
import type { ExtrasDeps, ExtrasHost } from './contract.js';
import { loadLanguage, stringsFor } from '../i18n/index.js';
import type { verdictScore } from '../core/verdict.js';
import { currentAnswers, hiddenParties, type ReaderState } from '../state/state.js';
import type { ResultModel } from '../ui/result/result.js';
import { shareUrl } from '../core/share-link.js';
import { actionsView, badLinkNotice, handOver, sharedNotice, shareStrings, type ShareStatus } from '../ui/share/buttons.js';

export { styles } from '../ui/share/buttons.js';

/** A chunk that fails to load leaves things as they are: the result stands without it. */
const none = (): unknown => nothing;

/** The buttons and what they do. */
export class Runtime {
  /** The last hand-over's outcome, shown while the reader's state is the one it was made of. */
  private status?: { of: ReaderState; value: ShareStatus };
  private printing = false;
  /** The language of the last render, for the share sheet's title. */
  private lang = 'nl';

  constructor(
    private readonly host: ExtrasHost & { share?: string },
    private readonly deps: ExtrasDeps,
  ) {}

  private readonly share = async () => {
    const of = this.deps.reader();
    const hidden = [...hiddenParties(of)];
    const link = shareUrl(location.href, { gemeente: of.gemeente, answers: currentAnswers(of), hidden });
    this.status = { of, value: await handOver(link, shareStrings(this.lang).shareTitle) };
    this.host.requestUpdate();
  };

  private readonly print = async () => {
    const { printStemkaart, words } = await this.deps.lazy.load('card');
    // The card in another language than Dutch needs its words, in the language's parts chunk, before it is printed.
    await loadLanguage(this.lang, words);
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    printStemkaart(this.host, () => {
      this.printing = false;
      this.host.requestUpdate();
    });
  };

  /** With `model`: the buttons below the result, and the card while it prints. Without: the notice above the screen. */
  render(lang: string, model?: ResultModel, verdict?: typeof verdictScore) {
    this.lang = lang;
    if (!model || !verdict) return this.notice(lang);
    if (!model.results) return nothing;
    const { lazy, data } = this.deps;
    const status = this.status?.of === this.deps.reader() ? this.status.value : { kind: 'idle' as const };
    const share = this.host.share !== 'off' && !this.host.hasAttribute('kiosk');
    const index = data.index?.state === 'ready' ? data.index.value.index : undefined;
    const results = model.results;
    // The paper shows the parties the reader chose under Kies partijen, as the result does.
    const hidden = hiddenParties(this.deps.reader());
    return [
      actionsView({ share, status, onShare: this.share, onPrint: this.print }, lang),
      this.printing && index
        ? lazy.render(
            'card',
            (c) => c.stemkaartView(c.stemkaartModel(index, model.gemeenteName, model.statements, results, model.answers, lang, model.verdicts, hidden), stringsFor(lang), lang),
            none,
            lang,
          )
        : nothing,
    ];
  }

  /**
   * Above a result opened from a link, while it shows exactly the answers the link gave
   * (every change of an answer, Belangrijk or a restart makes a new map): whose result it
   * is. On the start screen: a link of ours that could not be read.
   */
  private notice(lang: string) {
    const r = this.deps.reader();
    if (r.screen.name === 'result' && r.shared && currentAnswers(r) === r.shared) {
      return sharedNotice(lang, () => this.deps.dispatch({ type: 'restart' }));
    }
    return r.badLink && r.screen.name === 'home' ? badLinkNotice(lang) : nothing;
  }
}
