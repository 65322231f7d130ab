import { buildExamplePlan, newId } from '@jalon/core';
import { useState } from 'preact/hooks';
import { today } from '../../i18n/format.ts';
import { type Lang, langs, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { startMessages } from './messages.ts';
import { useWriter } from './use-writer.tsx';

/** core's worked example plan (French or English), written whole by core's createPlan. */
export function ExampleStart() {
  const t = useT(startMessages);
  const [lang, setLang] = useState<Lang>(useLang());
  const { write, busy, status } = useWriter('start-example');
  const create = () =>
    write(() => buildExamplePlan(lang, { today: today(), newId, now: new Date().toISOString() }));
  return (
    <>
      <h1>{t('option.example')}</h1>
      <p>{t('exampleHint')}</p>
      <fieldset>
        <legend>{t('exampleLanguage')}</legend>
        {langs.map((l) => (
          <label key={l} class="choice">
            <input type="radio" name="example-lang" checked={l === lang} onChange={() => setLang(l)} />{' '}
            {t(`lang.${l}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" class="primary wide" disabled={busy} onClick={() => void create()}>
          {t('exampleCreate')}
        </button>
      </p>
      {status}
    </>
  );
}
