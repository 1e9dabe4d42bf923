import type { PlanContent } from './keptPlan';

/** A plan line as the card shows it: a bullet item ("• …"), or a line of its own. */
export type PlanLine = { kind: 'bullet'; text: string } | { kind: 'line'; text: string };

const BULLET = /^•\s*/;

/** A section's lines, with bullets grouped into lists, so the page and the PDF show them as the card does. */
export function blocksOf(lines: readonly string[]): Array<PlanLine | { kind: 'list'; items: string[] }> {
  const out: Array<PlanLine | { kind: 'list'; items: string[] }> = [];
  for (const line of lines) {
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      const last = out[out.length - 1];
      if (last?.kind === 'list') last.items.push(item);
      else out.push({ kind: 'list', items: [item] });
    } else {
      out.push({ kind: 'line', text: line });
    }
  }
  return out;
}

/** A date as Dutch writes it ("30 november 2026"), in Dutch time. */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/** Every word the plan shows, in order (for tests and checks: the page and the PDF show exactly these). */
export function planWords(plan: PlanContent): string[] {
  return [plan.title, ...plan.sections.flatMap((s) => [s.title, ...s.lines.map((l) => l.replace(BULLET, ''))])];
}
