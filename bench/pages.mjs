// The pages the bench loads. `el` is the element under test: `stemhulp-widget` (the
// built bundle) or `bench-floor` (bench/floor.js, plain DOM doing the same steps:
// the floor that the widget's figures are divided by).
//   /bench/page?el=stemhulp-widget&layout=article&src=…&gemeente=…&n=1&gemeenten=GM1,GM2&reserve=100vh
// `reserve` is the host page's min-height for the element until its script has run.
const scripts = {
  'stemhulp-widget': '/dist/stemhulp-widget.js',
  'bench-floor': '/bench/floor.js',
};

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const para =
  'De gemeenteraad beslist over de opvang van asielzoekers, over woningen voor statushouders en over hulp bij werk en inburgering. In deze fictieve krant staat de stemhulp midden in een artikel, zoals op een echte nieuwssite.';

export function pageHtml(params) {
  const el = scripts[params.get('el')] ? params.get('el') : 'stemhulp-widget';
  const n = Math.min(Number(params.get('n')) || 1, 50);
  const codes = (params.get('gemeenten') ?? params.get('gemeente') ?? '').split(',').filter(Boolean);
  const src = params.get('src');
  const widgets = Array.from({ length: n }, (_, i) => {
    const attrs = [src ? ` src="${esc(src)}"` : '', codes.length ? ` gemeente="${esc(codes[i % codes.length])}"` : ''].join('');
    return `<${el}${attrs}><a href="https://example.org/">Doe de stemhulp</a></${el}>`;
  }).join('\n');
  const article = params.get('layout') === 'article';
  // A newspaper-like host: web font-free serif text column, a header, paragraphs before
  // and after the embed, so any change in the widget's height moves text the reader sees.
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
  header { border-bottom: 3px solid #222; padding: 12px 16px; font: 700 28px/1.2 Georgia, serif; }
  article { max-width: 680px; margin: 0 auto; padding: 0 16px; }
  h1 { font-size: 32px; line-height: 1.2; }
  html { font-size: 62.5%; }
  ${params.get('reserve') ? `${el}:not(:defined) { display: block; min-height: ${esc(params.get('reserve')).replace(/[;{}]/g, '')}; }` : ''}
</style>
<script type="module" src="${scripts[el]}"></script>
</head><body>
${article ? `<header>Het Voorbeeldblad</header><article><h1>Wat vinden de partijen van de opvang van vluchtelingen?</h1><p>${para}</p>` : '<main>'}
${widgets}
${article ? `<p>${para}</p><p>${para}</p><p>${para}</p></article>` : '</main>'}
</body></html>`;
}
