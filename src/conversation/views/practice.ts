import { content, textEntry, type ContentKey } from '../../content';
import { lines, type RenderVars } from '../render';
import { textMessage, type TextReply } from '../reply';
import { oefenen, personas, type Persona } from '../../content/personas';
import { PITFALLS, TECHNIQUES } from '../../language/techniques';
import type { OefenenContext } from '../../machines/oefenen';
import type { ReplyKey } from '../../practice/step';
import { TRUST_MAX } from '../../practice/step';

/** The lines of a practice text (`oefenen.<key>` in texts/oefenen.json). */
const t = (key: string, vars: RenderVars = {}): string[] => lines(`oefenen.${key}` as ContentKey, vars);

/** One of a list, varied per session (seed) and per turn, so a second session does not feel like a script. */
function pick(lines: readonly string[], context: OefenenContext, salt = 0): string {
  return lines[(context.seed + context.practice.turns + salt) % lines.length];
}

function persona(context: OefenenContext): Persona {
  if (!context.persona) throw new Error('Practice without a persona');
  return personas[context.persona];
}

function replyLines(p: Persona, reply: ReplyKey): readonly string[] {
  switch (reply.kind) {
    case 'truth':
      return p.truths[reply.topic];
    case 'technique':
      return p.byTechnique[reply.technique];
    case 'guarded':
      return p.guarded;
    default:
      return p[reply.kind];
  }
}

const label = (technique: string) => oefenen.techniques[technique]?.label ?? technique;
const topicLabel = (topic: string) => oefenen.topics[topic] ?? topic;

export function renderPersonaIntro(context: OefenenContext): TextReply[] {
  const p = persona(context);
  return [...t('uitleg'), ...t('intro', { name: p.name, age: p.age, situation: p.situation }), `${p.name}: ${pick(p.opening, context)}`].map((l) => textMessage(l));
}

/** The label under the client's answer: the technique, or, for words about confidentiality only, that they were no technique. */
function recognisedLabel(technique: string | null, reply: ReplyKey, trust: number): string {
  const vars = { trust, max: TRUST_MAX };
  if (technique === null) return t(reply.kind === 'secrecyPromise' ? 'herkendBelofte' : 'herkendKader', vars).join(' ');
  return t('herkend', { ...vars, techniek: label(technique) }).join(' ');
}

/**
 * The client's answer, with what the bot recognised as data (and as a small label for every channel). A
 * promise of secrecy said with a question gets the client's reaction to the promise before the answer.
 */
export function renderPracticeReply(context: OefenenContext): TextReply[] {
  const p = persona(context);
  const { practice } = context;
  // Sessions stored before `technique` was kept: the last technique used.
  const technique = practice.technique !== undefined ? practice.technique : (practice.used[practice.used.length - 1] ?? null);
  const toPromise = practice.promisedNow && practice.reply.kind !== 'secrecyPromise' ? `${pick(p.secrecyPromise, context)} ` : '';
  const text = `${p.name}: ${toPromise}${pick(replyLines(p, practice.reply), context)}\n${recognisedLabel(technique, practice.reply, practice.trust)}`;
  return [textMessage(text, { data: { practice: { technique, trust: practice.trust } }, hint: 'expecting' })];
}

/** Where the professional stands in the routekaart, from what came out. */
function phaseNow(uncovered: readonly string[]): string {
  const phases = content.routekaart.phases;
  if (!uncovered.some((u) => ['inkomen', 'werk', 'familie'].includes(u))) return phases.fase1.title;
  if (!uncovered.some((u) => ['schulden', 'cjib', 'huur', 'informeel', 'overzicht'].includes(u))) return phases.fase2.title;
  return phases.fase3.title;
}

export function renderPracticeFeedback(context: OefenenContext): TextReply[] {
  const p = persona(context);
  const { used, uncovered, trust } = context.practice;
  const lines: string[] = [...t('feedbackTitel', { name: p.name })];
  lines.push(...(used.length ? t('gebruikt', { lijst: used.map(label).join(' → ') }) : t('nietsGebruikt')));
  const missing = TECHNIQUES.filter((tech) => !used.includes(tech));
  if (missing.length) {
    lines.push(...t('ontbrak'));
    for (const tech of missing) lines.push(`• ${label(tech)}: “${oefenen.techniques[tech].example}”`);
  }
  // Pitfalls under their own heading, never among the techniques not used.
  const tips = PITFALLS.filter((pitfall) => (pitfall === 'gesloten' ? context.practice.closedTooEarly : used.filter((u) => u === pitfall).length) > 0)
    .map((pitfall) => oefenen.techniques[pitfall].tip)
    .filter((tip): tip is string => Boolean(tip));
  if (tips.length) lines.push(...t('valkuilen'), ...tips.map((tip) => `• ${tip}`));
  lines.push(...(uncovered.length ? t('ontdekt', { lijst: uncovered.map(topicLabel).join(', ') }) : t('nietsOntdekt')));
  const hidden = Object.keys(p.truths).filter((topic) => !uncovered.includes(topic));
  if (hidden.length) lines.push(...t('gemist', { lijst: hidden.map(topicLabel).join(', ') }));
  lines.push(...t('fase', { fase: phaseNow(uncovered) }));
  lines.push(...t('vertrouwen', { trust }));
  const ownStory = used.length > 0 && ['inKaart', 'normaliseren'].includes(used[0]) && !used.includes('oordelen');
  lines.push(...t(context.practice.kaderAtStart ? 'kaderJa' : 'kaderNee'));
  if (context.practice.secrecyPromised) lines.push(...t('geheimBelofte'));
  lines.push(...t(ownStory ? 'eigenVerhaalJa' : 'eigenVerhaalNee'));
  lines.push(...t(context.practice.willenKunnenGevraagd ? 'willenKunnenJa' : 'willenKunnenNee'));
  lines.push(...t(context.practice.schaarste ? 'schaarsteJa' : 'schaarsteNee'));
  return [textMessage(lines.join('\n'))];
}

/** A kind of help by its name; "de hulp die er al is" by its button title. */
function helpName(id: string): string {
  const help = (content.hulp as Record<string, { name: string } | undefined>)[id];
  return help?.name ?? textEntry('oefenen.welkeHulp').choices?.[id]?.title ?? id;
}

export function renderPracticeComparison(context: OefenenContext): TextReply[] {
  const p = persona(context);
  const right = helpName(p.referral.id);
  const chosen = context.chosenReferral ? helpName(context.chosenReferral) : '';
  const verdict =
    context.chosenReferral === null
      ? t('vergelijkingGeen', { juist: right, name: p.name })
      : context.chosenReferral === p.referral.id
        ? t('vergelijkingGoed', { juist: right, name: p.name })
        : t('vergelijkingAnders', { gekozen: chosen, juist: right, name: p.name });
  return [textMessage([...verdict, ...t('reden', { reden: p.referral.reason })].join('\n'))];
}

export const renderAllianceIntro = (): TextReply[] => t('alliantieIntro').map((l) => textMessage(l));
export const renderAllianceEnd = (): TextReply[] => t('alliantieSlot').map((l) => textMessage(l));
export const renderPracticeEnd = (): TextReply[] => t('einde').map((l) => textMessage(l));
