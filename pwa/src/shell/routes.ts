import type { ComponentType } from 'preact';

/** What every screen receives. Screens that need a plan get its id; the shell sends to Start otherwise. */
export interface ScreenProps {
  planId: string;
  query: URLSearchParams;
}

export interface Route {
  path: string;
  /** Key of the screen's name in the shell catalog. */
  name: NavKey;
  /** Loaded on first visit, so that the first screen's JavaScript stays small. */
  load: () => Promise<{ default: ComponentType<ScreenProps> }>;
  needsPlan: boolean;
  /** Shown in the phone's bottom bar (the rest are under "Plan"). */
  primary?: boolean;
  /** Reached only by address (e.g. the share target's landing), never listed in a menu. */
  unlisted?: boolean;
}

export type NavKey =
  | 'start'
  | 'home'
  | 'today'
  | 'kpi'
  | 'objectives'
  | 'personas'
  | 'levers'
  | 'actions'
  | 'timeline'
  | 'budget'
  | 'reviews'
  | 'ideas'
  | 'sync'
  | 'share'
  | 'menu';

export const routes: Route[] = [
  {
    path: '/home',
    name: 'home',
    load: () => import('../screens/home/index.tsx'),
    needsPlan: true,
    primary: true,
  },
  {
    path: '/today',
    name: 'today',
    load: () => import('../screens/today/index.tsx'),
    needsPlan: true,
    primary: true,
  },
  {
    path: '/kpi',
    name: 'kpi',
    load: () => import('../screens/kpi/index.tsx'),
    needsPlan: true,
    primary: true,
  },
  {
    path: '/objectives',
    name: 'objectives',
    load: () => import('../screens/objectives/index.tsx'),
    needsPlan: true,
  },
  {
    path: '/personas',
    name: 'personas',
    load: () => import('../screens/personas/index.tsx'),
    needsPlan: true,
  },
  { path: '/levers', name: 'levers', load: () => import('../screens/levers/index.tsx'), needsPlan: true },
  { path: '/actions', name: 'actions', load: () => import('../screens/actions/index.tsx'), needsPlan: true },
  {
    path: '/timeline',
    name: 'timeline',
    load: () => import('../screens/timeline/index.tsx'),
    needsPlan: true,
  },
  { path: '/budget', name: 'budget', load: () => import('../screens/budget/index.tsx'), needsPlan: true },
  { path: '/reviews', name: 'reviews', load: () => import('../screens/reviews/index.tsx'), needsPlan: true },
  {
    path: '/ideas',
    name: 'ideas',
    load: () => import('../screens/ideas/index.tsx'),
    needsPlan: true,
    primary: true,
  },
  { path: '/sync', name: 'sync', load: () => import('../screens/sync/index.tsx'), needsPlan: false },
  {
    path: '/share',
    name: 'share',
    load: () => import('../screens/share/index.tsx'),
    needsPlan: false,
    unlisted: true,
  },
  { path: '/start', name: 'start', load: () => import('../screens/start/index.tsx'), needsPlan: false },
  {
    path: '/menu',
    name: 'menu',
    load: () => import('../screens/menu/index.tsx'),
    needsPlan: false,
    primary: true,
  },
];

export function findRoute(path: string): Route | undefined {
  return routes.find((r) => r.path === path || path.startsWith(`${r.path}/`));
}
