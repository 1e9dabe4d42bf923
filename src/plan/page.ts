import { fill, textEntry, type ContentKey } from '../content';
import type { KeptPlan } from './keptPlan';
import { blocksOf, dutchDate } from './layout';

/** Every character HTML gives a meaning, as an entity: the plan's words (some typed by the person) show as typed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Vars = Record<string, string | number>;
/** A text's lines from the content, filled. */
export const texts = (key: ContentKey, vars: Vars = {}) => textEntry(key).say.map((l) => fill(l, vars));
const one = (key: ContentKey, vars?: Vars) => escapeHtml(texts(key, vars)[0]);
const paragraphs = (key: ContentKey, vars?: Vars) => texts(key, vars).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title} | Geldgesprek</title>
<link rel="stylesheet" href="/plan.css">
</head>
<body>
<main>
${body}
</main>
<script src="/plan.js"></script>
</body>
</html>
`;
}

/** The last whole day the plan is there ("tot en met"): the day before the one it goes at, so the promise holds. */
function lastWholeDay(expiresAt: string): string {
  return dutchDate(new Date(Date.parse(expiresAt) - 24 * 3600 * 1000).toISOString());
}

/**
 * The kept plan as a page to read and print: the card's title, sections and lines (bullets as lists), a
 * Print button and the PDF link (not printed), and when it was made and until when it stays.
 */
export function planPage(plan: KeptPlan, token: string): string {
  const sections = plan.sections.map((section, i) => {
    const blocks = blocksOf(section.lines).map((b) =>
      b.kind === 'list' ? `<ul>\n${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>` : `<p${section.typed ? ' class="typed"' : ''}>${escapeHtml(b.text)}</p>`,
    );
    return `<section aria-labelledby="deel-${i + 1}">\n<h2 id="deel-${i + 1}">${escapeHtml(section.title)}</h2>\n${blocks.join('\n')}\n</section>`;
  });
  const title = escapeHtml(plan.title);
  return page(
    title,
    `<h1>${title}</h1>
<div class="tools">
<button type="button" id="print" hidden>${one('pagina.print')}</button>
<a class="button" href="/plan/${token}.pdf" download="mijn-geldplan.pdf">${one('pagina.pdf')}</a>
</div>
${sections.join('\n')}
<footer>
<p>${one('pagina.gemaakt', { datum: dutchDate(plan.madeAt) })}</p>
<div class="screen-only">
${paragraphs('pagina.bewaardTot', { datum: lastWholeDay(plan.expiresAt) })}
</div>
</footer>`,
  );
}

/** A friendly page for a plan that is not there (unknown, expired, removed, or a malformed address). */
export function notFoundPage(): string {
  const title = one('pagina.nietGevonden.titel');
  return page(title, `<h1>${title}</h1>\n${paragraphs('pagina.nietGevonden')}\n<p><a href="/">${one('pagina.naarChat')}</a></p>`);
}

/** A friendly page for when the plan cannot be read now (the store does not answer). */
export function unavailablePage(): string {
  const title = one('pagina.storing.titel');
  return page(title, `<h1>${title}</h1>\n${paragraphs('pagina.storing')}`);
}
