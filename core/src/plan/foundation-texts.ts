import type { Language } from '../language.ts';
import type { Channel } from '../model/lever.ts';

/**
 * Texts written INTO a new plan (stored content, in the language chosen at creation): what every
 * plan starts from, whichever way it is made (from scratch, from the assessment).
 */
export type FoundationTexts = {
  channels: Readonly<Record<Channel, string>>;
  business: {
    title: (amount: string, date: string) => string;
    description: string;
    metric: string;
  };
  intermediate: (count: string, label: string) => string;
  intermediateDescription: string;
  kpis: { revenue: string; leads: string };
  defaultOwner: string;
};

const fr: FoundationTexts = {
  channels: {
    seo: 'Référencement naturel (SEO)',
    sea: 'Référencement payant (SEA)',
    content: 'Contenu',
    netlinking: 'Netlinking',
    social: 'Réseaux sociaux',
    'social-ads': 'Publicité sur les réseaux sociaux',
    emailing: 'Emailing',
    events: 'Salons et événements',
    webinars: 'Webinaires',
    website: 'Site web et chat',
    partnerships: 'Partenariats',
    pr: 'Relations presse',
    sales: 'Prospection commerciale',
    other: 'Autre',
  },
  business: {
    title: (amount, date) => `Gagner ${amount} de nouveau chiffre d'affaires d'ici le ${date}`,
    description:
      "L'objectif business du plan ; les objectifs intermédiaires en découlent par l'entonnoir inversé.",
    metric: "Nouveau chiffre d'affaires",
  },
  intermediate: (count, label) => `Atteindre ${count} ${label.toLowerCase()} sur la période`,
  intermediateDescription:
    "Calculé à rebours depuis l'objectif de chiffre d'affaires avec les taux de l'entonnoir.",
  kpis: { revenue: "Nouveau chiffre d'affaires", leads: 'Leads' },
  defaultOwner: 'Moi',
};

const en: FoundationTexts = {
  channels: {
    seo: 'Search engine optimisation (SEO)',
    sea: 'Paid search (SEA)',
    content: 'Content',
    netlinking: 'Link building',
    social: 'Social media',
    'social-ads': 'Social media ads',
    emailing: 'Emailing',
    events: 'Trade shows and events',
    webinars: 'Webinars',
    website: 'Website and chat',
    partnerships: 'Partnerships',
    pr: 'Press relations',
    sales: 'Sales prospecting',
    other: 'Other',
  },
  business: {
    title: (amount, date) => `Win ${amount} of new revenue by ${date}`,
    description:
      "The plan's business objective; the intermediate objectives follow from it through the reverse funnel.",
    metric: 'New revenue',
  },
  intermediate: (count, label) => `Reach ${count} ${label.toLowerCase()} over the period`,
  intermediateDescription: 'Worked back from the revenue goal through the funnel rates.',
  kpis: { revenue: 'New revenue', leads: 'Leads' },
  defaultOwner: 'Me',
};

export const foundationTexts: Readonly<Record<Language, FoundationTexts>> = { fr, en };
