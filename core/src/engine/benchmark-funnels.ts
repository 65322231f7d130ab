import type { Bilingual } from '../language.ts';
import type { BenchmarkFunnel } from './benchmarks.ts';

/**
 * The benchmark funnels' data. Every range is a typical range as the sources below report or
 * commonly cite it, not a figure copied from one study; each note says so in the user's words.
 */
export const benchmarkFunnelList: readonly BenchmarkFunnel[] = [
  {
    id: 'b2b-saas-inbound',
    sector: 'saas',
    label: { fr: 'SaaS B2B, inbound', en: 'B2B SaaS, inbound' },
    source: {
      name: 'B2B SaaS inbound funnel benchmarks (industry reports)',
      note: {
        en:
          'Typical ranges as reported in published B2B SaaS funnel benchmarks such as those of HubSpot ' +
          'and First Page Sage; they vary widely with segment, deal size and channel. A starting ' +
          "point, to be replaced by the plan's own rates.",
        fr:
          'Fourchettes typiques publiées dans les études de référence SaaS B2B (HubSpot, First Page Sage…) ; ' +
          'elles varient beaucoup selon le segment, la taille des contrats et le canal. Un point de départ, ' +
          'à remplacer par vos propres taux.',
      },
    },
    stages: [
      { id: 'visitor', to: 'lead', low: 0.02, high: 0.05, default: 0.035 },
      { id: 'lead', to: 'mql', low: 0.15, high: 0.3, default: 0.225 },
      { id: 'mql', to: 'sql', low: 0.3, high: 0.5, default: 0.4 },
      { id: 'sql', to: 'opportunity', low: 0.5, high: 0.75, default: 0.625 },
      { id: 'opportunity', to: 'won', low: 0.15, high: 0.3, default: 0.225 },
    ],
  },
  {
    id: 'demand-waterfall',
    sector: 'saas',
    label: { fr: 'Demand Waterfall (SiriusDecisions)', en: 'Demand Waterfall (SiriusDecisions)' },
    source: {
      name: 'SiriusDecisions Demand Waterfall (now Forrester)',
      note: {
        en:
          'Stages from the SiriusDecisions Demand Waterfall model. The rates are typical ranges ' +
          'commonly cited for it, not figures published by SiriusDecisions or Forrester.',
        fr:
          'Étapes du modèle Demand Waterfall de SiriusDecisions. Les taux sont des fourchettes couramment ' +
          'citées pour ce modèle, non des chiffres publiés par SiriusDecisions ou Forrester.',
      },
    },
    stages: [
      { id: 'inquiry', to: 'mql', low: 0.1, high: 0.25, default: 0.175 },
      { id: 'mql', to: 'sal', low: 0.4, high: 0.6, default: 0.5 },
      { id: 'sal', to: 'sql', low: 0.5, high: 0.7, default: 0.6 },
      { id: 'sql', to: 'won', low: 0.2, high: 0.3, default: 0.25 },
    ],
  },
  {
    id: 'b2b-industry',
    sector: 'industry',
    label: { fr: 'Industrie B2B (fabricants, équipements)', en: 'B2B industry (manufacturers, equipment)' },
    source: {
      name: 'Industry-segmented B2B funnel benchmarks (First Page Sage and others)',
      url: 'https://firstpagesage.com/seo-blog/sales-lead-funnel-stages-explained/',
      note: {
        en:
          'Typical ranges for manufacturers and industrial suppliers, in line with industry-segmented B2B ' +
          "funnel benchmarks such as First Page Sage's (client data, 2017–2022): few site visitors become " +
          'leads, long sales cycles, trade shows and distributors in the middle. Not figures copied from ' +
          "one study; a starting point, to be replaced by the plan's own rates.",
        fr:
          'Fourchettes typiques des fabricants et fournisseurs industriels, cohérentes avec les études de ' +
          'conversion B2B par secteur comme celle de First Page Sage (données clients 2017–2022) : peu de ' +
          'visiteurs deviennent des leads, cycles de vente longs, salons et distributeurs au milieu. Pas des ' +
          'chiffres tirés d’une seule étude ; un point de départ, à remplacer par vos propres taux.',
      },
    },
    stages: [
      { id: 'visitor', to: 'lead', low: 0.01, high: 0.03, default: 0.02 },
      { id: 'lead', to: 'mql', low: 0.2, high: 0.4, default: 0.3 },
      { id: 'mql', to: 'sql', low: 0.25, high: 0.45, default: 0.35 },
      { id: 'sql', to: 'opportunity', low: 0.4, high: 0.6, default: 0.5 },
      { id: 'opportunity', to: 'won', low: 0.2, high: 0.35, default: 0.275 },
    ],
  },
  {
    id: 'b2b-services',
    sector: 'services',
    label: {
      fr: 'Services B2B (conseil, agences, cabinets)',
      en: 'B2B services (consulting, agencies, firms)',
    },
    source: {
      name: 'Industry-segmented B2B funnel benchmarks (First Page Sage and others)',
      url: 'https://firstpagesage.com/seo-blog/sales-lead-funnel-stages-explained/',
      note: {
        en:
          'Typical ranges for professional services sold on a proposal (consulting, agencies, legal and ' +
          'accounting firms), in line with industry-segmented B2B funnel benchmarks such as First Page ' +
          "Sage's: referrals and expertise content bring warmer leads, and a proposal wins more often " +
          "than a software trial. Not figures copied from one study; replace them with the plan's own.",
        fr:
          'Fourchettes typiques des services vendus sur proposition (conseil, agences, cabinets juridiques ' +
          'et comptables), cohérentes avec les études de conversion B2B par secteur comme celle de First ' +
          'Page Sage : recommandations et contenus d’expertise amènent des leads plus chauds, et une ' +
          'proposition se signe plus souvent qu’un essai de logiciel. Pas des chiffres tirés d’une seule ' +
          'étude ; à remplacer par vos propres taux.',
      },
    },
    stages: [
      { id: 'visitor', to: 'lead', low: 0.02, high: 0.05, default: 0.035 },
      { id: 'lead', to: 'mql', low: 0.25, high: 0.45, default: 0.35 },
      { id: 'mql', to: 'sql', low: 0.3, high: 0.5, default: 0.4 },
      { id: 'sql', to: 'opportunity', low: 0.45, high: 0.65, default: 0.55 },
      { id: 'opportunity', to: 'won', low: 0.25, high: 0.4, default: 0.325 },
    ],
  },
  {
    id: 'ecommerce',
    sector: 'ecommerce',
    label: { fr: 'E-commerce (boutique en ligne)', en: 'E-commerce (online shop)' },
    source: {
      name: 'Baymard Institute cart abandonment statistics; e-commerce analytics benchmarks',
      url: 'https://baymard.com/lists/cart-abandonment-rate',
      note: {
        en:
          'Add-to-cart rates of roughly 5–12% of visits are commonly reported by e-commerce analytics ' +
          "providers; Baymard Institute's average of published studies puts cart abandonment near 70%, " +
          'so about 30% of carts become orders (cart → checkout × checkout → order here). Overall, ' +
          'about 2–3% of visits end in an order, the usual figure; it varies with the sector and the device.',
        fr:
          'Des taux d’ajout au panier d’environ 5 à 12 % des visites sont couramment publiés par les outils ' +
          'd’analyse e-commerce ; la moyenne des études compilées par le Baymard Institute place l’abandon de ' +
          'panier près de 70 %, donc environ 30 % des paniers deviennent des commandes (panier → paiement × ' +
          'paiement → commande ici). Au total, 2 à 3 % des visites finissent en commande, le chiffre ' +
          'habituel ; il varie selon le secteur et l’appareil.',
      },
    },
    stages: [
      { id: 'visitor', to: 'cart', low: 0.05, high: 0.12, default: 0.085 },
      { id: 'cart', to: 'checkout', low: 0.4, high: 0.6, default: 0.5 },
      { id: 'checkout', to: 'won', low: 0.45, high: 0.7, default: 0.575 },
    ],
  },
  {
    id: 'b2c-leads',
    sector: 'b2c',
    label: {
      fr: 'B2C avec prise de contact (formation, habitat, assurance…)',
      en: 'B2C with an enquiry (training, home, insurance…)',
    },
    source: {
      name: 'Unbounce Conversion Benchmark Report; consumer lead-generation benchmarks',
      url: 'https://unbounce.com/conversion-benchmark-report/',
      note: {
        en:
          'Landing pages of consumer services convert a few percent of visitors (medians of about 3–8% ' +
          "by industry in Unbounce's Conversion Benchmark Report); the enquiry → appointment → sale rates " +
          'are typical ranges cited for services sold after a call or a visit, not figures from one study.',
        fr:
          'Les pages d’atterrissage des services aux particuliers convertissent quelques pour cent des ' +
          'visiteurs (médianes d’environ 3 à 8 % selon le secteur dans le Conversion Benchmark Report ' +
          'd’Unbounce) ; les taux demande → rendez-vous → vente sont des fourchettes couramment citées pour ' +
          'les services vendus après un appel ou une visite, non les chiffres d’une seule étude.',
      },
    },
    stages: [
      { id: 'visitor', to: 'lead', low: 0.03, high: 0.08, default: 0.055 },
      { id: 'lead', to: 'appointment', low: 0.2, high: 0.4, default: 0.3 },
      { id: 'appointment', to: 'won', low: 0.2, high: 0.4, default: 0.3 },
    ],
  },
];

