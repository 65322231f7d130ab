import type { ActionText, ExampleActionTexts } from './texts.ts';

/** The French texts of the example's actions, webinars and key dates. */

const webinarText = (title: string, description: string, steps: readonly string[]): ActionText => ({
  title,
  description,
  steps,
});

export const actionTextsFr: ExampleActionTexts = {
  actions: {
    seoAudit: {
      title: 'Réaliser un audit SEO technique du site',
      description:
        'Vitesse, indexation, maillage interne, pages en erreur : corriger ce qui freine le référencement avant de produire plus de contenu.',
      steps: [
        'Crawler le site et lister les erreurs',
        'Corriger les pages en erreur et les redirections',
        'Accélérer le chargement des pages clés',
        'Renforcer le maillage interne vers les pages fonctionnalités',
      ],
    },
    seoContent: {
      title: "Publier deux articles de fond par mois sur les cas d'usage terrain",
      description:
        "Un calendrier éditorial construit sur les recherches de nos personas : planning des techniciens, bons d'intervention, maintenance préventive.",
      steps: [
        'Valider les mots-clés par persona',
        'Établir le calendrier éditorial du semestre',
        'Rédiger et publier deux articles par mois',
        'Relayer chaque article dans la newsletter et sur LinkedIn',
      ],
    },
    seoPages: {
      title: 'Réécrire les pages fonctionnalités autour des problèmes des personas',
      description:
        "Chaque page part d'un problème concret (ressaisie, retards, factures tardives) et se termine par un appel à l'action vers la démo.",
      steps: [
        'Interroger trois clients par persona',
        'Réécrire les huit pages fonctionnalités',
        'Ajouter témoignages et chiffres clients',
        'Mesurer la conversion des pages réécrites',
      ],
    },
    seaRestructure: {
      title: 'Restructurer les campagnes Google Ads par persona',
      description:
        "Séparer les campagnes dirigeants et responsables d'exploitation, exclure les recherches d'emploi et de logiciels gratuits.",
      steps: [
        'Analyser les termes de recherche des six derniers mois',
        'Créer une campagne par persona',
        'Ajouter les mots-clés négatifs',
        'Remonter les conversions du CRM dans Google Ads',
      ],
    },
    seaCampaigns: {
      title: 'Diffuser les campagnes Search par persona',
      description: 'Un budget piloté chaque semaine sur le coût par lead qualifié, pas sur le coût par clic.',
      steps: [
        'Lancer les campagnes restructurées',
        'Tester trois annonces par groupe',
        'Faire le point chaque semaine sur le coût par lead',
        'Réallouer le budget vers les groupes les plus rentables chaque mois',
      ],
    },
    seaLanding: {
      title: 'Créer deux landing pages dédiées aux campagnes',
      description:
        "Une page pour les dirigeants (rentabilité, vision d'ensemble), une pour les responsables d'exploitation (planning, mobilité).",
      steps: [
        'Rédiger les deux pages',
        'Intégrer le formulaire de démo court',
        'Lancer un test A/B contre la page actuelle',
      ],
    },
    emailSegment: {
      title: 'Nettoyer et segmenter la base de contacts par persona',
      description:
        "La vraie cause du flop de l'emailing : une seule newsletter pour toute la base. On repart d'une base propre et segmentée.",
      steps: [
        'Supprimer les adresses invalides ou inactives depuis 18 mois',
        'Renseigner le persona de chaque contact dans le CRM',
        'Créer les segments dirigeants, exploitation et finance',
        'Mettre à jour le recueil du consentement',
      ],
    },
    emailNurturing: {
      title: 'Lancer un scénario de nurturing en cinq e-mails',
      description:
        'Pour les leads qui téléchargent un contenu sans demander de démo : cinq e-mails en trois semaines, un cas client par persona.',
      steps: [
        'Rédiger les cinq e-mails pour chaque persona',
        "Paramétrer le scénario dans l'outil de marketing automation",
        'Définir le score qui fait passer un lead en MQL',
        'Transmettre automatiquement les MQL aux commerciaux',
      ],
    },
    emailNewsletter: {
      title: 'Envoyer une newsletter mensuelle segmentée',
      description: "Un sujet principal adapté à chaque segment, plutôt qu'un envoi unique à toute la base.",
      steps: [
        'Choisir le sujet du mois par segment',
        "Rédiger et tester l'envoi",
        'Analyser ouvertures et clics à J+7',
      ],
    },
    show: {
      title: 'Tenir un stand au salon Services & Maintenance Terrain',
      description:
        'Deux jours de salon : démonstrations en continu sur tablette, rendez-vous commerciaux planifiés, qualification systématique des contacts.',
      steps: [
        'Réserver le stand et commander la signalétique',
        'Préparer la démo sur tablette et les supports',
        "Organiser les présences de l'équipe",
        "Qualifier chaque contact dans l'application de scan",
      ],
    },
    showInvites: {
      title: 'Inviter clients et prospects sur le stand',
      description: "Trois semaines avant : e-mail d'invitation avec badge gratuit, relayé sur LinkedIn.",
      steps: [
        "Obtenir les codes d'invitation auprès de l'organisateur",
        "Envoyer l'invitation aux segments concernés",
        "Publier l'annonce sur LinkedIn",
      ],
    },
    showMeetings: {
      title: 'Planifier les rendez-vous commerciaux du salon',
      description:
        'Deux semaines avant : chaque commercial appelle ses opportunités en cours pour fixer un créneau sur le stand.',
      steps: [
        'Lister les opportunités de la région',
        'Appeler et fixer les créneaux',
        "Partager le planning avec l'équipe",
      ],
    },
    showFollowUp: {
      title: 'Relancer tous les contacts du salon sous 48 heures',
      description:
        'Dès le lendemain du salon : e-mail personnalisé, puis appel des contacts les plus chauds.',
      steps: [
        'Importer les contacts scannés dans le CRM',
        "Envoyer l'e-mail de remerciement",
        'Appeler les contacts chauds et proposer une démo',
      ],
    },
    webinarPlatform: {
      title: 'Choisir la plateforme de webinar et fixer le format',
      description: '45 minutes : 25 minutes de contenu, une démonstration courte, 15 minutes de questions.',
      steps: [
        'Comparer trois plateformes',
        'Définir le format et la charte graphique',
        'Arrêter le programme des six webinars',
      ],
    },
    chat: {
      title: 'Installer un plugin de chat sur le site',
      description:
        'Répondre en direct aux visiteurs des pages tarifs, démo et fonctionnalités pour faire passer la conversion du site de 4 % à 5 %.',
      steps: [
        'Comparer trois solutions de chat',
        'Installer le plugin sur les pages tarifs, démo et fonctionnalités',
        "Rédiger les messages d'accueil de chaque page",
        'Router les conversations vers les commerciaux aux heures de bureau',
        "Former l'équipe et suivre les premières conversations",
      ],
    },
    demoForm: {
      title: 'Simplifier le formulaire de démo et le tester en A/B',
      description: "Passer de neuf à quatre champs : la qualification se fait pendant l'appel de découverte.",
      steps: [
        'Réduire le formulaire à quatre champs',
        'Mener le test A/B pendant quatre semaines',
        'Déployer la version gagnante',
      ],
    },
    caseStudy: {
      title: "Publier l'étude de cas Thermi-Services",
      description:
        "Un installateur CVC de 80 salariés qui facture le jour de l'intervention : l'étude de cas nourrit les pages fonctionnalités, la newsletter et les webinars.",
      steps: [
        "Relire l'interview avec le client",
        'Mettre en page les chiffres clés',
        'Faire valider le texte par le client',
        "Publier l'étude sur le blog et la relayer",
      ],
    },
    adsReview: {
      title: 'Faire le point de la semaine sur les campagnes Google Ads',
      description:
        "Coût par lead de chaque groupe d'annonces, termes de recherche à exclure, budget déplacé vers ce qui convertit.",
      steps: [
        'Exporter les résultats de la semaine',
        'Exclure les termes de recherche inutiles',
        'Déplacer le budget vers les groupes les plus rentables',
      ],
    },
    linkedinStop: {
      title: 'Couper les campagnes LinkedIn Ads et réaffecter le budget',
      description: 'Levier arrêté après trois séries de tests : son budget va aux webinars et au salon.',
      steps: [
        'Mettre les campagnes en pause',
        'Exporter audiences et résultats',
        'Consigner les enseignements pour le bilan',
      ],
    },
  },
  webinarTopics: [
    "Zéro papier : digitaliser vos bons d'intervention",
    "Planifier plus d'interventions sans recruter",
    'Maintenance préventive : du dépannage au contrat récurrent',
    "Facturer le jour de l'intervention pour soulager votre trésorerie",
    'Témoignage client : 20 % de kilomètres en moins pour un installateur CVC',
    'Piloter votre activité terrain avec cinq indicateurs',
  ],
  webinar: {
    webinar: (topic) =>
      webinarText(
        `Animer le webinar « ${topic} »`,
        "45 minutes en direct avec un client ou un expert, suivies d'une démonstration et des questions.",
        [
          "Valider le déroulé avec l'intervenant",
          'Faire une répétition technique la veille',
          'Animer le webinar et noter les questions',
          'Exporter la liste des participants',
        ],
      ),
    invitations: (topic) =>
      webinarText(
        `Envoyer les invitations au webinar « ${topic} »`,
        'Deux semaines avant : e-mail aux segments concernés, publication LinkedIn et bannière sur le blog.',
        [
          "Créer la page d'inscription",
          "Envoyer l'e-mail d'invitation",
          "Publier l'annonce sur LinkedIn et sur le blog",
        ],
      ),
    reminder: (topic) =>
      webinarText(
        `Relancer les inscrits au webinar « ${topic} »`,
        "Trois jours avant : rappel aux inscrits et dernière relance aux contacts qui ont ouvert l'invitation.",
        ['Envoyer le rappel aux inscrits', "Relancer les contacts qui ont ouvert l'invitation"],
      ),
    followUp: (topic) =>
      webinarText(
        `Suivre les participants du webinar « ${topic} »`,
        'Le lendemain : replay envoyé à tous les inscrits, participants les plus engagés transmis aux commerciaux.',
        [
          'Envoyer le replay aux inscrits',
          'Scorer les participants selon leurs questions et leur temps de présence',
          'Transmettre les leads chauds aux commerciaux',
        ],
      ),
  },
  keyDates: {
    webinar: (topic) => `Webinar « ${topic} »`,
    webinarNotes: 'En direct à 11 h, 45 minutes.',
    show: 'Salon Services & Maintenance Terrain (Lyon)',
    showNotes: 'Deux jours, stand B42. Le salon de référence de nos personas exploitation et dirigeants.',
    monthlyReview: (month) => `Revue mensuelle du plan — ${month}`,
    midReview: 'Revue de mi-parcours du plan',
    finalReview: 'Bilan du plan',
    reviewNotes:
      "Les KPI face aux objectifs, ce qui a marché et pourquoi, ce qui n'a pas marché et pourquoi, les décisions pour la période suivante.",
  },
  date: (day, month, year) => `${day === 1 ? '1er' : day} ${month} ${year}`,
  monthSpan: (first, firstYear, last, lastYear) =>
    firstYear === lastYear ? `${first}–${last} ${lastYear}` : `${first} ${firstYear} – ${last} ${lastYear}`,
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};
