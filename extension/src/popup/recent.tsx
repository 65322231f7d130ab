import type { IdeaSummary } from '../protocol.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { useT } from '../ui/i18n.tsx';

/** The last clips, newest first: proof that the menu clips landed. */
export function Recent({ ideas }: { ideas: readonly IdeaSummary[] }) {
  const t = useT();
  return (
    <section class="recent">
      <h2>{t('recentTitle')}</h2>
      {ideas.length === 0 ? (
        <p class="muted">{t('recentEmpty')}</p>
      ) : (
        <ul>
          {ideas.map((idea) => (
            <li key={idea.id} class="idea">
              <span class="idea-text">{idea.text || idea.pageTitle}</span>
              <span class="muted">
                {idea.site}
                {idea.pageUrl && ' · '}
                {idea.pageUrl && <ExternalLink url={idea.pageUrl}>{t('openSource')}</ExternalLink>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
