import { hasDatabase } from '../../data/has-database.ts';
import { useLang } from '../../i18n/locale.ts';
import { Lazy } from '../../shell/lazy.tsx';
import type { ScreenProps } from '../../shell/routes.ts';
import { modes, StartLanding } from './landing.tsx';

const loadModeView = () => import('./modes.tsx').then((m) => m.ModeView);
// The plan list needs the database: not loaded at all on a device that has none yet.
const loadPlanList = async () =>
  (await hasDatabase()) ? (await import('./plan-list.tsx')).PlanList : () => null;

/** Open a plan of this device, or make a new one four ways. Each way is its own sub-view (?mode=). */
export default function Start({ query }: ScreenProps) {
  const lang = useLang();
  const mode = modes.find((m) => m === query.get('mode'));
  if (mode) return <Lazy load={loadModeView} props={{ mode }} />;
  return <StartLanding lang={lang} plans={<Lazy load={loadPlanList} props={{}} quiet />} />;
}
