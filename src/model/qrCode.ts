/**
 * A QR code of a link, as the dark modules of a square grid and as one SVG path of them, so the
 * page can draw it crisp at any size. Generated here, in the browser: no request leaves the site.
 * Imported only when the Share dialog opens (qrcode-generator is about 11 KB gzip).
 */
import qrcode from 'qrcode-generator';

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Whether the module at [row][column] is dark. */
  modules: boolean[][];
  /** The dark modules as an SVG path, one unit per module, offset by the quiet zone. */
  path: string;
}

/** The light border scanners need around the code, in modules (the standard asks for four). */
export const QUIET_ZONE = 4;

export function qrCodeOf(text: string): QrCode {
  // Medium error correction: room for a projector's glare, and long links still fit.
  const code = qrcode(0, 'M');
  // Byte mode takes one character per byte: hand it the UTF-8 bytes (a link is ASCII anyway).
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const size = code.getModuleCount();
  const modules = Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
  );
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!modules[row]?.[column]) continue;
      // Runs of dark modules in a row become one rectangle: a shorter path, no hairline seams.
      let run = 1;
      while (modules[row]?.[column + run]) run++;
      path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
      column += run - 1;
    }
  }
  return { size, modules, path };
}
