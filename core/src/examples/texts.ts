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
  | 'websiteLeads';
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
  | 'linkedinStop';
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

export type ExampleTexts = {
  locale: string;
  plan: { name: (year: number) => string; description: string };
  stages: Record<StageKey, string>;
  customers: string;
  business: { title: (year: number) => string; description: string; metric: string };
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
    quarterlyReview: string;
    halfYearReview: string;
    reviewNotes: string;
  };
  months: readonly string[];
};

/** The texts of the actions and the calendar, kept in their own file per language. */
export type ExampleActionTexts = Pick<
  ExampleTexts,
  'actions' | 'webinarTopics' | 'webinar' | 'keyDates' | 'months'
>;
