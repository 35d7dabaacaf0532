// Shows README.md's "Voor redacties" as a readable page, for the generator's link: the
// README stays the one text (its tests check it), this page only draws it. Only what that
// section uses is drawn: headings, paragraphs, numbered and bulleted lists (one level
// inside), code blocks, `code`, **bold**, *emphasis* and links. Every text is set as text.

/** Inline markdown as DOM nodes: `code`, **bold**, *em*, [text](href). */
function inline(text) {
  const out = [];
  const re = /`([^`]+)`|\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let at = 0;
  for (let m; (m = re.exec(text));) {
    out.push(text.slice(at, m.index));
    at = re.lastIndex;
    if (m[1] !== undefined) out.push(Object.assign(document.createElement('code'), { textContent: m[1] }));
    else if (m[2] !== undefined) out.push(el('strong', inline(m[2])));
    else if (m[3] !== undefined) out.push(el('em', inline(m[3])));
    else out.push(Object.assign(el('a', inline(m[4])), { href: href(m[5]) }));
  }
  out.push(text.slice(at));
  return out;
}

/** README's links, seen from demo/: its own sections stay in README.md, files are one folder up. */
function href(target) {
  if (/^https?:\/\//.test(target)) return target;
  if (target.startsWith('#')) return target === '#voor-redacties-in-five-steps' ? '#' : `../README.md${target}`;
  if (target.startsWith('demo/')) return target.slice(5);
  return `../${target}`;
}

function el(name, children = []) {
  const e = document.createElement(name);
  e.append(...children);
  return e;
}

/** The section of README.md that starts with `## Voor redacties`, up to the next `## `. */
export function section(readme) {
  const start = readme.indexOf('## Voor redacties');
  if (start < 0) throw new Error('README.md has no "Voor redacties" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

export function render(md) {
  const root = document.createDocumentFragment();
  const lines = md.split('\n');
  let list; // the <ol> or <ul> at the top level
  let item; // its current <li>
  let sub; // a <ul> inside that item, and its current <li>
  let subItem;
  let para; // the paragraph a wrapped line continues
  const inItem = (indent) => (indent >= 5 && subItem) || (indent >= 2 && item) || null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    if (text.startsWith('```')) {
      const body = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith('```'); i++) body.push(lines[i].slice(Math.min(indent, lines[i].length - lines[i].trimStart().length)));
      const pre = el('pre', [Object.assign(document.createElement('code'), { textContent: body.join('\n') })]);
      (inItem(indent) ?? root).append(pre);
      if (!indent) list = item = undefined;
      para = undefined;
      continue;
    }
    if (!text) {
      para = undefined;
      continue;
    }
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    if (heading) {
      root.append(el(heading[1].length === 2 ? 'h1' : 'h2', inline(heading[2])));
      list = item = sub = subItem = para = undefined;
      continue;
    }
    const numbered = /^(\d+)\. (.*)$/.exec(line);
    const bullet = /^(\s*)- (.*)$/.exec(line);
    if (numbered || (bullet && !indent)) {
      const kind = numbered ? 'ol' : 'ul';
      if (!list || list.localName !== kind) root.append((list = el(kind)));
      list.append((item = el('li')));
      sub = subItem = undefined;
      item.append((para = el('p', inline((numbered ?? bullet)[2]))));
      continue;
    }
    if (bullet && item) {
      if (!sub) item.append((sub = el('ul')));
      sub.append((subItem = el('li', [(para = el('p', inline(bullet[2])))])));
      continue;
    }
    if (para && (indent || !list)) {
      para.append(' ', ...inline(text));
      continue;
    }
    const parent = inItem(indent);
    if (!parent) list = item = sub = subItem = undefined;
    (parent ?? root).append((para = el('p', inline(text))));
  }
  return root;
}

const article = document.getElementById('section');
try {
  const res = await fetch('../README.md');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  article.replaceChildren(render(section(await res.text())));
  document.title = `${article.querySelector('h1')?.textContent ?? 'Voor redacties'} — stemhulp-widget`;
} catch (e) {
  article.lang = 'nl';
  article.querySelector('p')?.append(` (${e.message})`);
} finally {
  article.removeAttribute('aria-busy');
}
