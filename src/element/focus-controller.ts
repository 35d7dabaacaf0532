import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { screenKey, type Screen } from '../state/state.js';
import { screens } from './screen-table.js';

/** Back from the verdict: to the button that opened it, where the reader left off. */
const backFromVerdict = '[part~="verdict-button"]';

/**
 * Moves focus when the reader's own action changes the screen, to its row's `focus` in the
 * screen table (screen-table.ts), after the render that
 * shows it. The target is kept until it exists: Start pressed while the gemeente still
 * loads focuses its first statement once that is drawn. A screen that could not be drawn
 * (a failed chunk or gemeente file) focuses its error once instead of leaving focus on
 * <body>; the target still follows when "Probeer opnieuw" succeeds.
 */
export class FocusController implements ReactiveController {
  private pending?: string;
  private shownError?: Element;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Call with the screens before and after a reader's action. */
  follow(before: Screen, after: Screen) {
    if (screenKey(before) === screenKey(after)) return;
    this.pending = before.name === 'verdict' && after.name === 'home' ? backFromVerdict : screens[after.name].focus;
    this.shownError = undefined;
  }

  hostUpdated() {
    if (!this.pending) return;
    const root = this.host.renderRoot;
    const target = root.querySelector<HTMLElement>(this.pending);
    if (target) {
      target.focus();
      // Focus alone scrolls differently per engine (Firefox not at all while the target is
      // partly on screen); `nearest` with the target's scroll margins also brings in what
      // belongs with it, such as the answers below a statement on a phone.
      target.scrollIntoView({ block: 'nearest' });
      this.pending = this.shownError = undefined;
      return;
    }
    const error = root.querySelector<HTMLElement>('[part~="error"]');
    if (error && error !== this.shownError) {
      error.focus();
      this.shownError = error;
    }
  }
}
