import { useLive } from '../../data/live.ts';
import { getPlan } from '../../data/queries.ts';
import { useT } from '../../i18n/messages.ts';
import { shellMessages } from '../../shell/messages.ts';
import { href } from '../../shell/router.ts';
import { type NavKey, routes, type ScreenProps } from '../../shell/routes.ts';
import { versionLabel } from '../../shell/version.ts';
import { menuMessages } from './messages.ts';

/** The seven steps of the method, in their order, then the tools. */
const steps: NavKey[] = ['objectives', 'personas', 'levers', 'actions', 'timeline', 'budget', 'reviews'];

/** The phone's way to every screen that is not in the bottom bar, and to the other plans. */
export default function Menu({ planId }: ScreenProps) {
  const t = useT(shellMessages);
  const m = useT(menuMessages);
  const plan = useLive(async () => (planId ? await getPlan(planId) : undefined), [planId]);
  const link = (name: NavKey, step?: number) => {
    const route = routes.find((r) => r.name === name);
    return route ? (
      <li key={route.path}>
        <a class="button block" href={href(route.path)}>
          {step ? `${step}. ${t(name)}` : t(name)}
        </a>
      </li>
    ) : null;
  };
  const name = plan.status === 'ready' ? plan.value?.name : undefined;
  return (
    <>
      <h1>{t('menu')}</h1>
      <section class="card">
        <p>
          {name ? (
            <>
              <span class="muted">{m('openPlan')}</span>
              <br />
              <strong>{name}</strong>
            </>
          ) : (
            m('noPlan')
          )}
        </p>
        <a class="button" href={href('/start')}>
          {m('switchPlan')}
        </a>
      </section>
      {planId && (
        <>
          <h2>{m('method')}</h2>
          <ol class="list menu-list">{steps.map((name, i) => link(name, i + 1))}</ol>
        </>
      )}
      <h2>{m('tools')}</h2>
      <ul class="list menu-list">
        {(planId ? (['today', 'kpi', 'ideas', 'sync'] as NavKey[]) : (['sync'] as NavKey[])).map((name) =>
          link(name),
        )}
      </ul>
      <p class="muted small" data-testid="version">
        {m('version', {
          version: versionLabel(import.meta.env.JALON_VERSION, import.meta.env.JALON_BUILD_ID),
        })}
      </p>
    </>
  );
}
