import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IdeaSummary, Option } from '../protocol.ts';
import { ask } from '../ui/ask.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { useT } from '../ui/i18n.tsx';
import { useAction } from '../ui/use-ask.ts';
import { matches } from './search.ts';

/** The inbox: search, accept an idea into an action under a lever, or discard it. */
export function Ideas({ levers, onChange }: { levers: readonly Option[]; onChange: () => void }) {
  const t = useT();
  const [ideas, setIdeas] = useState<IdeaSummary[] | undefined>();
  const [query, setQuery] = useState('');
  const [leverOf, setLeverOf] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction(t);

  const load = () => run(() => ask({ type: 'ideas/list' })).then((r) => r && setIdeas(r.ideas));
  useEffect(() => void load(), []);
  const shown = useMemo(() => (ideas ?? []).filter((idea) => matches(idea, query)), [ideas, query]);

  const act = async (work: () => Promise<unknown>) => {
    if ((await run(work)) !== undefined) {
      await load();
      onChange();
    }
  };

  return (
    <main class="ideas">
      <input
        type="search"
        aria-label={t('ideasSearch')}
        placeholder={t('ideasSearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {ideas && shown.length === 0 && <p class="muted">{t('ideasEmpty')}</p>}
      <ul>
        {shown.map((idea) => {
          const leverId = leverOf[idea.id] ?? idea.leverId ?? '';
          return (
            <li key={idea.id} class="idea">
              <span class="idea-text">{idea.text || idea.pageTitle}</span>
              <span class="muted">
                {idea.site}{' '}
                {idea.pageUrl && <ExternalLink url={idea.pageUrl}>{t('openSource')}</ExternalLink>}
              </span>
              <div class="row">
                <select
                  aria-label={t('fieldLever')}
                  value={leverId}
                  onChange={(e) => setLeverOf({ ...leverOf, [idea.id]: e.currentTarget.value })}
                >
                  <option value="">{levers.length === 0 ? t('noLevers') : t('pickLever')}</option>
                  {levers.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="primary"
                  disabled={busy || !leverId}
                  title={leverId ? undefined : t('leverRequired')}
                  onClick={() => act(() => ask({ type: 'idea/accept', id: idea.id, leverId }))}
                >
                  {t('accept')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => act(() => ask({ type: 'idea/discard', id: idea.id }))}
                >
                  {t('discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
