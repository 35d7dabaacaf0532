// A test-runner command that prints the test page to PDF in Chromium, as "Save as PDF"
// does, and reads it back with poppler-utils: how many pages, the text on them, the
// document's title and language (the catalog's /Lang) and its tagged structure's headings.
// `keep: 'name'` also leaves screenshots/print-<name>.pdf and a PNG of page 1 to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const dir = mkdtempSync(join(tmpdir(), 'stemkaart-'));
      try {
        const file = join(dir, 'card.pdf');
        writeFileSync(file, pdf);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        // In drawing order: a party name that wraps in its table cell stays in one piece.
        const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
        const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
        // Skia writes the structure tree and the catalog uncompressed. The structure elements'
        // types in the order written (a heading comes before what follows it), e.g. ["H1", "P",
        // "H2", …]: read from the bytes, since poppler 22's `pdfinfo -struct` stops at PDF 2.0
        // types such as Aside. The catalog's /Lang is the document's language.
        const bytes = Buffer.from(pdf).toString('latin1');
        const struct = [...bytes.matchAll(/\/Type \/StructElem\s*\/S \/(\w+)/g)].map((m) => m[1]);
        const at = bytes.indexOf('/Type /Catalog');
        const catalog = at === -1 ? '' : bytes.slice(at, bytes.indexOf('endobj', at));
        const lang = /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
        const title = /^Title:\s+(.*)$/m.exec(info)?.[1];
        if (payload?.keep && /^[\w-]+$/.test(payload.keep)) {
          mkdirSync('screenshots', { recursive: true });
          writeFileSync(`screenshots/print-${payload.keep}.pdf`, pdf);
          execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, `screenshots/print-${payload.keep}`]);
        }
        return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text, raw, width: Number(size?.[1]), height: Number(size?.[2]), struct, lang, title };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
