import type { StarterTexts } from './starter-texts.ts';

/** Les textes français du plan de démarrage que construit le diagnostic. */
export const starterTextsFr: StarterTexts = {
  planName: (month) => `Plan de démarrage — ${month}`,
  planDescription: 'Créé à partir du diagnostic : un mois d’actions sur les points faibles de la méthode.',
  methodLever: 'Pilotage du plan marketing',
  points: {
    'smart-objectives': {
      weakness: 'Objectifs pas SMART',
      action: {
        title: "Réécrire l'objectif principal en objectif SMART",
        description:
          "Spécifique, mesurable, atteignable, réaliste et daté : « +30 % de chiffre d'affaires en 6 mois » l'est, « vendre plus » ne l'est pas.",
        steps: [
          "Choisir l'indicateur (chiffre d'affaires, clients, leads…)",
          'Noter la valeur de départ',
          "Fixer la cible et l'échéance",
          'Nommer un responsable',
        ],
      },
    },
    'funnel-rates': {
      weakness: 'Taux de l’entonnoir inconnus',
      action: {
        title: "Mesurer les taux de conversion de l'entonnoir",
        description:
          "Les objectifs intermédiaires viennent de l'entonnoir inversé : avec vos propres taux, ils remplacent les moyennes du secteur.",
        steps: [
          'Compter visiteurs, leads, MQL, SQL et clients des 3 derniers mois',
          "Calculer le taux de passage d'une étape à la suivante",
          'Remplacer les taux du secteur dans le plan',
        ],
      },
    },
    'personas-written': {
      weakness: 'Personas non écrits',
      action: {
        title: "Écrire le persona de l'acheteur principal",
        description:
          'Rôle, entreprise, objectifs, enjeux, problèmes, canaux et objections. Un persona change : relisez-le tous les six mois.',
        steps: ['Interroger 3 clients récents', 'Rédiger le persona', 'Le relire avec les commerciaux'],
      },
    },
    'personas-reviewed': {
      weakness: 'Personas jamais relus',
      action: {
        title: 'Relire les personas avec les commerciaux',
        description:
          'Un persona change : relisez chacun avec ceux qui rencontrent les clients, et datez la relecture.',
        steps: [
          'Partager les personas avec les commerciaux',
          'Noter ce qui a changé (problèmes, objections, canaux)',
          'Marquer chaque persona comme relu dans Jalon',
        ],
      },
    },
    'levers-measured': {
      weakness: 'Leviers non mesurés',
      action: {
        title: 'Donner à chaque levier un KPI et une cible',
        description:
          'Un levier sans mesure ne peut pas être jugé à la revue : un chiffre par levier, relevé chaque semaine.',
        steps: [
          'Lister les leviers utilisés',
          'Choisir un KPI par levier (leads, coût par lead…)',
          'Fixer la cible de chaque levier',
        ],
      },
    },
    'levers-sorted': {
      weakness: 'Leviers jamais triés en continuer, arrêter, démarrer',
      action: {
        title: 'Faire le bilan des leviers : continuer, arrêter, démarrer',
        description:
          "Pour chaque levier de la période passée, rassembler les chiffres puis décider. Avant d'arrêter un levier, se demander si l'échec vient du levier ou de son exécution.",
        steps: [
          'Lister les leviers utilisés',
          'Rassembler leurs chiffres (coût, leads, clients)',
          'Classer chaque levier : continuer, arrêter ou démarrer',
          'Donner un KPI et une cible à chaque levier gardé',
        ],
      },
    },
    'actions-linked': {
      weakness: 'Actions sans lien avec les objectifs',
      action: {
        title: 'Rattacher chaque action à un levier et à un objectif',
        description:
          'Objectif → levier → action : une action qui ne sert aucun objectif est une candidate à l’abandon.',
        steps: [
          'Lister les actions en cours',
          'Ranger chacune sous son levier et son objectif',
          'Abandonner ou suspendre celles qui n’en servent aucun',
        ],
      },
    },
    'actions-owned': {
      weakness: 'Actions sans responsable ni échéance',
      action: {
        title: 'Donner à chaque action un responsable et une échéance',
        description: 'Une action sans responsable, ou sans date, ne se fait pas.',
        steps: [
          'Nommer un responsable par action',
          'Fixer chaque échéance',
          'Partager la liste avec les responsables',
        ],
      },
    },
    'key-dates': {
      weakness: 'Dates clés non anticipées',
      action: {
        title: "Inscrire les dates clés de l'année au calendrier",
        description:
          'Salons, lancements, saisons : chaque date clé demande sa préparation des semaines avant (invitations, contenus).',
        steps: [
          "Lister les dates clés de l'année",
          'Les ajouter au plan',
          'Ajouter les actions de préparation de chacune (un kit le fait)',
        ],
      },
    },
    priorities: {
      weakness: 'Priorités non établies',
      action: {
        title: 'Classer les actions par priorité',
        description:
          'Importance, difficulté et échéance : faire d’abord ce qui compte le plus pour le moins d’effort.',
        steps: [
          "Noter l'importance et la difficulté de chaque action",
          "Lire l'ordre de travail dans Jalon",
          'Reporter au mois suivant ce qui ne tient pas dans le mois',
        ],
      },
    },
    'budget-method': {
      weakness: 'Budget non calculé depuis les objectifs',
      action: {
        title: 'Calculer le budget à partir des objectifs',
        description:
          "De l'objectif de chiffre d'affaires, de l'entonnoir et du coût d'acquisition d'un client (CAC) à un budget global, puis réparti par levier.",
        steps: [
          "Trouver le coût d'acquisition actuel d'un client",
          'Le saisir dans le plan',
          'Répartir le budget entre les leviers',
        ],
      },
    },
    'spend-tracked': {
      weakness: 'Dépenses et retour non suivis',
      action: {
        title: 'Suivre le coût prévu et réel de chaque action',
        description:
          "Prévu contre réel, et le chiffre d'affaires attendu : le retour de chaque action se lit à la revue.",
        steps: [
          'Saisir le coût prévu de chaque action',
          'Noter ce qui a été réellement dépensé',
          'Lire le retour par levier dans Jalon',
        ],
      },
    },
    'kpis-tracked': {
      weakness: 'KPI non relevés',
      action: {
        title: 'Relever les KPI chaque semaine',
        description:
          'Un quart d’heure chaque lundi : les chiffres dont la revue aura besoin, saisis au fil de l’eau.',
        steps: [
          'Lister où se lit chaque KPI',
          'Bloquer un quart d’heure chaque lundi',
          'Saisir les chiffres dans « Saisir un KPI »',
        ],
      },
    },
    'reviews-held': {
      weakness: 'Pas de revue régulière',
      action: {
        title: 'Installer une revue mensuelle du plan',
        description:
          'Une revue par mois : KPI contre cibles, ce qui a marché et pourquoi, ce qui a raté et pourquoi, décisions pour la suite.',
        steps: [
          'Bloquer un créneau récurrent',
          'Inviter les responsables des leviers',
          'Préparer le rapport dans Jalon',
        ],
      },
    },
  },
  track: (channel) => ({
    title: `Suivre chaque semaine les leads de : ${channel}`,
    description:
      'Un levier sans mesure ne peut pas être jugé à la revue. Saisissez le chiffre chaque semaine.',
    steps: ['Trouver où lire le nombre de leads du canal', 'Le saisir chaque lundi dans « Saisir un KPI »'],
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
  answers: (weakness) => `Répond au point faible : « ${weakness} ».`,
};
