import { type Answer, type Answers, type AssessmentPoint, assessmentPoints, methodSteps } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { assessmentMessages } from './assessment-messages.ts';

const choices: readonly Answer[] = [0, 1, 2];

/** The questions, grouped by step of the method: each a row of three radio buttons (no, partly, yes). */
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
        <fieldset key={step} class="assessment-step" data-step={step}>
          <legend>{t('stepHeading', { n: i + 1, step: t(`step.${step}`) })}</legend>
          {assessmentPoints
            .filter((p) => p.step === step)
            .map(({ id }) => {
              const missing = showMissing && answers[id] === undefined;
              return (
                <fieldset
                  key={id}
                  class={`question${missing ? ' missing' : ''}`}
                  data-question={id}
                  aria-invalid={missing || undefined}
                >
                  <legend>{t(`q.${id}`)}</legend>
                  <div class="answers">
                    {choices.map((answer) => (
                      <label key={answer} class="choice">
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
                </fieldset>
              );
            })}
        </fieldset>
      ))}
    </>
  );
}
