import type { ExtractedFigure, Idea, KeyAction, Lever } from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import { type Lang, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorMessage } from '../../shell/errors.ts';
import { showToast } from '../../shell/toast.tsx';
import { acceptIdea, setIdeaStatus } from './accept.ts';
import { ideasMessages } from './messages.ts';
import { safeHttpUrl } from './safe-url.ts';

/** Figures keep the value as read on the page (not cents), with the currency the page showed. */
function formatFigure(figure: ExtractedFigure, lang: Lang): string {
  if (figure.kind === 'percent') return formatPercent(figure.value, lang);
  if (figure.kind === 'currency' && figure.currency)
    return formatMoney(Math.round(figure.value * 100), figure.currency, lang);
  return formatNumber(figure.value, lang);
}

/** One clipped idea. Everything it holds came from a web page: rendered as text, links only if http(s). */
export function IdeaCard({
  idea,
  levers,
  action,
}: {
  idea: Idea;
  levers: Lever[];
  action: KeyAction | undefined;
}) {
  const t = useT(ideasMessages);
  const lang = useLang();
  const [choosing, setChoosing] = useState(false);
  const [leverId, setLeverId] = useState(idea.leverId ?? levers[0]?.id ?? '');
  const link = safeHttpUrl(idea.pageUrl);
  const fail = (error: unknown) => showToast({ message: errorMessage(error, lang) });
  const accept = async (event: Event) => {
    event.preventDefault();
    try {
      const title = await acceptIdea(idea, leverId, t('untitled'));
      showToast({ message: t('acceptedToast', { title }) });
    } catch (error) {
      fail(error);
    }
  };
  const move = async (status: 'inbox' | 'discarded') => {
    try {
      await setIdeaStatus(idea, status);
      if (status === 'discarded') {
        showToast({
          message: t('discardedToast'),
          action: { label: t('cancel'), run: () => setIdeaStatus(idea, 'inbox').catch(fail) },
        });
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <li class="card idea" data-testid="idea">
      {idea.pageTitle && <h2 class="idea-title">{idea.pageTitle}</h2>}
      {idea.text && <blockquote class="idea-text">{idea.text}</blockquote>}
      {idea.note && <p>{idea.note}</p>}
      <p class="meta muted">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {idea.site || new URL(link).hostname}
          </a>
        ) : (
          idea.site && <span>{idea.site}</span>
        )}
      </p>
      {idea.figures.length > 0 && (
        <ul class="chips" aria-label={t('figures')}>
          {idea.figures.map((figure, i) => (
            <li key={i} class="chip figure">
              <strong>{formatFigure(figure, lang)}</strong>
              {figure.label && <span> · {figure.label}</span>}
            </li>
          ))}
        </ul>
      )}
      {idea.tags.length > 0 && (
        <ul class="chips" aria-label={t('tags')}>
          {idea.tags.map((tag) => (
            <li key={tag} class="chip">
              #{tag}
            </li>
          ))}
        </ul>
      )}
      {idea.status === 'accepted' && action && (
        <p class="muted">{t('becameAction', { title: action.title })}</p>
      )}
      {idea.status === 'inbox' && !choosing && (
        <div class="row">
          <button type="button" class="primary" onClick={() => setChoosing(true)}>
            {t('accept')}
          </button>
          <button type="button" onClick={() => void move('discarded')}>
            {t('discard')}
          </button>
        </div>
      )}
      {idea.status === 'inbox' && choosing && (
        <form class="accept-form" onSubmit={(e) => void accept(e)}>
          {levers.length === 0 ? (
            <p>{t('noLevers')}</p>
          ) : (
            <>
              <label for={`lever-${idea.id}`}>{t('lever')}</label>
              <select
                id={`lever-${idea.id}`}
                value={leverId}
                onChange={(e) => setLeverId(e.currentTarget.value)}
              >
                {levers.map((lever) => (
                  <option key={lever.id} value={lever.id}>
                    {lever.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <div class="row">
            {levers.length > 0 && (
              <button type="submit" class="primary">
                {t('confirm')}
              </button>
            )}
            <button type="button" onClick={() => setChoosing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {idea.status === 'discarded' && (
        <button type="button" onClick={() => void move('inbox')}>
          {t('restore')}
        </button>
      )}
    </li>
  );
}
