import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { unwritable, writeAtomic } from '../../src/cli/parties.js';

// The data tools write a spreadsheet, a workbook or the ledger whole or not at all (issue 25).

test('writeAtomic replaces a file whole, and leaves no temporary file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  writeFileSync(join(dir, 'standpunten.csv'), 'oud');
  await writeAtomic(join(dir, 'standpunten.csv'), 'nieuw');
  assert.deepEqual(readdirSync(dir), ['standpunten.csv']);
});

test('a rename that fails (here: a folder in the way, as Excel holds an open workbook on Windows) throws, and removes the temporary file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  mkdirSync(join(dir, 'GM0363.xlsx'));
  writeFileSync(join(dir, 'GM0363.xlsx', 'in-de-weg'), '');
  await assert.rejects(writeAtomic(join(dir, 'GM0363.xlsx'), 'nieuw'));
  assert.deepEqual(readdirSync(dir), ['GM0363.xlsx']);
});

test('the message for a file that cannot be written names it, says nothing changed and what to do', () => {
  const e = Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
  const p = unwritable('gegevens/GM0363.xlsx', e);
  assert.equal(p.severity, 'error');
  assert.equal(p.place.file, 'gegevens/GM0363.xlsx');
  assert.match(p.message, /EBUSY/);
  assert.match(p.message, /niets in veranderd/);
  assert.match(p.message, /Sluit het en voer de opdracht opnieuw uit/);
});
