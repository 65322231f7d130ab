import type { Lang } from '../../i18n/locale.ts';
import type { Question } from './assessment.ts';

/** The actions the assessment writes into a starter plan (stored content), in both languages. */
export interface ActionText {
  title: string;
  description: string;
  steps: string[];
}

export interface StarterTexts {
  planName: (month: string) => string;
  planDescription: string;
  methodLever: string;
  gaps: Record<Question, ActionText>;
  track: (channel: string) => ActionText;
  review: ActionText;
  reviewDate: string;
  channelVerdict: string;
}

const fr: StarterTexts = {
  planName: (month) => `Plan de démarrage — ${month}`,
  planDescription: 'Créé à partir du diagnostic : les premières actions pour installer la méthode.',
  methodLever: 'Pilotage du plan marketing',
  gaps: {
    objectives: {
      title: "Réécrire l'objectif principal en objectif SMART",
      description:
        "Spécifique, mesurable, atteignable, réaliste et daté : « +30 % de chiffre d'affaires en 6 mois » l'est, « vendre plus » ne l'est pas.",
      steps: [
        "Choisir l'indicateur (chiffre d'affaires, clients, leads…)",
        'Noter la valeur de départ',
        "Fixer la cible et l'échéance",
        'Nommer un responsable',
      ],
    },
    funnel: {
      title: "Mesurer les taux de conversion de l'entonnoir",
      description:
        "Les objectifs intermédiaires viennent de l'entonnoir inversé : avec vos propres taux, ils remplacent les moyennes du secteur.",
      steps: [
        'Compter visiteurs, leads, MQL, SQL et clients des 3 derniers mois',
        "Calculer le taux de passage d'une étape à la suivante",
        'Remplacer les taux du secteur dans le plan',
      ],
    },
    personas: {
      title: "Écrire le persona de l'acheteur principal",
      description:
        'Rôle, entreprise, objectifs, enjeux, problèmes, canaux et objections. Un persona change : relisez-le tous les six mois.',
      steps: ['Interroger 3 clients récents', 'Rédiger le persona', 'Le relire avec les commerciaux'],
    },
    levers: {
      title: 'Faire le bilan des leviers : continuer, arrêter, démarrer',
      description:
        "Pour chaque levier de la période passée, rassembler les chiffres puis décider. Avant d'arrêter un levier, se demander si l'échec vient du levier ou de son exécution.",
      steps: [
        'Lister les leviers utilisés',
        'Rassembler leurs chiffres (coût, leads, clients)',
        'Classer chaque levier : continuer, arrêter ou démarrer',
        'Donner un KPI et une cible à chaque levier gardé',
      ],
    },
    reviews: {
      title: 'Installer une revue mensuelle du plan',
      description:
        'Une revue par mois : KPI contre cibles, ce qui a marché et pourquoi, ce qui a raté et pourquoi, décisions pour la suite.',
      steps: [
        'Bloquer un créneau récurrent',
        'Inviter les responsables des leviers',
        'Préparer le rapport dans Jalon',
      ],
    },
  },
  track: (channel) => ({
    title: `Suivre chaque semaine les leads de : ${channel}`,
    description:
      'Un levier sans mesure ne peut pas être jugé à la revue. Saisissez le chiffre chaque semaine.',
    steps: ['Trouver où lire le nombre de leads du canal', 'Le saisir chaque lundi dans « Saisir un KPI »'],
  }),
  review: {
    title: 'Tenir la revue de fin de mois',
    description: 'Résultats contre cibles, ce qui a marché, ce qui a raté, décisions pour le mois suivant.',
    steps: [
      'Saisir les derniers KPI',
      'Noter ce qui a marché et ce qui a raté',
      'Décider des actions du mois suivant',
    ],
  },
  reviewDate: 'Revue mensuelle',
  channelVerdict: 'Canal principal aujourd’hui, à mesurer avant de décider.',
};

const en: StarterTexts = {
  planName: (month) => `Starter plan — ${month}`,
  planDescription: 'Made from the assessment: the first actions to put the method in place.',
  methodLever: 'Running the marketing plan',
  gaps: {
    objectives: {
      title: 'Rewrite the main objective as a SMART one',
      description:
        'Specific, measurable, achievable, realistic, time-bound: “+30% revenue in 6 months” is SMART, “sell more” is not.',
      steps: [
        'Choose the metric (revenue, customers, leads…)',
        'Write down the starting value',
        'Set the target and the deadline',
        'Name an owner',
      ],
    },
    funnel: {
      title: 'Measure the funnel conversion rates',
      description:
        'The intermediate objectives come from the reverse funnel: with your own rates they replace the sector averages.',
      steps: [
        'Count visitors, leads, MQLs, SQLs and customers of the last 3 months',
        'Work out the rate from each stage to the next',
        'Replace the sector rates in the plan',
      ],
    },
    personas: {
      title: "Write the main buyer's persona",
      description:
        'Role, company, goals, stakes, problems, channels and objections. Personas change: read it again every six months.',
      steps: ['Interview 3 recent customers', 'Write the persona', 'Review it with the sales team'],
    },
    levers: {
      title: 'Review the levers: continue, stop, start',
      description:
        'For each lever of the last period, gather the figures, then decide. Before stopping a lever, ask whether the flop was the lever or its execution.',
      steps: [
        'List the levers used',
        'Gather their figures (cost, leads, customers)',
        'Sort each lever: continue, stop or start',
        'Give each kept lever a KPI and a target',
      ],
    },
    reviews: {
      title: 'Set up a monthly review of the plan',
      description:
        'One review a month: KPIs against targets, what worked and why, what flopped and why, decisions for what comes next.',
      steps: ['Book a recurring slot', 'Invite the lever owners', 'Prepare the report in Jalon'],
    },
  },
  track: (channel) => ({
    title: `Track the leads from ${channel} every week`,
    description: 'A lever that is not measured cannot be judged at the review. Enter the figure every week.',
    steps: ['Find where to read the channel’s lead count', 'Enter it every Monday in “Enter a KPI”'],
  }),
  review: {
    title: 'Hold the end-of-month review',
    description: 'Results against targets, what worked, what flopped, decisions for next month.',
    steps: [
      'Enter the latest KPIs',
      'Write down what worked and what flopped',
      'Decide next month’s actions',
    ],
  },
  reviewDate: 'Monthly review',
  channelVerdict: 'Main channel today, to be measured before deciding.',
};

export const starterTexts: Record<Lang, StarterTexts> = { fr, en };
