// Writes template/ (the spreadsheet template a volunteer copies) from the demo gemeente
// GM9901 in demo/data/index.json, so the template and the demo can never disagree.
// The files are what Dutch Excel writes for "CSV UTF-8": a BOM, `;` between cells, CRLF.
// Run: node scripts/make-template.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const demo = JSON.parse(readFileSync('demo/data/index.json', 'utf8'));
const m = demo.municipalities.find((x) => x.code === 'GM9901');
const langs = ['nl', 'en', 'ar'];

const quote = (v) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows) => '\ufeff' + rows.map((r) => r.map((v) => quote(String(v ?? ''))).join(';')).join('\r\n') + '\r\n';
/** `naam`, `naam:en`, `naam:ar` for a localised column. */
const cols = (base) => langs.map((l) => (l === 'nl' ? base : `${base}:${l}`));
const texts = (t) => langs.map((l) => (t == null ? '' : typeof t === 'string' ? (l === 'nl' ? t : '') : (t[l] ?? '')));
const answer = { agree: 'eens', neutral: 'neutraal', disagree: 'oneens' };

const write = (path, rows) => writeFileSync(`template/${path}`, csv(rows));
mkdirSync('template/GM9901', { recursive: true });

write('gemeenten.csv', [[...cols('naam').slice(0, 1), 'code'].reverse(), [m.code, m.name]]);
write('instellingen.csv', [
  ['sleutel', ...cols('waarde')],
  ['verkiezing', ...texts(demo.election.name)],
  ['datum', demo.election.date],
  ['kandidaatstelling', demo.election.nominationDate],
  ['organisatie', ...texts(demo.organisation.name)],
  ['organisatie-url', demo.organisation.url],
  ['flyer', demo.links.flyer],
  ['nieuwsbrief', demo.links.newsletter],
  ['stembureau', demo.links.pollingStation],
  ['stemrecht', demo.links.voting],
]);
write('GM9901/stellingen.csv', [
  ['id', 'speerpunt', ...cols('stelling'), ...cols('toelichting'), 'advies'],
  ...m.statements.map((s) => [s.id, s.keyPoint, ...texts(s.text), ...texts(s.explanation), answer[s.recommended] ?? '']),
]);
write('GM9901/partijen.csv', [['id', ...cols('naam'), 'afkorting', 'lijst', 'website'], ...m.parties.map((p) => [p.id, ...texts(p.name), p.shortName, p.list, p.url])]);
write('GM9901/standpunten.csv', [
  ['partij', 'stelling', 'standpunt', ...cols('toelichting'), 'bron'],
  ...m.parties.flatMap((p) =>
    m.statements.map((s) => {
      const x = p.positions[s.id];
      return [p.id, s.id, x ? answer[x.position] : '', ...texts(x?.explanation), x?.source];
    }),
  ),
]);
