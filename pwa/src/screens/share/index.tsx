import { ideaFromShare, shareIdSchema } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import { setPlanId } from '../../data/current-plan.ts';
import { plans } from '../../data/queries.ts';
import { forgetShare, ideaSaved, readShare } from '../../data/shared.ts';
import { write } from '../../data/write.ts';
import { today } from '../../i18n/format.ts';
import { intlLocale, type Lang, useLang } from '../../i18n/locale.ts';
import { translator, useT } from '../../i18n/messages.ts';
import { href, navigate } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { ImportPanel } from '../sync/import-panel.tsx';
import { shareMessages } from './messages.ts';

type State = { step: 'reading' } | { step: 'file'; file: File } | { step: 'failed'; message: string };

/**
 * Where "share to Jalon" lands (the service worker parked the share and sent the browser here). A
 * link, a text or a page becomes an idea of the current plan's inbox through core's saveClip —
 * with no plan yet, of a new "Idea inbox" plan, as in the extension; a shared file is offered for
 * import. The share's id is the idea's: a reload half-way never saves it twice.
 */
export default function Share({ planId, query }: ScreenProps) {
  const t = useT(shareMessages);
  const lang = useLang();
  const parsed = shareIdSchema.safeParse(query.get('id'));
  const id = parsed.success ? parsed.data : undefined;
  const [state, setState] = useState<State>({ step: 'reading' });

  useEffect(() => {
    if (!id) {
      setState({ step: 'failed', message: t('gone') });
      return;
    }
    let live = true;
    receive(id, planId, lang).then(
      (next) => live && next && setState(next),
      (error) => live && setState({ step: 'failed', message: errorText(error, lang) }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <>
      <h1>{t('title')}</h1>
      {state.step === 'reading' && <p aria-busy="true">{t('reading')}</p>}
      {state.step === 'failed' && (
        <>
          <p role="alert">{state.message}</p>
          {planId && (
            <p>
              <a class="button" href={href('/ideas')}>
                {t('toIdeas')}
              </a>
            </p>
          )}
        </>
      )}
      {state.step === 'file' && id && (
        <section class="card">
          <h2>{t('fileTitle', { name: state.file.name })}</h2>
          <p class="muted">{t('fileHint')}</p>
          <ImportPanel
            offered={{ file: state.file, label: t('importFile') }}
            onImported={() => void afterImport(id, planId)}
          />
        </section>
      )}
    </>
  );
}

/** The share is done with; with no plan open yet, the newest one the file brought opens. */
async function afterImport(id: string, planId: string): Promise<void> {
  await forgetShare(id);
  if (!planId) setPlanId((await plans())[0]?.id);
}

async function receive(id: string, planId: string, lang: Lang): Promise<State | undefined> {
  const t = translator(shareMessages, lang);
  const parked = await readShare(id);
  if (!parked) {
    // Saved already (a reload after the save): show it rather than say nothing came.
    if (planId && (await ideaSaved(id))) {
      navigate(`/ideas?idea=${id}`, { replace: true });
      return undefined;
    }
    return { step: 'failed', message: t('gone') };
  }
  if (parked.file) return { step: 'file', file: parked.file };
  const shared = ideaFromShare(parked.fields);
  if (!shared.ok) {
    await forgetShare(id);
    return {
      step: 'failed',
      message: shared.error === 'empty' ? t('empty') : t('invalid', { field: shared.field ?? '' }),
    };
  }
  let plan = planId;
  if (!plan) {
    plan = (await write.createInboxPlan({ name: t('inboxName'), locale: intlLocale(lang), today: today() }))
      .id;
    setPlanId(plan);
  }
  if (!(await ideaSaved(id))) {
    await write.saveClip({ planId: plan, idea: { id, ...shared.idea }, kpiValues: [], today: today() });
  }
  await forgetShare(id);
  showToast({ message: t('saved') });
  navigate(`/ideas?idea=${id}`, { replace: true });
  return undefined;
}
