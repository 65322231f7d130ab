import { type KpiValueError, PlanError, type PlanErrorCode } from '@jalon/core';
import { StorageError, storageMessage } from '@jalon/core/storage';
import { type MessageKey, translate, translator } from '../i18n.ts';
import { refusalText } from '../kpi-check-text.ts';
import { localToday } from '../local-date.ts';
import {
  type Failure,
  failure,
  type PageRequest,
  type PageRequestType,
  pageRequestSchema,
  type RequestOf,
  type ResponseOf,
  type Result,
} from '../protocol.ts';
import { readSettings } from '../settings.ts';
import { saveDraft } from './clips.ts';
import { planDb } from './db.ts';
import { acceptIdea, discardIdea, inboxIdeas, summary } from './ideas.ts';
import { userLocale } from './locale.ts';
import { withFullMetadata } from './page-metadata.ts';
import { dropPending } from './pending.ts';
import { currentPlan } from './plan.ts';
import { popupContext } from './popup-context.ts';
import { refreshBadge } from './refresh.ts';

/**
 * Only the extension's own pages (popup, capture window, options) may ask the service worker
 * anything. Content scripts, ours included, carry the page's origin and are refused: a page
 * that subverted one must not be able to write into the plan.
 */
export function isExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  const origin = new URL(chrome.runtime.getURL('')).origin;
  return (
    sender.id === chrome.runtime.id && sender.origin === origin && (sender.url ?? '').startsWith(`${origin}/`)
  );
}

export async function route(
  message: unknown,
  sender: chrome.runtime.MessageSender,
): Promise<Result<unknown>> {
  if (!isExtensionPage(sender)) return failure('forbidden-sender');
  const parsed = pageRequestSchema.safeParse(message);
  if (!parsed.success) return failure('invalid-message');
  try {
    return { ok: true, data: await handle(parsed.data) };
  } catch (error) {
    return toFailure(error, userLocale(await readSettings()).language);
  }
}

/** Once the write is done, the badge follows; failing to redraw it must not turn a saved clip into an error. */
const recount = () =>
  refreshBadge().then(
    () => undefined,
    () => undefined,
  );

type Handlers = { [T in PageRequestType]: (request: RequestOf<T>) => Promise<ResponseOf<T>> };

const handlers: Handlers = {
  'popup/open': (request) => popupContext(planDb(), request.pendingId),
  'clip/save': async (request) => {
    const db = planDb();
    const [plan, draft] = await Promise.all([currentPlan(db), withFullMetadata(request.draft)]);
    const saved = await saveDraft(db, plan.id, draft, localToday()).catch((error: unknown) => {
      // A figure in another currency is refused by name of the plan's currency.
      throw error instanceof PlanError ? Object.assign(error, { currency: plan.currency }) : error;
    });
    if (draft.pendingId) await dropPending(draft.pendingId);
    await recount();
    return saved;
  },
  'ideas/list': async () => {
    const db = planDb();
    const plan = await currentPlan(db);
    return { ideas: (await inboxIdeas(db, plan.id)).map(summary) };
  },
  'idea/accept': async ({ id, leverId }) => {
    const db = planDb();
    const plan = await currentPlan(db);
    const actionId = await acceptIdea(db, plan.id, id, leverId);
    await recount();
    return { actionId };
  },
  'idea/discard': async ({ id }) => {
    const db = planDb();
    const plan = await currentPlan(db);
    await discardIdea(db, plan.id, id);
    await recount();
    return {};
  },
  'pending/dismiss': async ({ id }) => {
    await dropPending(id);
    return {};
  },
  'inbox/refresh': async () => {
    await recount();
    return {};
  },
};

function handle(request: PageRequest): Promise<unknown> {
  return (handlers[request.type] as (request: PageRequest) => Promise<unknown>)(request);
}

const planMessages: Partial<Record<PlanErrorCode, MessageKey>> = {
  'unknown-reference': 'errorUnknownReference',
  'record-missing': 'errorRecordGone',
  'record-deleted': 'errorRecordGone',
  'idea-not-in-inbox': 'errorIdeaHandled',
};

/** Every failure reaches the page translated: the page shows it as it is. */
function toFailure(error: unknown, language: 'fr' | 'en'): Failure {
  if (error instanceof StorageError) return failure('storage', storageMessage(error.code, language));
  if (error instanceof PlanError) {
    const t = translator(language);
    // The popup asks before it sends a figure out of scale; the worker checks again (a draft is only a message).
    if (error.code === 'unconfirmed-kpi-value') {
      return failure('kpi-value', t('kpiUnconfirmed', { figure: error.input ?? '' }));
    }
    if (error.code === 'invalid-kpi-value') {
      const currency = (error as PlanError & { currency?: string }).currency ?? '';
      const reason = refusalText(t, (error.detail ?? 'unreadable') as KpiValueError, currency);
      return failure('kpi-value', t('kpiRefusedFigure', { figure: error.input ?? '', reason }));
    }
    return failure('plan', translate(language, planMessages[error.code] ?? 'errorInvalidValue'));
  }
  return failure('unexpected');
}
