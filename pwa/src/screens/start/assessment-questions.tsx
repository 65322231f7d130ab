import { type Answer, type Answers, type AssessmentPoint, assessmentPoints, methodSteps } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { assessmentMessages } from './assessment-messages.ts';

const choices: readonly Answer[] = [0, 1, 2];

/**
 * The questions, grouped by step of the method: each a row of three radio buttons (no, partly,
 * yes). No stylesheet of its own: a new CSS file would add an entry to the first screen's route
 * map, so the few layout rules are inline.
 */
export function AssessmentQuestions({
  answers,
  onAnswer,
  showMissing,
}: {
  answers: Partial<Answers>;
  onAnswer: (point: AssessmentPoint, answer: Answer) => void;
  showMissing: boolean;
}) {
  const t = useT(assessmentMessages);
  return (
    <>
      {methodSteps.map((step, i) => (
        <fieldset key={step} data-step={step}>
          <legend>{t('stepHeading', { n: i + 1, step: t(`step.${step}`) })}</legend>
          {assessmentPoints
            .filter((p) => p.step === step)
            .map(({ id }) => {
              const missing = showMissing && answers[id] === undefined;
              return (
                <div
                  key={id}
                  role="radiogroup"
                  aria-labelledby={`q-${id}-text`}
                  aria-invalid={missing || undefined}
                  data-question={id}
                >
                  <p id={`q-${id}-text`} class={missing ? 'error' : undefined}>
                    {t(`q.${id}`)}
                  </p>
                  <div class="row">
                    {choices.map((answer) => (
                      <label key={answer} class="choice" style={{ marginRight: '1rem' }}>
                        <input
                          type="radio"
                          name={`q-${id}`}
                          value={answer}
                          checked={answers[id] === answer}
                          onChange={() => onAnswer(id, answer)}
                        />{' '}
                        {t(`answer.${answer}`)}
                      </label>
                    ))}
                  </div>
                  {missing && <p class="error small">{t('unanswered')}</p>}
                </div>
              );
            })}
        </fieldset>
      ))}
    </>
  );
}
