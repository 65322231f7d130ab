import type { Channel, LeverDecision } from '../model/lever.ts';
import { EURO, economy } from './data.ts';
import type { FigureKey, LeverKey, StageKey } from './texts.ts';

/** The levers of the example plans, sorted by last period's workshop into continue / stop / start. */

type FigureSpec = { key: FigureKey; value: number; unit: string };
type LeverSpec = {
  channel: Channel;
  decision: LeverDecision;
  cause: 'lever' | 'execution' | 'unknown';
  weight: number;
  objectives: readonly StageKey[];
  target?: { value: number; unit: string };
  figures: readonly FigureSpec[];
};

const money = (value: number): { value: number; unit: string } => ({
  value: value * EURO,
  unit: economy.currency,
});

/** Last period's figures over six months; a money figure is in cents, its unit the currency code. */
export const levers: Record<LeverKey, LeverSpec> = {
  seo: {
    channel: 'seo',
    decision: 'continue',
    cause: 'unknown',
    weight: 2,
    objectives: ['visitor', 'lead'],
    target: { value: 50, unit: '%' },
    figures: [
      { key: 'visits', value: 18_000, unit: '' },
      { key: 'leads', value: 570, unit: '' },
      { key: 'customers', value: 5, unit: '' },
    ],
  },
  sea: {
    channel: 'sea',
    decision: 'continue',
    cause: 'unknown',
    weight: 3,
    objectives: ['visitor', 'lead'],
    target: { value: -20, unit: '%' },
    figures: [
      { key: 'spend', ...money(27_000) },
      { key: 'leads', value: 203, unit: '' },
      { key: 'costPerLead', ...money(133) },
      { key: 'customers', value: 7, unit: '' },
    ],
  },
  emailing: {
    channel: 'emailing',
    decision: 'continue',
    cause: 'execution',
    weight: 1,
    objectives: ['mql', 'sql'],
    target: { value: 28, unit: '%' },
    figures: [
      { key: 'openRate', value: 18, unit: '%' },
      { key: 'clickRate', value: 1.2, unit: '%' },
      { key: 'customers', value: 1, unit: '' },
    ],
  },
  events: {
    channel: 'events',
    decision: 'continue',
    cause: 'unknown',
    weight: 3,
    objectives: ['lead', 'sql'],
    target: { value: 80, unit: '' },
    figures: [
      { key: 'spend', ...money(35_000) },
      { key: 'leads', value: 64, unit: '' },
      { key: 'customers', value: 6, unit: '' },
    ],
  },
  webinars: {
    channel: 'webinars',
    decision: 'start',
    cause: 'unknown',
    weight: 2,
    objectives: ['lead', 'mql'],
    target: { value: 6, unit: '' },
    figures: [],
  },
  website: {
    channel: 'website',
    decision: 'start',
    cause: 'unknown',
    weight: 1,
    objectives: ['lead'],
    target: { value: 5, unit: '%' },
    figures: [
      { key: 'conversionRate', value: 4, unit: '%' },
      { key: 'demoRequests', value: 228, unit: '' },
    ],
  },
  linkedin: {
    channel: 'social-ads',
    decision: 'stop',
    cause: 'lever',
    weight: 0,
    objectives: [],
    figures: [
      { key: 'spend', ...money(18_000) },
      { key: 'leads', value: 58, unit: '' },
      { key: 'costPerLead', ...money(310) },
      { key: 'customers', value: 0, unit: '' },
    ],
  },
};
