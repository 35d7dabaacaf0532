// A test-runner command that prints the test page to PDF in Chromium, as "Save as PDF"
// does, and reads it back with poppler-utils: how many pages, and the text on them.
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
        if (payload?.keep && /^[\w-]+$/.test(payload.keep)) {
          mkdirSync('screenshots', { recursive: true });
          writeFileSync(`screenshots/print-${payload.keep}.pdf`, pdf);
          execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, `screenshots/print-${payload.keep}`]);
        }
        return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text, raw, width: Number(size?.[1]), height: Number(size?.[2]) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
