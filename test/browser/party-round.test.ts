/**
 * The whole round of issue 25, as an organisation and a party go through it, with the real
 * `stemhulp-data` command (run by the test server, test/harness/server/data-cli.mjs, in a
 * folder of its own under test/generated/) and the real pages: the template's fictional
 * gemeente imported, invitations written, a party opening its link in partijformulier.html
 * and downloading its answers, the file merged into standpunten.csv, the data imported
 * again, and a reader seeing the party's answer with "Ingevuld door de partij". A forged
 * code is refused with exit 1 and the spreadsheet is left as it was; `status` counts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StemhulpWidget } from '../../src/element/stemhulp-widget.js';
import { accessibleName, allByRole, findByRole, getByRole } from '../harness/helpers.js';
import { waitUntil } from '../harness/wait.js';
import { watchDownloads } from '../harness/downloads.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  read: Record<string, string>;
}

const key = `round-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const folder = `/test/generated/${key}`;
const cli = (args: string[], extra: { files?: Record<string, string>; read?: string[] } = {}) => executeServerCommand<Run, object>('data-cli', { key, args, ...extra });

/** `uitnodigingen.csv` as rows of its columns (`;`, a BOM first, no field here needs quotes). */
function rows(csv: string) {
  const [head, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const names = head.split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [names[i], v])));
}

describe('the parties round: invite, answer, merge, publish, read', function () {
  // Several runs of the command (each a Node start) and three pages, on a machine shared with other runs.
  this.timeout(180_000);
  let frame: HTMLIFrameElement | undefined;
  after(() => frame?.remove());

  it('a party answers through its link; the organisation merges and publishes; a reader sees "Ingevuld door de partij"', async () => {
    // The organisation: the template (the fictional GM9901 Voorbeeldstad), published, and the invitations.
    expect((await cli(['template', 'gegevens'])).code).to.equal(0);
    expect((await cli(['import', 'gegevens', '--out', 'data'])).code).to.equal(0);
    const index = `${location.origin}${folder}/data/index.json`;
    const invited = await cli(['uitnodigen', 'gegevens', '--formulier', `${location.origin}/dist/partijformulier.html`, '--gegevens', index], {
      read: ['gegevens/uitnodigingen.csv'],
    });
    expect(invited.code, invited.stdout + invited.stderr).to.equal(0);
    const invitations = rows(invited.read['gegevens/uitnodigingen.csv']);
    expect(invitations.length).to.be.above(1);
    const party = invitations[0];
    expect(party.code).to.match(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/);
    expect(new Set(invitations.map((r) => r.code)).size, 'a code per party').to.equal(invitations.length);
    // The code and the party travel in the fragment only.
    const link = new URL(party.link);
    expect(link.pathname + link.search).to.equal('/dist/partijformulier.html');
    expect(new URLSearchParams(link.hash.slice(1)).get('code')).to.equal(party.code);

    // The party: opens its link, answers every statement Eens, explains the first, downloads.
    frame = document.createElement('iframe');
    frame.title = 'Partijformulier';
    frame.style.cssText = 'width: 700px; height: 700px; border: 0';
    // In Dutch, whatever this browser's own language (the form follows it when the link names none).
    frame.src = `${party.link}&lang=nl`;
    document.body.append(frame);
    await waitUntil(() => frame!.contentDocument?.querySelector('.statement'), 'the form with its statements', { timeout: 15_000 });
    const form = frame.contentDocument!.body;
    expect(getByRole(form, 'heading', `Standpunten van ${party.naam} in Voorbeeldstad`)).to.exist;
    const groups = allByRole(form, 'radiogroup');
    expect(groups.length).to.be.above(1);
    for (const g of groups) (getByRole(g, 'radio', 'Eens') as HTMLInputElement).click();
    const why = allByRole(form, 'textbox', 'Toelichting')[0] as HTMLTextAreaElement;
    why.value = 'Dat staat zo in ons programma.';
    why.dispatchEvent(new Event('input'));
    const downloads = watchDownloads(frame.contentWindow!);
    getByRole(form, 'button', 'Download je antwoorden').click();
    await waitUntil(() => downloads.length, 'a download');
    expect(downloads[0].name).to.equal(`GM9901-${party.partij}.json`);
    const answers = await (await fetch(downloads[0].href)).text();
    const statements = groups.map((g) => accessibleName(g));

    // Someone forges the party's file with another code: refused, exit 1, the spreadsheet as it was.
    const before = (await cli(['status', 'gegevens'], { read: [`gegevens/GM9901/standpunten.csv`] })).read['gegevens/GM9901/standpunten.csv'];
    const forged = answers.replace(party.code, party.code.slice(0, -1) + (party.code.endsWith('A') ? 'B' : 'A'));
    const refused = await cli(['antwoorden', 'gegevens', 'vals'], { files: { [`vals/${downloads[0].name}`]: forged }, read: ['gegevens/GM9901/standpunten.csv'] });
    expect(refused.code).to.equal(1);
    expect(refused.stdout + refused.stderr).to.contain(downloads[0].name);
    expect(refused.read['gegevens/GM9901/standpunten.csv']).to.equal(before);

    // The real file: merged, and every position the organisation had set otherwise listed.
    const merged = await cli(['antwoorden', 'gegevens', 'terug'], { files: { [`terug/${downloads[0].name}`]: answers }, read: ['gegevens/GM9901/standpunten.csv'] });
    expect(merged.code, merged.stdout + merged.stderr).to.equal(0);
    expect(merged.stdout).to.match(new RegExp(`GM9901 ${party.partij} s\\d+: was (oneens|neutraal) \\(organisatie\\), nu eens \\(partij\\)`));
    const sheet = merged.read['gegevens/GM9901/standpunten.csv'];
    expect(sheet.split(/\r?\n/)[0]).to.match(/;door;datum$/);
    const mine = sheet.split(/\r?\n/).filter((l) => l.startsWith(`${party.partij};`));
    expect(mine).to.have.length(statements.length);
    for (const l of mine) expect(l).to.match(/;eens;.*;partij;\d{4}-\d\d-\d\d$/);

    // Status: one party of all answered, the others named.
    const status = await cli(['status', 'gegevens']);
    expect(status.stdout).to.contain(`GM9901 Voorbeeldstad: 1 van ${invitations.length} partijen heeft geantwoord`);
    for (const r of invitations.slice(1)) expect(status.stdout).to.contain(r.partij);

    // Published again (in a folder of its own: this browser has the first publication cached,
    // as the test server lets it); a reader opens the verdict and the party's statements.
    expect((await cli(['import', 'gegevens', '--out', 'opnieuw'])).code).to.equal(0);
    const el = await fixture<StemhulpWidget>(html`<stemhulp-widget src=${`${folder}/opnieuw/index.json`} gemeente="GM9901"></stemhulp-widget>`);
    const open = await findByRole(el, 'button', 'Bekijk het oordeel per partij', 15_000);
    open.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.cell-button'), 'the verdict table', { timeout: 15_000 });
    const total = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cell-button')].filter((b) => accessibleName(b).includes(party.naam)).pop()!;
    total.click();
    await el.updateComplete;
    const entries = [...el.shadowRoot!.querySelectorAll('.verdict-statements li dl > div:last-child dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(entries).to.have.length(statements.length);
    for (const e of entries) expect(e).to.match(/^Eens \(\d van 2 punten\) .*Ingevuld door de partij op \d{1,2} [a-z]+ \d{4}/);
    expect(entries[0]).to.contain('Dat staat zo in ons programma.');
  });
});
