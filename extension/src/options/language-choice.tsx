import type { LanguageSetting } from '../settings.ts';
import { useT } from '../ui/i18n.tsx';

const choices: { value: LanguageSetting; key: 'languageAuto' | 'languageFr' | 'languageEn' }[] = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'fr', key: 'languageFr' },
  { value: 'en', key: 'languageEn' },
];

export function LanguageChoice({
  value,
  onChange,
}: {
  value: LanguageSetting;
  onChange: (v: LanguageSetting) => void;
}) {
  const t = useT();
  return (
    <section>
      <h2>{t('optionsLanguage')}</h2>
      <select
        aria-label={t('optionsLanguage')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as LanguageSetting)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.key)}
          </option>
        ))}
      </select>
    </section>
  );
}
