import type { ExampleTexts } from './texts.ts';
import { actionTextsFr } from './texts-fr-actions.ts';
import { lifeTextsFr } from './texts-fr-life.ts';

/** The French example: Ordalys, logiciel de gestion des interventions terrain pour les PME. */

export const examplesFr: ExampleTexts = {
  locale: 'fr-FR',
  plan: {
    name: (months) => `Plan d'action marketing ${months} — Ordalys`,
    description:
      "Ordalys, logiciel de gestion des interventions pour les PME de services terrain : +30 % de chiffre d'affaires en six mois, avec la méthode en sept étapes.",
  },
  stages: {
    visitor: 'Visiteurs du site',
    lead: 'Leads',
    mql: 'Leads qualifiés marketing (MQL)',
    sql: 'Leads qualifiés commerciaux (SQL)',
    opportunity: 'Opportunités',
  },
  customers: 'Nouveaux clients',
  business: {
    title: (deadline) => `Augmenter le chiffre d'affaires de 30 % d'ici le ${deadline}`,
    description:
      "Signer 360 000 € de nouveau chiffre d'affaires sur le semestre, soit +30 % par rapport aux six derniers mois (1,2 M€), avec un panier moyen de 12 000 € par an.",
    metric: "Chiffre d'affaires du semestre",
  },
  intermediate: {
    title: (stage, count) => `${stage} : ${count} sur le semestre`,
    description:
      "Objectif intermédiaire calculé par l'entonnoir inversé à partir de l'objectif de chiffre d'affaires, avec nos propres taux de conversion quand nous les connaissons et, à défaut, les moyennes du SaaS B2B.",
  },
  owners: {
    marketing: 'Directrice marketing',
    sales: 'Directeur commercial',
    traffic: 'Traffic manager',
    content: 'Responsable contenu et SEO',
    crm: 'Chargée CRM et emailing',
    events: 'Responsable événements',
  },
  personas: {
    ops: {
      name: "Sophie, responsable d'exploitation",
      role: "Responsable d'exploitation",
      company: "PME de maintenance ou d'installation (CVC, ascenseurs, sécurité incendie), 50 à 250 salariés",
      goals: [
        'Planifier les interventions sans ressaisie',
        'Réduire les déplacements inutiles',
        "Tenir les délais d'intervention prévus aux contrats",
      ],
      stakes: ['Pénalités en cas de retard', 'Renouvellement des contrats de maintenance'],
      problems: [
        'Plannings sur Excel et au téléphone',
        "Bons d'intervention papier perdus ou illisibles",
        "Techniciens sans l'historique de l'équipement sur place",
      ],
      channels: ['Recherche Google', 'LinkedIn', 'Salons professionnels', 'Webinars'],
      objections: [
        "Mes techniciens ne voudront pas d'une application",
        'Nous avons déjà un ERP',
        "Le déploiement va désorganiser l'équipe",
      ],
      notes: 'Utilisatrice principale et prescriptrice : elle compare, teste et recommande.',
    },
    finance: {
      name: 'Marc, directeur administratif et financier',
      role: 'Directeur administratif et financier',
      company: 'PME de services terrain, 50 à 250 salariés',
      goals: ["Facturer plus vite après l'intervention", 'Connaître la marge réelle de chaque contrat'],
      stakes: ['Trésorerie', 'Rentabilité des contrats de maintenance'],
      problems: [
        "Factures émises trois semaines après l'intervention",
        'Heures et pièces détachées mal remontées du terrain',
      ],
      channels: ['Newsletter', 'LinkedIn', "Recommandations de l'expert-comptable"],
      objections: [
        "Le coût de l'abonnement",
        "L'intégration avec le logiciel comptable",
        'La sécurité des données',
      ],
      notes:
        'Décideur sur le budget : il intervient en fin de cycle, il lui faut un calcul de retour sur investissement.',
    },
    ceo: {
      name: 'Laurent, dirigeant',
      role: 'Dirigeant fondateur',
      company: 'Entreprise de services terrain de 10 à 50 salariés',
      goals: [
        "Faire croître l'activité sans alourdir la structure",
        'Avoir une vision claire de la charge et de la rentabilité',
      ],
      stakes: ["Croissance de l'entreprise", "Temps passé sur l'administratif"],
      problems: ['Tout passe par lui', 'Aucune visibilité sur la charge des équipes'],
      channels: ["Réseaux d'entrepreneurs", 'LinkedIn', 'Bouche-à-oreille', 'Salons professionnels'],
      objections: ["Pas le temps de changer d'outil", 'Trop cher pour une entreprise de notre taille'],
      notes:
        'Persona ajouté par ce plan : sous 50 salariés, le dirigeant décide et signe seul. Il a signé directement 6 des 19 clients du dernier semestre.',
    },
  },
  levers: {
    seo: {
      name: 'SEO',
      verdict:
        "Notre source de leads la moins chère : 570 leads et 5 clients sur le semestre. On continue, en misant sur des contenus par cas d'usage.",
      target: 'Hausse du trafic organique',
    },
    sea: {
      name: 'Google Ads (SEA)',
      verdict:
        '203 leads et 7 clients, mais un coût par lead de 133 € tiré vers le haut par des campagnes trop génériques. On continue en les restructurant par persona.',
      target: 'Baisse du coût par lead',
    },
    emailing: {
      name: 'Emailing et nurturing',
      verdict:
        "Flop apparent : 18 % d'ouverture, 1,2 % de clics, un seul client. Avant d'arrêter, la question : le levier ou son exécution ? Une seule newsletter envoyée à toute la base, jamais segmentée, sans scénario : c'est l'exécution. On continue avec une base nettoyée, segmentée par persona, et un scénario de nurturing.",
      target: "Taux d'ouverture",
    },
    events: {
      name: 'Salons professionnels',
      verdict:
        'Cher (35 000 €) mais rentable : 64 leads et 6 clients signés après le salon de l’an dernier. On continue, en préparant mieux les rendez-vous en amont.',
      target: 'Leads qualifiés au salon',
    },
    webinars: {
      name: 'Webinars',
      verdict:
        'Nouveau levier : nos prospects réclament des démonstrations concrètes et les webinars de nos concurrents font le plein. On démarre avec un webinar par mois, animé avec des clients.',
      target: 'Webinars organisés sur le semestre',
    },
    website: {
      name: 'Site web et chat',
      verdict:
        'Le site transforme 4 % des visiteurs en leads mais ne répond à aucune question en direct. On ajoute un chat sur les pages clés et on simplifie le formulaire de démo.',
      target: 'Taux de conversion du site',
    },
    linkedin: {
      name: 'LinkedIn Ads',
      verdict:
        "18 000 € dépensés, 58 leads à 310 € et aucun client. Ciblages, visuels et messages ont été testés trois fois : c'est le levier lui-même qui ne touche pas nos dirigeants de PME, peu actifs sur LinkedIn. On arrête et on réaffecte le budget.",
    },
  },
  figures: {
    visits: 'Visites organiques',
    leads: 'Leads générés',
    customers: 'Clients signés',
    spend: 'Dépense',
    costPerLead: 'Coût par lead',
    openRate: "Taux d'ouverture",
    clickRate: 'Taux de clic',
    conversionRate: 'Taux de conversion du site',
    demoRequests: 'Demandes de démo',
  },
  kpis: {
    newRevenue: {
      name: "Nouveau chiffre d'affaires signé (cumul)",
      description: 'Valeur annuelle des contrats signés depuis le début du semestre.',
    },
    newCustomers: {
      name: 'Nouveaux clients (cumul)',
      description: 'Contrats signés depuis le début du plan.',
    },
    sqls: {
      name: 'Leads qualifiés commerciaux (cumul)',
      description: "Leads acceptés par l'équipe commerciale depuis le début du semestre.",
    },
    organicTraffic: {
      name: 'Trafic organique mensuel',
      description: 'Visites issues des moteurs de recherche sur le mois (objectif : +50 %).',
    },
    costPerLead: {
      name: 'Coût par lead Google Ads',
      description: 'Dépense Google Ads du mois divisée par le nombre de leads générés.',
    },
    openRate: {
      name: "Taux d'ouverture des e-mails",
      description: 'Moyenne du mois, toutes campagnes confondues.',
    },
    showLeads: {
      name: 'Leads qualifiés au salon',
      description: 'Contacts qualifiés (projet, budget, délai) recueillis sur le stand.',
    },
    registrants: {
      name: 'Inscrits aux webinars (cumul)',
      description: 'Inscriptions aux six webinars du semestre.',
    },
    conversionRate: {
      name: 'Taux de conversion du site',
      description: 'Part des visiteurs du mois devenus leads (formulaire, demande de démo, chat).',
    },
    chatConversations: {
      name: 'Conversations sur le chat (cumul)',
      description: "Conversations engagées par un visiteur depuis l'installation du chat.",
    },
    websiteLeads: {
      name: 'Leads issus du site (par mois)',
      description: 'Formulaires, demandes de démo et conversations de chat qualifiées du mois.',
    },
    mqls: {
      name: 'Leads qualifiés marketing (cumul)',
      description: 'Leads dont le score a franchi le seuil MQL depuis le début du plan.',
    },
    opportunities: {
      name: 'Opportunités ouvertes (cumul)',
      description: 'Opportunités créées dans le CRM depuis le début du plan, après la démo.',
    },
  },
  ...actionTextsFr,
  life: lifeTextsFr,
};
