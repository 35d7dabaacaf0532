import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledKeyPoints as titles } from '../../src/core/bundled-key-points.js';
import { bundledBodies } from '../../src/core/bundled-key-point-bodies.js';
import { bundledKeyPoints } from '../../src/format.js';

// The widget's main file carries the speerpunten's titles and summaries; their full texts are a
// chunk of their own (issue 24). The data format's readers (`stemhulp-widget/format`) still
// get each speerpunt whole.

test('format.ts publishes every bundled speerpunt with its full text', () => {
  assert.deepEqual(
    bundledKeyPoints.map((k) => k.id),
    titles.map((k) => k.id),
  );
  for (const k of bundledKeyPoints) {
    assert.ok(typeof k.body === 'string' && k.body.length > 200, `${k.id} has its full text`);
    assert.equal(k.body, bundledBodies[k.id]);
  }
});

test('every bundled speerpunt has a full text, and no text is without its speerpunt', () => {
  assert.deepEqual(Object.keys(bundledBodies).sort(), titles.map((k) => k.id).sort());
  for (const k of titles) assert.equal(k.body, undefined, `${k.id}: the main file's list holds no full text`);
});
