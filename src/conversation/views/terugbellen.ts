import { content, textEntry } from '../../content';
import { readPhone } from '../../language';
import { callBackRequest } from '../callBackRequest';
import type { Gemeente } from '../../content/gemeenten';
import type { GesprekContext } from '../../machines/gesprek';
import { lines, renderSay, type RenderVars } from '../render';
import { textMessage, type Reply } from '../reply';
import type { RenderContext } from './context';

/** Who receives a call-back request, as the person reads it. */
export function recipientName(gemeente: Gemeente | undefined): string {
  const local = gemeente?.contacts['sociaal-wijkteam']?.name;
  if (local) return local;
  return lines('terugbellen.ontvanger', { gemeente: gemeente?.name ?? '' })[0];
}

/** Where to call when a call-back request could not be delivered: the local wijkteam, the local schuldhulp, or the gemeente. */
function numberToCall(gemeente: Gemeente | undefined): string {
  return gemeente?.contacts['sociaal-wijkteam']?.phone ?? gemeente?.contacts.schuldhulpverlening?.phone ?? textEntry('terugbellen.gemeenteNummer').say[0];
}

/** What the person hears when their call-back request could not be delivered. */
export function renderHandoverFailed(gemeente: Gemeente | undefined): Reply[] {
  return renderSay(['terugbellen.mislukt'], { ontvanger: recipientName(gemeente), telefoon: numberToCall(gemeente) });
}

/**
 * The consent summary: exactly what goes to whom, before the person says yes. Each field is the one the
 * request sends (callBackRequest.ts), in plain words: the number as the Dutch write it, the moment and each
 * kind of help by their names in content.
 */
export function renderTerugbellenSamenvatting(context: GesprekContext, ctx: RenderContext, vars: RenderVars): Reply[] {
  const { referrals, contact } = callBackRequest(context, ctx.crises);
  const moment = contact.moment ? textEntry('terugbellen.moment').choices?.[contact.moment]?.title ?? '' : '';
  const telefoon = contact.phone ? readPhone(contact.phone)?.display ?? contact.phone : '';
  const summary = [
    ...lines('terugbellen.samenvatting', { ...vars, ontvanger: recipientName(ctx.gemeente), naam: contact.name ?? '', telefoon, moment }),
    ...(referrals.length ? referrals.flatMap((id) => lines('terugbellen.samenvatting.hulp', { hulp: content.hulp[id].name })) : lines('terugbellen.samenvatting.geenHulp')),
    ...lines('terugbellen.samenvatting.slot'),
  ];
  return [textMessage(summary.join('\n'))];
}
