import { expect, waitUntil } from '@open-wc/testing';
import type { StemhulpWidget } from '../src/stemhulp-widget.js';
import { findByRole } from './helpers.js';

/** The form control a sighted user finds by its label text. */
function byLabel(doc: Document, text: string): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const label = [...doc.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  return (label.control ?? doc.getElementById(label.htmlFor)) as never;
}
const button = (doc: Document, text: string) =>
  [...doc.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

function change(control: HTMLInputElement | HTMLSelectElement, value?: string) {
  if (value !== undefined) control.value = value;
  else (control as HTMLInputElement).checked = true;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('demo/generator.html', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = '/demo/generator.html';
    frame.style.width = '900px';
    frame.style.height = '900px';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.getElementById('gemeente')?.querySelectorAll('option').length! > 1, 'the gemeente list', {
      timeout: 8000,
    });
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  it('script: choose gemeente, language and colour, see it live, copy the snippet', async () => {
    const gemeente = byLabel(doc, 'Gemeente');
    expect([...gemeente.options].map((o) => o.value)).to.include('GM9902');
    change(gemeente, 'GM9902');
    change(byLabel(doc, 'Taal'), 'en');
    change(byLabel(doc, 'Eigen kleur'));
    change(doc.getElementById('accent') as HTMLInputElement, '#aa0000');

    const snippet = byLabel(doc, 'Plak deze code').value;
    expect(snippet).to.contain('<script type="module" src="http://');
    expect(snippet).to.contain('/dist/stemhulp-widget.js"></script>');
    expect(snippet).to.contain('gemeente="GM9902"');
    expect(snippet).to.contain('lang="en"');
    expect(snippet).to.contain('--stemhulp-color-accent: #aa0000');
    expect(snippet).to.match(/src="http:\/\/[^"]+\/demo\/data\/index\.json"/);

    // The preview is the real widget with those settings: no picker, the gemeente preset.
    const live = doc.querySelector('#preview stemhulp-widget') as StemhulpWidget;
    expect(live.getAttribute('gemeente')).to.equal('GM9902');
    await findByRole(live, 'button', /Start/);
    expect(live.shadowRoot!.querySelector('select')).to.equal(null);

    let copied = '';
    Object.defineProperty(frame.contentWindow!.navigator.clipboard, 'writeText', {
      value: async (text: string) => void (copied = text),
    });
    button(doc, 'Kopieer de code').click();
    await waitUntil(() => doc.getElementById('copy-status')!.textContent!.includes('gekopieerd'), 'the copy confirmation');
    expect(copied).to.equal(snippet);
  });

  it('iframe: the snippet and the preview use dist/embed.html and embed-resize.js', async () => {
    change(byLabel(doc, 'Iframe'));
    change(byLabel(doc, 'Donker'));
    const snippet = byLabel(doc, 'Plak deze code').value;
    expect(snippet).to.match(/<iframe data-stemhulp src="http:\/\/[^"]+\/dist\/embed\.html\?src=http[^"]+" title="Stemhulp" height="900"/);
    expect(snippet).to.contain('--stemhulp-color-background=%231c1c1f');
    expect(snippet).to.match(/<script src="http:\/\/[^"]+\/dist\/embed-resize\.js"><\/script>$/);
    const preview = doc.querySelector<HTMLIFrameElement>('#preview iframe')!;
    expect(preview.src).to.contain('/dist/embed.html?');
    // Sized by the widget inside, through embed-resize.js.
    await waitUntil(() => preview.style.height !== '', 'the preview iframe to be sized', { timeout: 8000 });
  });

  it('says so when the data address holds no stemhulp data', async () => {
    change(byLabel(doc, 'Adres van de gegevens'), '/__test/status/404');
    await waitUntil(() => doc.getElementById('data-status')!.textContent!.includes('geen gegevens'), 'the message');
    expect(byLabel(doc, 'Gemeente').options.length).to.equal(1);
  });
});
