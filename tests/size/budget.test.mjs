// The size budget: fails when what a visitor downloads (gzip, and brotli) grows past
// size-budget.json.
// Raising the budget is a deliberate, reviewed edit of that file, with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { budget, visitorBytes } from '../../scripts/size-lib.mjs';

test('what a visitor of the embedded widget downloads stays within the budget', () => {
  const { rows, total } = visitorBytes('dist');
  const { gzip_bytes: limit } = budget();
  const detail = rows.map((r) => `${r.file} ${r.gzip}`).join(', ');
  assert.ok(total.gzip <= limit, `${total.gzip} bytes gzip is over the budget of ${limit} (${detail})`);
});

test('the same files, brotli, stay within their own budget', () => {
  const { rows, total } = visitorBytes('dist');
  const { brotli_bytes: limit } = budget();
  const detail = rows.map((r) => `${r.file} ${r.brotli}`).join(', ');
  assert.ok(Number.isInteger(limit) && limit < budget().gzip_bytes, `${limit}`);
  assert.ok(total.brotli <= limit, `${total.brotli} bytes brotli is over the budget of ${limit} (${detail})`);
});

test('the budget is a real limit, not a placeholder', () => {
  const { gzip_bytes: limit, reason } = budget();
  assert.ok(Number.isInteger(limit) && limit > 50_000 && limit < 400_000, `${limit}`);
  assert.ok(typeof reason === 'string' && reason.length > 20);
});
