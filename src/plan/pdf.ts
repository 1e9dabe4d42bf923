import type PDFKit from 'pdfkit';
import { texts } from './page';
import type { KeptPlan } from './keptPlan';
import { blocksOf, dutchDate } from './layout';

let pdfkitModule: typeof PDFKit | undefined;
/** pdfkit, loaded at the first PDF rather than at start-up (≈ 0.1 s to load; most conversations never ask for one). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfkit = (): typeof PDFKit => (pdfkitModule ??= require('pdfkit') as typeof PDFKit);

/** Characters PDF's standard Helvetica has (WinAnsiEncoding): Latin-1 and these. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function inWinAnsi(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(c);
}

/**
 * Text as the standard font can show it: what it has stays (é, ë, “ ”, €); a letter with an accent it lacks
 * loses the accent (ł stays ?, ő becomes o); anything else (emoji, other scripts) becomes '?'.
 */
export function toWinAnsi(text: string): string {
  return Array.from(text.replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), (c) => {
    if (inWinAnsi(c)) return c;
    const base = c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return base !== '' && Array.from(base).every(inWinAnsi) ? base : '?';
  }).join('');
}

const SIZE = { title: 22, heading: 15, body: 12, footer: 11 };
const MARGIN = 56; // 2 cm
const FOOTER_SPACE = 48;
const INDENT = 16;
/** Extra space between the lines of one paragraph, and after each paragraph or bullet item (pt). */
const LINE_GAP = 2.5;
const PARAGRAPH_GAP = 5;

/**
 * The kept plan as an A4 PDF: its title, each section's title and lines (bullets as on the card), and on every
 * page a footer with the date it was made, "Geldgesprek" and the page number. Helvetica, 12 pt (footer 11 pt).
 */
export function planPdf(plan: KeptPlan): Promise<Buffer> {
  const doc = new (pdfkit())({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: toWinAnsi(plan.title), Creator: 'Geldgesprek', Producer: 'Geldgesprek', CreationDate: new Date(plan.madeAt) },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const room = () => doc.page.height - doc.page.margins.bottom - doc.y;
  /** A new page when fewer than `lines` lines of the current size fit. */
  const keepRoom = (lines: number) => {
    if (room() < doc.currentLineHeight(true) * lines) doc.addPage();
  };

  doc.font('Helvetica-Bold').fontSize(SIZE.title).text(toWinAnsi(plan.title), MARGIN, MARGIN, { width });
  for (const section of plan.sections) {
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(SIZE.heading);
    keepRoom(4); // a heading never stands alone at the bottom of a page
    // A thin rule above each section, as on the page.
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.75).strokeColor('#888888').stroke();
    doc.moveDown(0.5);
    doc.text(toWinAnsi(section.title), MARGIN, doc.y, { width });
    doc.moveDown(0.35);
    doc.font('Helvetica').fontSize(SIZE.body);
    for (const block of blocksOf(section.lines)) {
      if (block.kind !== 'list') {
        keepRoom(1);
        doc.text(toWinAnsi(block.text), MARGIN, doc.y, { width, lineGap: LINE_GAP, paragraphGap: PARAGRAPH_GAP });
        continue;
      }
      for (const item of block.items) {
        keepRoom(1);
        const top = doc.y;
        doc.text('•', MARGIN + 4, top, { lineBreak: false });
        doc.text(toWinAnsi(item), MARGIN + INDENT, top, { width: width - INDENT, lineGap: LINE_GAP, paragraphGap: PARAGRAPH_GAP });
      }
    }
  }

  const made = toWinAnsi(texts('pagina.gemaakt', { datum: dutchDate(plan.madeAt) })[0]);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing in the footer must not start a new page
    const y = doc.page.height - MARGIN - SIZE.footer;
    doc.font('Helvetica').fontSize(SIZE.footer).fillColor('#333333');
    doc.text(made, MARGIN, y, { width, lineBreak: false });
    doc.text(toWinAnsi(texts('pagina.paginanummer', { pagina: i - range.start + 1, van: range.count })[0]), MARGIN, y, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
