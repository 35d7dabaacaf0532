// `layers/no-cycle`: no import cycle through the files of the project, counting every kind of
// import: `import`, `import type`, `export … from`, `import()` and `typeof import()`.
//
// Why not import-x/no-cycle: it skips type-only imports (they cost no bytes at run time), but a
// circle of types is exactly the sign this rule is for: a shared type declared in the wrong file
// (issue 24 found three circles, each one a type in the wrong place).
//
// How: the linted file's imports are read from its AST (so `lintText` of a file that is not on
// disk works); every other file's imports are read from disk with TypeScript's own scanner
// (`ts.preProcessFile`, no type checking) and kept per path and mtime, so one ESLint run over
// src/ reads each file once. A cycle is reported at the import that starts it.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const isFile = (p) => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;

/** A relative specifier to a file on disk (`./x.js` is `./x.ts` in the sources); packages are never part of a cycle. */
function resolveSpecifier(from, specifier) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/[?#].*$/, ''));
  const candidates = [base.replace(/\.(m?)js$/, '.$1ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find(isFile);
}

const cache = new Map();
/** The files that `file` imports, from its text on disk. */
function importsOnDisk(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return [];
  const hit = cache.get(file);
  if (hit?.mtimeMs === stat.mtimeMs) return hit.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = [...new Set(importedFiles.map((f) => resolveSpecifier(file, f.fileName)).filter(Boolean))];
  cache.set(file, { mtimeMs: stat.mtimeMs, imports });
  return imports;
}

/** The shortest way from `start` back to `target`, as a list of files, or undefined. */
function pathBack(start, target) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of importsOnDisk(file)) {
      if (next === target) {
        const path = [file];
        for (let f = cameFrom.get(file); f; f = cameFrom.get(f)) path.unshift(f);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycle, type-only imports and import() included' },
    messages: { cycle: 'Import cycle: {{path}}. Move the shared part to a file both can import (a lower layer).' },
    schema: [],
  },
  create(context) {
    const self = resolve(context.filename);
    const cwd = context.cwd;
    const checked = new Set();
    function check(node, source) {
      const target = resolveSpecifier(self, source?.value);
      if (!target || checked.has(target)) return;
      checked.add(target);
      const path = target === self ? [] : pathBack(target, self);
      if (!path) return;
      const names = [self, ...path, self].map((f) => relative(cwd, f));
      context.report({ node, messageId: 'cycle', data: { path: names.join(' -> ') } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};
