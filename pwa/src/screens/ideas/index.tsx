import type { IdeaStatus } from '@jalon/core';
import { useLive } from '../../data/live.ts';
import { planActions, planIdeas, planLevers } from '../../data/queries.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { errorText } from '../../ui/errors.ts';
import { IdeaCard } from './idea-card.tsx';
import { ideasMessages } from './messages.ts';

const statuses: readonly IdeaStatus[] = ['inbox', 'accepted', 'discarded'];

/** The inbox of ideas clipped by the extension: turn each into an action of a lever, or discard it. */
export default function Ideas({ planId, query }: ScreenProps) {
  const t = useT(ideasMessages);
  const lang = useLang();
  const asked = query.get('status');
  const status: IdeaStatus = statuses.find((s) => s === asked) ?? 'inbox';
  const data = useLive(async () => {
    const [ideas, levers, actions] = await Promise.all([
      planIdeas(planId),
      planLevers(planId),
      planActions(planId),
    ]);
    const owners = [...new Set(actions.map((a) => a.owner.trim()).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, lang),
    );
    return { ideas, levers, owners, actions: new Map(actions.map((a) => [a.id, a])) };
  }, [planId]);

  if (data.status === 'error') return <p role="alert">{errorText(data.error, lang)}</p>;
  if (data.status === 'loading') return <h1 aria-busy="true">{t('title')}</h1>;
  const { ideas, levers, owners, actions } = data.value;
  // A link from an action names its idea: show that one.
  const only = query.get('idea');
  const shown = ideas
    .filter((idea) => idea.status === status && (!only || idea.id === only))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <>
      <h1>{t('title')}</h1>
      <nav class="tabs" aria-label={t('filter')}>
        {statuses.map((s) => (
          <a key={s} href={href(`/ideas?status=${s}`)} aria-current={s === status ? 'page' : undefined}>
            {t(s)} <span class="count">{ideas.filter((idea) => idea.status === s).length}</span>
          </a>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p class="muted">{t('empty')}</p>
      ) : (
        <ul class="list ideas">
          {shown.map((idea) => (
            <IdeaCard
              key={idea.id}
              idea={idea}
              levers={levers}
              owners={owners}
              action={idea.actionId ? actions.get(idea.actionId) : undefined}
            />
          ))}
        </ul>
      )}
    </>
  );
}
