import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrCodeOf, type QrCode } from '../../src/model/qrCode.ts';

/** The code as RGBA pixels, `scale` pixels a module, with its quiet zone, as a camera sees it. */
function pixelsOf(code: QrCode, scale = 4): { data: Uint8ClampedArray; side: number } {
  const side = (code.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - QUIET_ZONE;
      const column = Math.floor(x / scale) - QUIET_ZONE;
      if (!code.modules[row]?.[column]) continue;
      const at = (y * side + x) * 4;
      data[at] = data[at + 1] = data[at + 2] = 0;
    }
  }
  return { data, side };
}

describe('the QR code of a link', () => {
  it('decodes back to the link, however long the address', () => {
    for (const link of [
      'http://127.0.0.1:4173/?event=normalisation',
      `https://example.school/timeline/?present=1&step=3&tour=${'comprehensive-strategic-partnership,'.repeat(12)}normalisation&q=${encodeURIComponent('Tô Lâm')}`,
    ]) {
      const code = qrCodeOf(link);
      const { data, side } = pixelsOf(code);
      expect(jsQR(data, side, side)?.data).toBe(link);
    }
  });

  it('draws every dark module, and only those, in its path', () => {
    const code = qrCodeOf('https://example.school/');
    const dark = code.modules.flat().filter(Boolean).length;
    const drawn = [...code.path.matchAll(/h(\d+)/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(drawn).toBe(dark);
    expect(code.size).toBeGreaterThanOrEqual(21);
  });
});
