/**
 * A few lines of DOM building for the form page. Strings become text nodes, never HTML:
 * everything from the data (names, statements, explanations) is shown as text.
 */
type Child = Node | string | false | undefined | null;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  el.append(...children.filter((c): c is Node | string => !!c));
  return el;
}
