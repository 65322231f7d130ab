import { type Channel, channels, newId } from '@jalon/core';
import { useState } from 'preact/hooks';
import { today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { readMoney } from '../../i18n/read.ts';
import { useUnsaved } from '../../shell/unsaved.ts';
import { type Answers, assess, questions, type Score } from './assessment.ts';
import { startMessages } from './messages.ts';
import { planTexts } from './plan-texts.ts';
import { currencies } from './scratch.tsx';
import { buildStarterPlan } from './starter-plan.ts';
import { starterTexts } from './starter-texts.ts';
import { useWriter } from './use-writer.tsx';

const scores: readonly Score[] = [0, 1, 2];

/** Five questions on the current marketing; the answers build a starter plan for the next month. */
export function AssessmentStart() {
  const t = useT(startMessages);
  const lang = useLang();
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [channel, setChannel] = useState<Channel>('seo');
  const [currency, setCurrency] = useState('EUR');
  const [goal, setGoal] = useState('');
  const [deal, setDeal] = useState('');
  const [owner, setOwner] = useState(planTexts[lang].defaultOwner);
  const [submitted, setSubmitted] = useState(false);
  const { write, busy, status } = useWriter('start-assessment');
  useUnsaved('start-assessment', Object.keys(answers).length > 0 || goal !== '' || deal !== '');

  const complete = questions.every((q) => answers[q] !== undefined) ? (answers as Answers) : undefined;
  const result = complete && assess(complete);
  const revenueGoal = readMoney(goal, currency, intlLocale(lang));
  const averageDealValue = readMoney(deal, currency, intlLocale(lang));
  const moneyOk = !!revenueGoal && !!averageDealValue;

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!complete || !revenueGoal || !averageDealValue) return;
    void write(() =>
      buildStarterPlan(
        {
          answers: complete,
          today: today(),
          currency,
          revenueGoal,
          averageDealValue,
          owner: owner.trim(),
          channel,
        },
        lang,
        { newId, now: new Date().toISOString() },
      ),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1>{t('option.assessment')}</h1>
      <p>{t('assessmentIntro')}</p>
      {questions.map((q) => (
        <fieldset key={q} class="question" data-question={q}>
          <legend>{t(`q.${q}`)}</legend>
          {scores.map((score) => (
            <label key={score} class="choice">
              <input
                type="radio"
                name={`q-${q}`}
                checked={answers[q] === score}
                onChange={() => setAnswers({ ...answers, [q]: score })}
              />{' '}
              {t(`a.${q}.${score}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <label for="a-channel">{t('mainChannel')}</label>
      <select id="a-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
        {channels.map((c) => (
          <option key={c} value={c}>
            {planTexts[lang].channels[c]}
          </option>
        ))}
      </select>
      <label for="a-currency">{t('currency')}</label>
      <select id="a-currency" value={currency} onChange={(e) => setCurrency(e.currentTarget.value)}>
        {currencies.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label for="a-goal">{t('monthGoal')}</label>
      <input
        id="a-goal"
        class="wide"
        inputMode="decimal"
        value={goal}
        onInput={(e) => setGoal(e.currentTarget.value)}
        placeholder="20 000"
      />
      <label for="a-deal">{t('averageDealValue')}</label>
      <input
        id="a-deal"
        class="wide"
        inputMode="decimal"
        value={deal}
        onInput={(e) => setDeal(e.currentTarget.value)}
        placeholder="5 000"
      />
      {submitted && !moneyOk && <p class="error">{t('error.money', { currency })}</p>}
      <label for="a-owner">{t('owner')}</label>
      <input id="a-owner" class="wide" value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
      {result && (
        <section class="card" aria-labelledby="a-result" data-testid="assessment-result">
          <h2 id="a-result">{t('score', { score: result.total })}</h2>
          <p>{t(`level.${result.level}`)}</p>
          <h3>{t('firstActions')}</h3>
          <ol>
            {result.gaps.map((q) => (
              <li key={q}>{starterTexts[lang].gaps[q].title}</li>
            ))}
            <li>{starterTexts[lang].track(planTexts[lang].channels[channel]).title}</li>
            <li>{starterTexts[lang].review.title}</li>
          </ol>
        </section>
      )}
      {submitted && !complete && (
        <p class="error" role="alert">
          {t('answerAll')}
        </p>
      )}
      <p>
        <button type="submit" class="primary wide" disabled={busy}>
          {t('createStarter')}
        </button>
      </p>
      {status}
    </form>
  );
}
