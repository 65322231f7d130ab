import { benchmarkFunnels, benchmarkSectorLabels, benchmarkSectors } from '@jalon/core';
import { useLang } from '../../i18n/locale.ts';

/** The benchmark funnels as a select's options, grouped by sector (SaaS, industry, services…). */
export function BenchmarkOptions() {
  const lang = useLang();
  return (
    <>
      {benchmarkSectors.map((sector) => (
        <optgroup key={sector} label={benchmarkSectorLabels[sector][lang]}>
          {benchmarkFunnels
            .filter((f) => f.sector === sector)
            .map((f) => (
              <option key={f.id} value={f.id}>
                {f.label[lang]}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
