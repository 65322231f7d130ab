/**
 * The shape of an example plan's texts. Figures, dates and links live in `data.ts`, once
 * for both languages; each language fills this type, so a text missing in one is a type error.
 */

export type StageKey = 'visitor' | 'lead' | 'mql' | 'sql' | 'opportunity';
export type ObjectiveKey = 'business' | StageKey | 'customers';
export type PersonaKey = 'ops' | 'finance' | 'ceo';
export type OwnerKey = 'marketing' | 'sales' | 'traffic' | 'content' | 'crm' | 'events';
export type LeverKey = 'seo' | 'sea' | 'emailing' | 'events' | 'webinars' | 'website' | 'linkedin';
export type KpiKey =
  | 'newRevenue'
  | 'newCustomers'
  | 'sqls'
  | 'organicTraffic'
  | 'costPerLead'
  | 'openRate'
  | 'showLeads'
  | 'registrants'
  | 'conversionRate'
  | 'chatConversations'
  | 'websiteLeads'
  | 'mqls'
  | 'opportunities';
export type ActionKey =
  | 'seoAudit'
  | 'seoContent'
  | 'seoPages'
  | 'seaRestructure'
  | 'seaCampaigns'
  | 'seaLanding'
  | 'emailSegment'
  | 'emailNurturing'
  | 'emailNewsletter'
  | 'show'
  | 'showInvites'
  | 'showMeetings'
  | 'showFollowUp'
  | 'webinarPlatform'
  | 'chat'
  | 'demoForm'
  | 'linkedinStop'
  | 'caseStudy'
  | 'adsReview';
/** The actions repeated around each of the six webinars. */
export type WebinarStepKey = 'webinar' | 'invitations' | 'reminder' | 'followUp';
export type FigureKey =
  | 'visits'
  | 'leads'
  | 'customers'
  | 'spend'
  | 'costPerLead'
  | 'openRate'
  | 'clickRate'
  | 'conversionRate'
  | 'demoRequests';

export type ActionText = { title: string; description: string; steps: readonly string[] };

export type PersonaText = {
  name: string;
  role: string;
  company: string;
  goals: readonly string[];
  stakes: readonly string[];
  problems: readonly string[];
  channels: readonly string[];
  objections: readonly string[];
  notes: string;
};

export type LeverText = { name: string; verdict: string; target?: string };

/** An idea clipped into the inbox, waiting to be sorted. */
export type IdeaText = {
  kind: 'selection' | 'page' | 'note';
  text: string;
  pageUrl: string;
  pageTitle: string;
  site: string;
  tags: readonly string[];
  note: string;
};

/** What has happened since the plan began: clipped ideas, customers won, the last review's notes. */
export type LifeTexts = {
  ideas: readonly IdeaText[];
  /** Customers signed, in the order the example wins them; a revenue record's note names one. */
  customers: readonly string[];
  revenueNote: (customer: string) => string;
  review: { worked: string; flopped: string; decisions: string };
};

export type ExampleTexts = {
  locale: string;
  /** `months` is the plan's span in words ("February–July 2026"). */
  plan: { name: (months: string) => string; description: string };
  stages: Record<StageKey, string>;
  customers: string;
  /** `deadline` is a date in words ("31 July 2026"). */
  business: { title: (deadline: string) => string; description: string; metric: string };
  /** `count` comes formatted for the locale. */
  intermediate: { title: (stage: string, count: string) => string; description: string };
  owners: Record<OwnerKey, string>;
  personas: Record<PersonaKey, PersonaText>;
  levers: Record<LeverKey, LeverText>;
  /** Labels of last period's figures; the same label serves every lever that reports it. */
  figures: Record<FigureKey, string>;
  kpis: Record<KpiKey, { name: string; description: string }>;
  actions: Record<ActionKey, ActionText>;
  webinarTopics: readonly [string, string, string, string, string, string];
  webinar: Record<WebinarStepKey, (topic: string) => ActionText>;
  keyDates: {
    webinar: (topic: string) => string;
    webinarNotes: string;
    show: string;
    showNotes: string;
    monthlyReview: (month: string) => string;
    midReview: string;
    finalReview: string;
    reviewNotes: string;
  };
  months: readonly string[];
  /** A day in words: "31 juillet 2026", "31 July 2026". */
  date: (day: number, month: string, year: number) => string;
  /** A span of months in words: "février–juillet 2026", "November 2025 – April 2026". */
  monthSpan: (first: string, firstYear: number, last: string, lastYear: number) => string;
  life: LifeTexts;
};

/** The texts of the actions and the calendar, kept in their own file per language. */
export type ExampleActionTexts = Pick<
  ExampleTexts,
  'actions' | 'webinarTopics' | 'webinar' | 'keyDates' | 'months' | 'date' | 'monthSpan'
>;