/** The stages' names, long form, as a new plan stores them. */
export const stageLabels: Readonly<Record<string, Bilingual>> = {
  visitor: { fr: 'Visiteurs du site', en: 'Website visitors' },
  lead: { fr: 'Leads', en: 'Leads' },
  mql: { fr: 'Leads qualifiés marketing (MQL)', en: 'Marketing qualified leads (MQL)' },
  sql: { fr: 'Leads qualifiés commerciaux (SQL)', en: 'Sales qualified leads (SQL)' },
  opportunity: { fr: 'Opportunités', en: 'Opportunities' },
  inquiry: { fr: 'Demandes entrantes', en: 'Inquiries' },
  sal: { fr: 'Leads acceptés par les ventes (SAL)', en: 'Sales accepted leads (SAL)' },
  cart: { fr: 'Ajouts au panier', en: 'Add-to-carts' },
  checkout: { fr: 'Paiements commencés', en: 'Checkouts started' },
  appointment: { fr: 'Rendez-vous', en: 'Appointments' },
  won: { fr: 'Nouveaux clients', en: 'New customers' },
  customers: { fr: 'Nouveaux clients', en: 'New customers' },
};

/** The same names, short, where space is tight (a funnel bar, a rate "from → to"). */
export const stageShortLabels: Readonly<Record<string, Bilingual>> = {
  visitor: { fr: 'Visiteurs', en: 'Visitors' },
  lead: { fr: 'Leads', en: 'Leads' },
  mql: { fr: 'MQL', en: 'MQLs' },
  sql: { fr: 'SQL', en: 'SQLs' },
  opportunity: { fr: 'Opportunités', en: 'Opportunities' },
  inquiry: { fr: 'Demandes', en: 'Inquiries' },
  sal: { fr: 'SAL', en: 'SALs' },
  cart: { fr: 'Paniers', en: 'Carts' },
  checkout: { fr: 'Paiements', en: 'Checkouts' },
  appointment: { fr: 'Rendez-vous', en: 'Appointments' },
  won: { fr: 'Nouveaux clients', en: 'New customers' },
  customers: { fr: 'Nouveaux clients', en: 'New customers' },
};
