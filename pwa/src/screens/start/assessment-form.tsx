import {
  type Answers,
  type AssessmentPoint,
  assess,
  assessmentPoints,
  type BenchmarkFunnelId,
  buildStarterPlan,
  type Channel,
  channels,
  foundationTexts,
  newId,
  type StarterInput,
  starterActions,
} from '@jalon/core';
import { useState } from 'preact/hooks';
import { today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { readMoney } from '../../i18n/read.ts';
import { useUnsaved } from '../../shell/unsaved.ts';
import { assessmentMessages } from './assessment-messages.ts';
import { AssessmentQuestions } from './assessment-questions.tsx';
import { BenchmarkOptions } from './benchmark-options.tsx';
import { Diagnosis } from './diagnosis.tsx';
import { startMessages } from './messages.ts';
import { currencies } from './scratch.tsx';
import { useWriter } from './use-writer.tsx';

/**
 * Diagnosis first: two questions per step of the method, then the diagnosis (a score per step,
 * the three weakest points) and the month's plan it leads to, each action naming the weakness it
 * answers; the plan is written only when the user creates it.
 */
export function AssessmentStart() {
  const t = useT(assessmentMessages);
  const ts = useT(startMessages);
  const lang = useLang();
  const [answers, setAnswers] = useState<Partial<Answers>>({});
  const [stage, setStage] = useState<'questions' | 'diagnosis'>('questions');
  const [triedNext, setTriedNext] = useState(false);
  const [channel, setChannel] = useState<Channel>('seo');
  const [currency, setCurrency] = useState('EUR');
  const [benchmarkId, setBenchmarkId] = useState<BenchmarkFunnelId>('b2b-saas-inbound');
  const [goal, setGoal] = useState('');
  const [deal, setDeal] = useState('');
  const [owner, setOwner] = useState(foundationTexts[lang].defaultOwner);
  const [submitted, setSubmitted] = useState(false);
  const { write, busy, status } = useWriter('start-assessment');
  useUnsaved('start-assessment', Object.keys(answers).length > 0 || goal !== '' || deal !== '');

  const complete = assessmentPoints.every((p) => answers[p.id] !== undefined)
    ? (answers as Answers)
    : undefined;
  const revenueGoal = readMoney(goal, currency, intlLocale(lang));
  const averageDealValue = readMoney(deal, currency, intlLocale(lang));
  const moneyOk = !!revenueGoal && !!averageDealValue;
  const input = (given: Answers): StarterInput => ({
    answers: given,
    today: today(),
    currency,
    revenueGoal: revenueGoal ?? 0,
    averageDealValue: averageDealValue ?? 0,
    owner: owner.trim(),
    channel,
    benchmarkId,
  });

  const answer = (point: AssessmentPoint, value: 0 | 1 | 2) => setAnswers({ ...answers, [point]: value });
  const next = (event: Event) => {
    event.preventDefault();
    setTriedNext(true);
    if (!complete) return;
    setStage('diagnosis');
    window.scrollTo(0, 0);
  };
  const create = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!complete || !moneyOk) return;
    void write(() => buildStarterPlan(input(complete), lang, { newId, now: new Date().toISOString() }));
  };

  if (stage === 'questions' || !complete) {
    return (
      <form onSubmit={next} noValidate>
        <h1>{ts('option.assessment')}</h1>
        <p>{t('intro')}</p>
        <AssessmentQuestions answers={answers} onAnswer={answer} showMissing={triedNext} />
        {triedNext && !complete && (
          <p class="error" role="alert">
            {t('answerAll')}
          </p>
        )}
        <p>
          <button type="submit" class="primary wide">
            {t('seeDiagnosis')}
          </button>
        </p>
      </form>
    );
  }

  return (
    <form onSubmit={create} noValidate>
      <Diagnosis result={assess(complete)} actions={starterActions(input(complete), lang)} />
      <p class="no-print">
        <button type="button" onClick={() => setStage('questions')}>
          {t('changeAnswers')}
        </button>
      </p>
      <h2>{t('settings')}</h2>
      <label for="a-channel">{t('mainChannel')}</label>
      <select id="a-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
        {channels.map((c) => (
          <option key={c} value={c}>
            {foundationTexts[lang].channels[c]}
          </option>
        ))}
      </select>
      <label for="a-benchmark">{t('benchmark')}</label>
      <select
        id="a-benchmark"
        value={benchmarkId}
        onChange={(e) => setBenchmarkId(e.currentTarget.value as BenchmarkFunnelId)}
      >
        <BenchmarkOptions />
      </select>
      <label for="a-currency">{ts('currency')}</label>
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
      <label for="a-deal">{ts('averageDealValue')}</label>
      <input
        id="a-deal"
        class="wide"
        inputMode="decimal"
        value={deal}
        onInput={(e) => setDeal(e.currentTarget.value)}
        placeholder="5 000"
      />
      {submitted && !moneyOk && <p class="error">{ts('error.money', { currency })}</p>}
      <label for="a-owner">{ts('owner')}</label>
      <input id="a-owner" class="wide" value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
      <p>
        <button type="submit" class="primary wide" disabled={busy}>
          {t('createStarter')}
        </button>
      </p>
      {status}
    </form>
  );
}
