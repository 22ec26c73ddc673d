// The QR encoder (web/qr.js), read back by jsQR, a decoder no one here wrote: every length
// from one byte to the largest version's capacity, in every version, reads back exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { qrPath } from '../../web/qr.js';

/** Draws a path of 1×1 squares ("M x y h1v1h-1z" each) as RGBA pixels, `scale` per module. */
function pixels({ size, path }, scale = 4) {
  const side = (size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const at = ((Number(y) * scale + dy) * side + Number(x) * scale + dx) * 4;
        data[at] = data[at + 1] = data[at + 2] = 0;
      }
    }
  }
  return { data, side };
}

const read = (text) => {
  const qr = qrPath(text);
  const { data, side } = pixels(qr);
  return { qr, found: jsQR(data, side, side)?.data };
};

test('a partner link reads back exactly, with a quiet zone and a square grid', () => {
  const link = 'https://www.riverside-counselling.example/relationship-check/?utm=x#ic-partner=6M93-A6CH-DCCN-MRE8-E';
  const { qr, found } = read(link);
  assert.equal(found, link);
  assert.equal((qr.size - 17) % 4, 0, 'a QR size is 17 + 4 × version');
  assert.ok(!/M[0-3] |M\d+ [0-3]h/.test(qr.path), 'nothing dark in the quiet zone');
});

test('every version from 1 to 40 reads back', () => {
  const seen = new Set();
  for (let n = 1; n <= 2331; n += n < 300 ? 7 : 19) {
    const text = Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789-#=/:.'[(i * 7 + n) % 42]).join('');
    const { qr, found } = read(text);
    assert.equal(found, text, `${n} bytes, size ${qr.size}`);
    seen.add((qr.size - 17) / 4);
  }
  for (let v = 1; v <= 40; v++) assert.ok(seen.has(v), `version ${v} was never made`);
});

test('non-ASCII text is sent as UTF-8; too long a text is refused', () => {
  assert.equal(read('código: ñandú').found, 'código: ñandú');
  assert.throws(() => qrPath('x'.repeat(3000)), /too long/);
});
