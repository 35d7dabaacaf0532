#!/usr/bin/env node
// Launcher for `stemhulp-data` (`npx -p stemhulp-widget stemhulp-data`): the command itself is built into dist/ (TypeScript,
// with its CSV, XLSX and JSON readers bundled). A packed package ships dist/; in a fresh
// clone the first run builds it, so the command works right after `npm ci`.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const cli = new URL('../dist/stemhulp-data.js', import.meta.url);
if (!existsSync(cli) && existsSync(new URL('../rollup.config.mjs', import.meta.url))) {
  process.stderr.write('stemhulp-data wordt eerst gebouwd (npm run build), eenmalig…\n');
  execSync('npm run build --silent', { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'ignore', 'inherit'] });
}
await import(cli.href);
