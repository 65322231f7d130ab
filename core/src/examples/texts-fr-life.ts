import type { LifeTexts } from './texts.ts';

/** What has happened in the French example since it began: ideas clipped, customers won, a review. */

export const lifeTextsFr: LifeTexts = {
  ideas: [
    {
      kind: 'selection',
      text: "68 % des responsables d'exploitation consultent au moins trois contenus avant de demander une démonstration.",
      pageUrl: 'https://www.example.org/etudes/acheteurs-services-terrain',
      pageTitle: 'Étude : comment les PME de services terrain choisissent leurs logiciels',
      site: 'example.org',
      tags: ['contenu', 'persona exploitation'],
      note: 'À citer dans le prochain webinar et sur la page démo.',
    },
    {
      kind: 'page',
      text: 'Un concurrent lance un cycle de webinars mensuels avec ses clients, inscriptions ouvertes sur LinkedIn.',
      pageUrl: 'https://www.example.com/webinars',
      pageTitle: 'Nos webinars clients — printemps',
      site: 'example.com',
      tags: ['veille', 'webinars'],
      note: '',
    },
    {
      kind: 'note',
      text: 'Demander à Thermi-Services un témoignage vidéo de deux minutes pour la page tarifs.',
      pageUrl: '',
      pageTitle: '',
      site: '',
      tags: ['témoignage'],
      note: '',
    },
  ],
  customers: [
    'Thermi-Services',
    'Ascenseurs Rhône-Alpes',
    'Clim Express Bordeaux',
    'Sécurité Incendie Ouest',
    'Maintenance Azur',
    'Froid Industriel Nantes',
    'Élec Pro Services',
    'Chauffage Dupuis',
    'Portes et Accès Lille',
    'Énergie Bâtiment Est',
    'Hydro Maintenance',
    'Solaire Installation Sud',
    'Réseaux Techniques Paris',
    'CVC Normandie',
    'Alarmes Centre',
    'Levage Services',
    'Géothermie Loire',
  ],
  revenueNote: (customer) => `Contrat annuel signé : ${customer}`,
  review: {
    worked:
      "Le nurturing tourne : cinq e-mails par persona, et le taux d'ouverture remonte nettement depuis la segmentation. Les campagnes Google Ads restructurées par persona font baisser le coût par lead. Le webinar du mois a rempli sa salle grâce aux invitations envoyées deux semaines avant.",
    flopped:
      "Les pages fonctionnalités ne sont pas réécrites : l'équipe contenu a donné la priorité aux articles. Le chiffre d'affaires signé reste en retard sur le rythme prévu : les opportunités ouvertes mettent plus de temps que prévu à se conclure.",
    decisions:
      'Bloquer une demi-journée par semaine pour les pages fonctionnalités. Préparer les rendez-vous du salon dès maintenant, avec un appel de chaque opportunité de la région. Suivre le coût par lead chaque semaine, plus seulement chaque mois.',
  },
};
