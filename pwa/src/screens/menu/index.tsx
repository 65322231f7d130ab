import { useT } from '../../i18n/messages.ts';
import { shellMessages } from '../../shell/messages.ts';
import { href } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { routes } from '../../shell/routes.ts';

/** The phone's way to every screen that is not in the bottom bar. */
export default function Menu({ planId }: ScreenProps) {
  const t = useT(shellMessages);
  return (
    <>
      <h1>{t('menu')}</h1>
      <ul class="list">
        {routes
          .filter((r) => r.name !== 'menu' && (planId || !r.needsPlan))
          .map((r) => (
            <li key={r.path}>
              <a class="button" href={href(r.path)}>
                {t(r.name)}
              </a>
            </li>
          ))}
      </ul>
    </>
  );
}
