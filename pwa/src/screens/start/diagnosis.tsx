import {
  type Assessment,
  type MethodStep,
  methodSteps,
  type StarterAction,
  starterTexts,
  stepOf,
} from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { assessmentMessages } from './assessment-messages.ts';

// Inline rules rather than a stylesheet: see assessment-questions.tsx. Bars print in colour.
const row =
  'display:grid;grid-template-columns:minmax(7rem,1fr) 2fr auto;gap:0.6rem;align-items:center;padding:0.25rem 0';
const track =
  'display:block;height:0.9rem;border:1px solid var(--line);border-radius:4px;background:var(--soft);overflow:hidden;print-color-adjust:exact;-webkit-print-color-adjust:exact';
const fill = { display: 'block', height: '100%', background: 'var(--accent)' } as const;

/**
 * The diagnosis, before any plan: the score of each step of the method drawn as a bar (the text
 * beside it says the same for screen readers and paper), the weakest points, then the month's
 * actions, each naming the weakness it answers.
 */
export function Diagnosis({ result, actions }: { result: Assessment; actions: readonly StarterAction[] }) {
  const t = useT(assessmentMessages);
  const lang = useLang();
  const texts = starterTexts[lang];
  const stepName = (step: MethodStep) =>
    t('stepHeading', { n: methodSteps.indexOf(step) + 1, step: t(`step.${step}`) });
  const weakestTitle =
    result.weakest.length === 3
      ? t('weakest')
      : t(pluralKey('weakest', result.weakest.length, lang), { count: result.weakest.length });
  return (
    <section aria-labelledby="diagnosis-title" data-testid="diagnosis">
      <h1 id="diagnosis-title">{t('diagnosis')}</h1>
      <p>
        <strong data-testid="total-score">{t('score', { score: result.total, max: result.max })}</strong>{' '}
        {t(`level.${result.level}`)}
      </p>
      <h2>{t('byStep')}</h2>
      <ol class="plain">
        {result.steps.map((s) => (
          <li key={s.step} data-testid="step-score" data-step={s.step} data-score={s.score} style={row}>
            <span>{stepName(s.step)}</span>
            <span class="score-bar" aria-hidden="true" style={track}>
              <span style={{ ...fill, width: `${(100 * s.score) / s.max}%` }} />
            </span>
            <span style={{ whiteSpace: 'nowrap' }}>{t('stepScore', { score: s.score, max: s.max })}</span>
          </li>
        ))}
      </ol>
      {result.weakest.length === 0 ? (
        <p>{t('noWeakness')}</p>
      ) : (
        <>
          <h2>{weakestTitle}</h2>
          <ol data-testid="weakest">
            {result.weakest.map((point) => (
              <li key={point} data-point={point}>
                <strong>{texts.points[point].weakness}</strong>{' '}
                <span class="muted">({stepName(stepOf(point))})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('monthPlan')}</h2>
      <ol class="month-plan" data-testid="month-plan">
        {actions.map((a) => (
          <li key={a.title} data-point={a.point}>
            <strong>{a.title}</strong>{' '}
            <span class="muted">
              {t('due', { date: formatDate(a.deadline, lang, { day: 'numeric', month: 'long' }) })}
            </span>
            <br />
            <span
              class={a.weak ? undefined : 'muted'}
              style={a.weak ? { color: 'var(--warn)', fontWeight: 600 } : undefined}
            >
              {a.weak ? t('answersWeakness', { weakness: texts.points[a.point].weakness }) : t('routine')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
