// The full-size data set for the bench, generated rather than committed: 342 fictional
// gemeenten with 15 parties and 30 statements each (an index plus one file per gemeente),
// and one gemeente at the format's limits (60 parties, 100 statements). Deterministic:
// the same seed gives byte-identical files, so runs on different days compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and good enough to vary fictional data. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Dutch-sounding syllables: the names are invented, none is a real place or party.
const starts = ['Aa', 'Bre', 'Dok', 'Ees', 'Gra', 'Hol', 'Kla', 'Lin', 'Mer', 'Noor', 'Oos', 'Put', 'Ree', 'Stap', 'Ter', 'Uit', 'Vel', 'Wes', 'Zand', 'IJs'];
const middles = ['', 'en', 'er', 'le', 'ke', 'ster', 'ven', 'mo'];
const ends = ['dorp', 'veen', 'broek', 'dam', 'hoven', 'wijk', 'rade', 'hem', 'loo', 'zijl', 'horst', 'kerk'];
const keyPoints = ['opvang', 'huisvesting', 'inburgering', 'werk'];
const topics = ['opvang', 'taallessen', 'woningen', 'werk', 'buurthuizen', 'sportclubs', 'scholen', 'vrijwilligers', 'zorg', 'schuldhulp'];
const verbs = ['meer geld geven aan', 'vaste afspraken maken over', 'minder uitgeven aan', 'samenwerken met buurgemeenten over', 'zelf regelen:'];
const positions = ['agree', 'neutral', 'disagree'];

function municipality(random, code, name, partyCount, statementCount) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const statements = Array.from({ length: statementCount }, (_, i) => ({
    id: `s${i + 1}`,
    keyPoint: keyPoints[i % keyPoints.length],
    text: `Stelling ${i + 1}: de gemeente ${name} moet ${pick(verbs)} ${pick(topics)} voor nieuwkomers.`,
    ...(i % 3 === 0 ? { explanation: `Uitleg bij stelling ${i + 1}: wat dit betekent voor ${pick(topics)} in ${name}.` } : {}),
    ...(i % 2 === 0 ? { recommended: pick(positions) } : {}),
  }));
  const parties = Array.from({ length: partyCount }, (_, p) => ({
    id: `p${p + 1}`,
    name: `Partij ${pick(starts)}${pick(ends)} ${p + 1}`,
    shortName: `P${p + 1}`,
    list: p + 1,
    positions: Object.fromEntries(
      statements.map((s, i) => [
        s.id,
        // Short explanations on some positions: realistic, and the limit-size file stays under 1 MiB.
        { position: pick(positions), ...((i + p) % 4 === 0 ? { explanation: `Standpunt van partij ${p + 1}.` } : {}) },
      ]),
    ),
  }));
  return { format: 'stemhulp/1', code, name, statements, parties };
}

/** Writes the data set into `dir` (emptied first) and returns what it wrote. */
export function generate(dir, { seed = 2026, count = 342, parties = 15, statements = 30 } = {}) {
  const random = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'gemeenten'), { recursive: true });
  const names = new Set();
  const entries = [];
  for (let i = 0; i < count; i++) {
    let name;
    do name = `${starts[Math.floor(random() * starts.length)]}${middles[Math.floor(random() * middles.length)]}${ends[Math.floor(random() * ends.length)]}`;
    while (names.has(name));
    names.add(name);
    const code = `GM${String(8000 + i).padStart(4, '0')}`;
    writeFileSync(join(dir, 'gemeenten', `${code}.json`), JSON.stringify(municipality(random, code, name, parties, statements)));
    entries.push({ code, name, data: `gemeenten/${code}.json` });
  }
  const big = { code: 'GM9999', name: 'Grootstad-aan-de-Limiet', data: 'gemeenten/GM9999.json' };
  const bigFile = JSON.stringify(municipality(random, big.code, big.name, 60, 100));
  writeFileSync(join(dir, 'gemeenten', 'GM9999.json'), bigFile);
  const index = (municipalities) => ({
    format: 'stemhulp/1',
    election: { name: 'Fictieve gemeenteraadsverkiezing (benchmarkdata)', date: '2026-03-18' },
    organisation: { name: 'Fictieve organisatie', url: 'https://example.org/' },
    municipalities,
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index(entries)));
  writeFileSync(join(dir, 'index-limit.json'), JSON.stringify(index([big])));
  return { dir, gemeenten: entries.map((e) => e.code), big: big.code, bigBytes: Buffer.byteLength(bigFile) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(generate(process.argv[2] ?? 'bench-results/data'));
}
