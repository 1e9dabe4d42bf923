import { inflateSync } from 'node:zlib';

/** WinAnsiEncoding's bytes 0x80–0x9F (the rest is Latin-1). Written out: Node's TextDecoder reads 'windows-1252' as Latin-1. */
const WIN_ANSI_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function winAnsi(bytes: Buffer): string {
  return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80[b - 0x80] : String.fromCharCode(b))).join('');
}

/**
 * The text a PDF made by pdfkit shows, line by line: each content stream is inflated (FlateDecode) and the
 * strings of its TJ operators are read as the standard fonts encode them (WinAnsiEncoding).
 * Enough for pdfkit's own output, which writes each line as one TJ of hex strings and kerning numbers.
 */
export function pdfText(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const content of contentStreams(pdf)) {
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      lines.push(winAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return lines;
}

/** Every stream of the PDF, inflated where it is compressed. */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[2], 'latin1');
    return (/\/FlateDecode/.test(m[1]) ? inflateSync(bytes) : bytes).toString('latin1');
  });
}

/** The font sizes the PDF's text is set in (the `Tf` operators). */
export function pdfFontSizes(pdf: Buffer): number[] {
  return contentStreams(pdf).flatMap((c) => [...c.matchAll(/\/\w+ ([\d.]+) Tf/g)].map((m) => Number(m[1])));
}
