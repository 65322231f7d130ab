import type { MonthDay } from './calendar.ts';
import { EURO } from './data.ts';
import type { ActionKey, KpiKey, LeverKey, OwnerKey, PersonaKey } from './texts.ts';

/** The key actions of the example plans, under their levers, with priority, dates and money. */

type ActionBase = {
  lever: LeverKey;
  owner: OwnerKey;
  importance: number;
  difficulty: number;
  cost: number;
  revenue: number;
  personas: readonly PersonaKey[];
  kpis: readonly KpiKey[];
};
export type ActionSpec = ActionBase & {
  /** Still open after its deadline, on the day the example is made. */
  late?: true;
} & (
    | { from: MonthDay; to: MonthDay }
    | { onShow: true; days: number }
    | { afterShow: number; days: number } // days from the show's first day
    // This week's work: begun `startIn` days from today, due today or on the week's Sunday.
    | { startIn: number; due: 'today' | 'week-end' }
  );

const act = (
  lever: LeverKey,
  owner: OwnerKey,
  [importance, difficulty]: readonly [number, number],
  [cost, revenue]: readonly [number, number],
  personas: readonly PersonaKey[],
  kpiKeys: readonly KpiKey[],
): ActionBase => ({
  lever,
  owner,
  importance,
  difficulty,
  cost: cost * EURO,
  revenue: revenue * EURO,
  personas,
  kpis: kpiKeys,
});

// Months are the plan's (1 to 6). Expected revenues add up to the 360 000 € goal (each a whole number of 12 000 € customers), and
// planned costs to each lever's share of the budget (the stand takes 33 000 of the events' 37 500).
export const actions: Record<ActionKey, ActionSpec> = {
  seoAudit: {
    ...act('seo', 'content', [4, 2], [4_000, 0], [], ['organicTraffic']),
    from: [1, 5],
    to: [1, 23],
  },
  seoContent: {
    ...act('seo', 'content', [4, 3], [15_000, 48_000], ['ops', 'finance'], ['organicTraffic']),
    from: [1, 12],
    to: [6, 26],
  },
  seoPages: {
    ...act('seo', 'content', [3, 2], [6_000, 24_000], ['ops', 'ceo'], ['organicTraffic', 'websiteLeads']),
    late: true,
    from: [2, 2],
    to: [3, 27],
  },
  seaRestructure: {
    ...act('sea', 'traffic', [5, 3], [2_500, 0], ['ops', 'ceo'], ['costPerLead']),
    from: [1, 5],
    to: [1, 30],
  },
  seaCampaigns: {
    ...act('sea', 'traffic', [4, 2], [33_000, 72_000], ['ops', 'ceo'], ['costPerLead']),
    from: [2, 2],
    to: [6, 30],
  },
  seaLanding: {
    ...act('sea', 'traffic', [3, 2], [2_000, 12_000], ['ceo', 'ops'], ['costPerLead', 'conversionRate']),
    from: [2, 9],
    to: [3, 6],
  },
  emailSegment: {
    ...act('emailing', 'crm', [5, 2], [1_500, 0], ['ops', 'finance', 'ceo'], ['openRate']),
    from: [1, 5],
    to: [1, 23],
  },
  emailNurturing: {
    ...act('emailing', 'crm', [4, 3], [6_000, 36_000], ['ops', 'finance'], ['openRate', 'sqls']),
    from: [2, 2],
    to: [3, 13],
  },
  emailNewsletter: {
    ...act('emailing', 'crm', [3, 2], [5_000, 12_000], ['ops', 'finance', 'ceo'], ['openRate']),
    from: [1, 27],
    to: [6, 30],
  },
  show: {
    ...act('events', 'events', [5, 4], [33_000, 60_000], ['ops', 'ceo'], ['showLeads']),
    onShow: true,
    days: 2,
  },
  showInvites: {
    ...act('events', 'events', [4, 2], [3_500, 0], ['ops', 'ceo'], ['showLeads']),
    afterShow: -21,
    days: 5,
  },
  showMeetings: {
    ...act('events', 'sales', [4, 3], [0, 0], ['ops', 'ceo'], ['showLeads']),
    afterShow: -14,
    days: 10,
  },
  showFollowUp: {
    ...act('events', 'sales', [5, 2], [1_000, 0], ['ops', 'ceo'], ['showLeads', 'sqls']),
    late: true,
    afterShow: 2,
    days: 2,
  },
  webinarPlatform: {
    ...act('webinars', 'marketing', [4, 2], [1_000, 0], [], ['registrants']),
    from: [1, 2],
    to: [1, 7],
  },
  chat: {
    ...act(
      'website',
      'traffic',
      [5, 2],
      [6_000, 36_000],
      ['ops', 'ceo'],
      ['conversionRate', 'chatConversations', 'websiteLeads'],
    ),
    from: [1, 5],
    to: [1, 31],
  },
  demoForm: {
    ...act('website', 'traffic', [4, 2], [6_500, 12_000], ['ops', 'ceo'], ['conversionRate', 'websiteLeads']),
    late: true,
    from: [2, 2],
    to: [3, 27],
  },
  linkedinStop: { ...act('linkedin', 'traffic', [3, 1], [0, 0], [], []), from: [1, 2], to: [1, 9] },
  caseStudy: {
    ...act('seo', 'content', [3, 2], [0, 0], ['ops', 'finance'], ['organicTraffic']),
    startIn: -6,
    due: 'today',
  },
  adsReview: {
    ...act('sea', 'traffic', [4, 1], [0, 0], ['ops', 'ceo'], ['costPerLead']),
    startIn: -2,
    due: 'week-end',
  },
};

/** The webinar and its associated actions, placed relative to it (days from the webinar). */
export const webinarSteps = {
  webinar: {
    ...act('webinars', 'marketing', [4, 3], [3_000, 8_000], [], ['registrants']),
    offset: 0,
    days: 1,
  },
  invitations: { ...act('webinars', 'crm', [4, 2], [1_000, 0], [], ['registrants']), offset: -14, days: 1 },
  reminder: { ...act('webinars', 'crm', [3, 1], [0, 0], [], ['registrants']), offset: -3, days: 1 },
  followUp: { ...act('webinars', 'sales', [4, 2], [0, 0], [], ['sqls']), offset: 1, days: 1 },
} as const;

/** The personas each webinar speaks to, in the order of the topics. */
export const webinarPersonas: readonly (readonly PersonaKey[])[] = [
  ['ops'],
  ['ops', 'ceo'],
  ['ops', 'finance'],
  ['finance', 'ceo'],
  ['ops', 'ceo'],
  ['ceo', 'finance'],
];
