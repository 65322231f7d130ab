import { type ExtractedFigure, type Idea, type KeyAction, type Lever, toCents } from '@jalon/core';
import { useState } from 'preact/hooks';
import { write } from '../../data/write.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import { type Lang, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { AcceptForm } from './accept-form.tsx';
import { ideasMessages } from './messages.ts';
import { safeHttpUrl } from './safe-url.ts';

/** Figures keep the value as read on the page (not cents), with the currency the page showed. */
function formatFigure(figure: ExtractedFigure, lang: Lang): string {
  if (figure.kind === 'percent') return formatPercent(figure.value, lang);
  if (figure.kind === 'currency' && figure.currency) {
    try {
      return formatMoney(toCents(figure.value), figure.currency, lang);
    } catch {
      // an amount too large for cents (a hostile file): shown as a plain number
    }
  }
  return formatNumber(figure.value, lang);
}

/** One clipped idea. Everything it holds came from a web page: rendered as text, links only if http(s). */
export function IdeaCard({
  idea,
  levers,
  owners,
  action,
}: {
  idea: Idea;
  levers: Lever[];
  owners: readonly string[];
  action: KeyAction | undefined;
}) {
  const t = useT(ideasMessages);
  const lang = useLang();
  const [choosing, setChoosing] = useState(false);
  const link = safeHttpUrl(idea.pageUrl);
  const fail = (error: unknown) => showToast({ message: errorText(error, lang) });
  const move = async (status: 'inbox' | 'discarded') => {
    try {
      await write.setIdeaStatus(idea.id, status);
      if (status === 'discarded') {
        showToast({
          message: t('discardedToast'),
          action: { label: t('cancel'), run: () => write.setIdeaStatus(idea.id, 'inbox').catch(fail) },
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
        <p class="muted">
          <a href={href(`/actions?action=${encodeURIComponent(action.id)}`)}>
            {t('becameAction', { title: action.title })}
          </a>
        </p>
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
        <AcceptForm idea={idea} levers={levers} owners={owners} onDone={() => setChoosing(false)} />
      )}
      {idea.status === 'discarded' && (
        <button type="button" onClick={() => void move('inbox')}>
          {t('restore')}
        </button>
      )}
    </li>
  );
}
