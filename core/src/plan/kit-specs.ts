import type { KeyDate } from '../model/key-date.ts';
import type { Channel } from '../model/lever.ts';

/**
 * The shape of each action kit: one anchor action (the show, the webinar, the launch…) and its
 * associated actions, each placed `offsetDays` from the anchor's first day — which is the key
 * date for event kits, as `schedule` counts — with a duration in days. Texts are per language in
 * `kit-texts-*.ts`, keyed by `key`.
 */

export type KitId = 'trade-show' | 'webinar' | 'seo-content' | 'paid-ads' | 'emailing' | 'event';

export type KitStep = {
  readonly key: string;
  readonly offsetDays: number;
  readonly durationDays: number;
  readonly importance: number;
  readonly difficulty: number;
};

export type KitSpec = {
  readonly id: KitId;
  /** Levers of these channels are offered the kit first; the first one names a new lever. */
  readonly channels: readonly Channel[];
  /** The anchor falls on a key date of this kind (an event), which the kit can create. */
  readonly keyDate?: KeyDate['kind'];
  readonly anchor: KitStep;
  readonly associated: readonly KitStep[];
};

const step = (
  key: string,
  offsetDays: number,
  durationDays: number,
  importance: number,
  difficulty: number,
): KitStep => ({ key, offsetDays, durationDays, importance, difficulty });

export const kitSpecs: readonly KitSpec[] = [
  {
    id: 'trade-show',
    channels: ['events'],
    keyDate: 'event',
    anchor: step('stand', 0, 2, 5, 4),
    associated: [
      step('invitations', -21, 3, 4, 2),
      step('reminder', -7, 1, 3, 1),
      step('follow-up', 2, 3, 5, 2),
    ],
  },
  {
    id: 'webinar',
    channels: ['webinars'],
    keyDate: 'event',
    anchor: step('live', 0, 1, 4, 3),
    associated: [
      step('page', -21, 3, 3, 2),
      step('invitations', -14, 2, 4, 2),
      step('reminder', -1, 1, 3, 1),
      step('replay', 1, 2, 4, 2),
    ],
  },
  {
    id: 'seo-content',
    channels: ['seo', 'content'],
    anchor: step('publish', 0, 1, 4, 2),
    associated: [
      step('keywords', -21, 3, 4, 2),
      step('write', -17, 10, 4, 3),
      step('links', 1, 2, 3, 1),
      step('share', 1, 1, 3, 1),
      step('measure', 45, 1, 3, 1),
    ],
  },
  {
    id: 'paid-ads',
    channels: ['sea', 'social-ads'],
    anchor: step('launch', 0, 1, 5, 2),
    associated: [
      step('audiences', -14, 4, 4, 3),
      step('creatives', -10, 7, 4, 3),
      step('tracking', -3, 2, 5, 2),
      step('optimise', 7, 1, 4, 2),
      step('review', 30, 1, 4, 2),
    ],
  },
  {
    id: 'emailing',
    channels: ['emailing'],
    anchor: step('send', 0, 1, 4, 2),
    associated: [
      step('segment', -10, 3, 4, 2),
      step('write', -7, 4, 4, 2),
      step('test', -2, 1, 4, 1),
      step('resend', 3, 1, 3, 1),
      step('analyse', 7, 1, 4, 2),
    ],
  },
  {
    id: 'event',
    channels: ['events'],
    keyDate: 'event',
    anchor: step('event', 0, 1, 5, 4),
    associated: [
      step('venue', -60, 5, 4, 3),
      step('invitations', -30, 3, 4, 2),
      step('reminder', -3, 1, 3, 1),
      step('thanks', 1, 1, 3, 1),
      step('follow-up', 3, 5, 5, 2),
    ],
  },
];
