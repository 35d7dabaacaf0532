// The floor: a custom element in plain DOM that does the reader-visible steps of the
// widget with no framework, no validation and no styling to speak of. The bench runs it
// beside the widget in the same browser and divides by its figures, so the table says how
// much the widget adds, not how fast this machine happens to be today. It uses the same
// ids and parts as the widget so one driver walks both.
const requests = new Map();
const getJson = (url) => {
  if (!requests.has(url))
    requests.set(
      url,
      fetch(url, { credentials: 'omit' }).then((r) => r.json()),
    );
  return requests.get(url);
};

const h = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  el.append(...children);
  return el;
};

const titles = ['Goede opvang', 'Een eigen huis', 'Inburgering die werkt', 'Aan het werk'];

customElements.define(
  'bench-floor',
  class extends HTMLElement {
    connectedCallback() {
      this.root = this.attachShadow({ mode: 'open' });
      const src = this.getAttribute('src');
      const cards = titles.map((t) => h('li', {}, h('h4', {}, t), h('p', {}, `${t}: samenvatting.`)));
      this.start = h('section', {}, h('h3', {}, 'Doe de stemhulp'), h('p', { role: 'status' }, 'Gegevens laden…'));
      this.root.append(h('h2', {}, 'Stemhulp'), h('section', { class: 'key-points' }, h('ol', {}, ...cards)));
      if (!src) return;
      this.root.append(this.start);
      this.base = new URL(src, document.baseURI);
      getJson(this.base.href).then((index) => this.picker(index));
    }

    picker(index) {
      this.index = index;
      const preset = this.getAttribute('gemeente');
      const startButton = h('button', { part: 'start', onclick: () => this.begin() }, 'Start de stemhulp');
      if (preset) {
        this.choose(preset);
        this.start.replaceChildren(h('h3', {}, 'Doe de stemhulp'), startButton);
        return;
      }
      const collator = new Intl.Collator('nl');
      const sorted = [...index.municipalities].sort((a, b) => collator.compare(a.name, b.name));
      const select = h('select', { id: 'gemeente', onchange: (e) => this.choose(e.target.value) }, h('option', { value: '' }, 'Kies je gemeente'));
      select.append(...sorted.map((m) => h('option', { value: m.code }, m.name)));
      this.start.replaceChildren(h('h3', {}, 'Doe de stemhulp'), h('label', { for: 'gemeente' }, 'Gemeente'), select, startButton);
    }

    choose(code) {
      const entry = this.index.municipalities.find((m) => m.code === code);
      this.data = getJson(new URL(entry.data, this.base).href);
    }

    async begin() {
      this.content = await this.data;
      this.answers = [];
      this.step = 0;
      this.quiz();
    }

    quiz() {
      const s = this.content.statements[this.step];
      const answer = (a) => h('button', { part: 'answer', onclick: () => this.answer(a) }, a);
      const heading = h('h3', { id: 'statement-text', tabindex: '-1' }, s.text);
      const section = h(
        'section',
        { class: 'quiz' },
        h('p', { id: 'progress' }, `Stelling ${this.step + 1} van ${this.content.statements.length}`),
        heading,
        h('div', {}, answer('agree'), answer('neutral'), answer('disagree')),
      );
      this.screen ? this.screen.replaceWith(section) : this.start.replaceWith(section);
      this.screen = section;
      heading.focus();
    }

    answer(a) {
      this.answers[this.step++] = a;
      if (this.step < this.content.statements.length) return this.quiz();
      const score = (p) => this.content.statements.reduce((n, s, i) => n + (p.positions[s.id]?.position === this.answers[i] ? 2 : 0), 0);
      const rows = this.content.parties.map((p) => [p, score(p)]).sort((a, b) => b[1] - a[1]);
      const heading = h('h3', { id: 'result-heading', tabindex: '-1' }, 'Jouw uitslag');
      // A comparison per party, drawn when opened, as the widget does.
      const compare = (p) => {
        const details = h('details', {}, h('summary', {}, 'Bekijk de standpunten'));
        details.firstChild.addEventListener('click', (e) => {
          e.preventDefault();
          if (details.open) return details.removeAttribute('open');
          const rows = this.content.statements.map((s, i) =>
            h('li', {}, h('p', {}, s.text), h('p', {}, `Jij: ${this.answers[i]}`), h('p', {}, `${p.name}: ${p.positions[s.id]?.position ?? 'onbekend'}`)),
          );
          details.append(h('ol', { class: 'comparison' }, ...rows));
          details.setAttribute('open', '');
        });
        return details;
      };
      const list = h('ol', {}, ...rows.map(([p, n]) => h('li', { class: 'party' }, p.name, h('progress', { max: 2 * this.answers.length, value: n }), compare(p))));
      const section = h('section', { class: 'result' }, heading, list);
      this.screen.replaceWith(section);
      this.screen = section;
      heading.focus();
    }
  },
);
