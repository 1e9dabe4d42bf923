import { planPdf } from '../../src/plan/pdf';
import { planPage } from '../../src/plan/page';
import type { KeptPlan } from '../../src/plan/keptPlan';
import { pdfFontSizes, pdfText } from '../helpers/pdfText';

const plan = (sections: KeptPlan['sections']): KeptPlan => ({ title: 'Jouw plan', sections, madeAt: '2026-11-30T10:00:00.000Z', expiresAt: '2026-12-30T10:00:00.000Z' });

describe('the kept plan as a PDF', () => {
  it('shows é, ë, curly quotes, € and bullets as they are (the standard font\'s own letters)', async () => {
    const pdf = await planPdf(plan([{ title: 'Financiële hulp', lines: ['Coöperatie: “samen” € 1.250,50', '• één ding tegelijk'] }]));
    const text = pdfText(pdf);
    expect(text).toEqual(['Jouw plan', 'Financiële hulp', 'Coöperatie: “samen” € 1.250,50', '•', 'één ding tegelijk', 'Gemaakt op 30 november 2026 met Geldgesprek.', 'Pagina 1 van 1']);
  });

  it('a long plan goes on over pages, each with the footer; no text is smaller than 11 pt', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `• Regel ${i + 1}: iets om te regelen bij de gemeente.`);
    const pdf = await planPdf(plan([{ title: 'Nu je vrij bent, regel dit', lines }]));
    const text = pdfText(pdf);
    const pages = text.filter((l) => l.startsWith('Pagina '));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages).toEqual(pages.map((_, i) => `Pagina ${i + 1} van ${pages.length}`));
    expect(text.filter((l) => l === 'Gemaakt op 30 november 2026 met Geldgesprek.')).toHaveLength(pages.length);
    expect(text).toContain('Regel 80: iets om te regelen bij de gemeente.');
    expect(Math.min(...pdfFontSizes(pdf))).toBeGreaterThanOrEqual(11);
  });
});

describe('the kept plan as a page', () => {
  it('shows bullets as a list and the person\'s own words as text', () => {
    const html = planPage(plan([{ title: 'Geldfit', lines: ['Zo bereik je ze:', '• Bel 0800-8115.', '• Chat op geldfit.nl.'] }, { title: 'Jouw eigen volgende stap', lines: ['“<script>x</script> & ik bel”'], typed: true }]), 'T'.repeat(32));
    expect(html).toContain('<p>Zo bereik je ze:</p>\n<ul>\n<li>Bel 0800-8115.</li>\n<li>Chat op geldfit.nl.</li>\n</ul>');
    expect(html).toContain('<p class="typed">“&#60;script&#62;x&#60;/script&#62; &#38; ik bel”</p>');
    expect(html).toContain('tot en met 29 december 2026');
  });
});
