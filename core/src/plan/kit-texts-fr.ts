import type { KitTextsByKit } from './kit-texts.ts';

/** Les textes français des kits d’actions ; `{name}` est le nom donné au salon, au webinaire… */
export const kitTextsFr: KitTextsByKit = {
  'trade-show': {
    name: 'Salon professionnel',
    summary: 'Le stand, les invitations 21 jours avant, une relance 7 jours avant, le suivi 2 jours après.',
    defaultName: 'Salon professionnel',
    dateLabel: 'Premier jour du salon',
    lever: 'Salons et événements',
    actions: {
      stand: {
        title: 'Tenir le stand — {name}',
        description:
          'Deux jours sur le stand : chaque visiteur rencontré est un contact à noter et à suivre.',
        steps: [
          'Réserver le stand',
          'Commander les supports (kakémono, brochures)',
          'Organiser les présences sur le stand',
          'Noter chaque contact dans le CRM',
        ],
      },
      invitations: {
        title: 'Envoyer les invitations — {name}',
        description:
          'Inviter clients et prospects sur le stand, avec un badge gratuit et un créneau de rendez-vous.',
        steps: ['Choisir les contacts à inviter', 'Rédiger l’invitation', 'L’envoyer avec le lien du badge'],
      },
      reminder: {
        title: 'Relancer les invités — {name}',
        description: 'Un court rappel une semaine avant : le numéro du stand et les rendez-vous pris.',
        steps: ['Envoyer la relance', 'Confirmer les rendez-vous pris'],
      },
      'follow-up': {
        title: 'Relancer les contacts rencontrés — {name}',
        description:
          'Dans les jours qui suivent, tant qu’ils se souviennent du stand : un merci, puis un appel aux plus chauds.',
        steps: [
          'Trier les contacts : chauds, à nourrir',
          'Envoyer l’e-mail de remerciement',
          'Appeler les contacts chauds',
        ],
      },
    },
  },
  webinar: {
    name: 'Webinaire',
    summary: 'Page d’inscription, invitations, rappels, puis le replay et la relance.',
    defaultName: 'Webinaire',
    dateLabel: 'Date du webinaire',
    lever: 'Webinaires',
    actions: {
      live: {
        title: 'Animer le webinaire — {name}',
        description: 'Quarante-cinq minutes sur un problème des personas, puis les questions.',
        steps: ['Répéter avec les intervenants', 'Animer la séance', 'L’enregistrer'],
      },
      page: {
        title: 'Préparer la page d’inscription — {name}',
        description: 'Un titre, trois promesses, les intervenants, un formulaire court.',
        steps: ['Rédiger la page', 'Relier le formulaire à l’outil de webinaire'],
      },
      invitations: {
        title: 'Envoyer les invitations — {name}',
        description: 'Aux segments concernés par le sujet, deux semaines avant.',
        steps: ['Choisir les segments', 'Envoyer l’invitation', 'La publier sur les réseaux sociaux'],
      },
      reminder: {
        title: 'Envoyer les rappels (veille et jour J) — {name}',
        description: 'La veille et une heure avant : les rappels doublent la participation.',
        steps: ['Programmer le rappel de la veille', 'Programmer le rappel une heure avant'],
      },
      replay: {
        title: 'Envoyer le replay et relancer les inscrits — {name}',
        description: 'Le replay à tous les inscrits ; un appel à ceux qui ont posé une question.',
        steps: ['Envoyer le replay', 'Transmettre les questions aux commerciaux'],
      },
    },
  },
  'seo-content': {
    name: 'SEO et contenu',
    summary: 'Un article de fond : mot-clé, rédaction, publication, liens internes, diffusion, mesure.',
    defaultName: 'Article de fond',
    dateLabel: 'Date de publication',
    lever: 'Référencement naturel (SEO)',
    actions: {
      publish: {
        title: 'Publier l’article — {name}',
        description: 'En ligne, avec un titre et une méta-description écrits pour le mot-clé.',
        steps: ['Vérifier titre, méta-description et intertitres', 'Publier'],
      },
      keywords: {
        title: 'Choisir le mot-clé et l’angle — {name}',
        description:
          'Un mot-clé que cherche un persona, et ce que l’article apporte de plus que les premiers résultats.',
        steps: ['Lister les mots-clés possibles', 'Lire les premiers résultats', 'Choisir l’angle'],
      },
      write: {
        title: 'Rédiger et illustrer — {name}',
        description: 'L’article, ses images et un appel à l’action.',
        steps: ['Écrire le plan', 'Rédiger l’article', 'Ajouter images et appel à l’action'],
      },
      links: {
        title: 'Ajouter des liens internes vers l’article — {name}',
        description: 'Trois à cinq liens depuis des pages déjà bien placées.',
        steps: ['Trouver les pages proches', 'Ajouter les liens'],
      },
      share: {
        title: 'Diffuser dans la newsletter et sur les réseaux — {name}',
        description: 'Chaque article publié est un article diffusé.',
        steps: ['L’ajouter à la prochaine newsletter', 'Le publier sur LinkedIn'],
      },
      measure: {
        title: 'Mesurer positions et trafic — {name}',
        description: 'Six semaines après : position, visites et leads venus de l’article.',
        steps: ['Relever la position et les visites', 'Décider : mettre à jour, enrichir ou laisser'],
      },
    },
  },
  'paid-ads': {
    name: 'Publicité payante',
    summary: 'Audiences et annonces avant le lancement, suivi vérifié, puis optimisation et bilan.',
    defaultName: 'Campagne payante',
    dateLabel: 'Date de lancement',
    lever: 'Référencement payant (SEA)',
    actions: {
      launch: {
        title: 'Lancer la campagne — {name}',
        description: 'En ligne le jour dit, avec son budget quotidien et ses conversions suivies.',
        steps: ['Activer la campagne', 'Vérifier les premières impressions'],
      },
      audiences: {
        title: 'Définir audiences, mots-clés et budget — {name}',
        description: 'Une audience par persona, des mots-clés négatifs, un budget quotidien.',
        steps: ['Définir les audiences', 'Lister mots-clés et mots-clés négatifs', 'Fixer le budget'],
      },
      creatives: {
        title: 'Rédiger les annonces et la page d’atterrissage — {name}',
        description: 'Trois annonces par groupe et une page d’atterrissage avec un seul formulaire.',
        steps: ['Rédiger trois annonces par groupe', 'Monter la page d’atterrissage'],
      },
      tracking: {
        title: 'Vérifier le suivi des conversions — {name}',
        description: 'Un lead de test doit apparaître dans la régie et dans le CRM.',
        steps: ['Envoyer un lead de test', 'Le retrouver dans la régie et le CRM'],
      },
      optimise: {
        title: 'Première optimisation (annonces, enchères) — {name}',
        description: 'Après une semaine : couper les annonces faibles, ajuster les enchères.',
        steps: ['Mettre en pause les annonces les plus faibles', 'Ajuster les enchères'],
      },
      review: {
        title: 'Faire le bilan du coût par lead — {name}',
        description: 'Après un mois : coût par lead contre la cible, budget déplacé vers ce qui marche.',
        steps: ['Comparer le coût par lead à la cible', 'Déplacer le budget'],
      },
    },
  },
  emailing: {
    name: 'E-mailing',
    summary: 'Segmenter, rédiger, tester, envoyer, renvoyer aux non-ouvreurs, analyser.',
    defaultName: 'Campagne e-mail',
    dateLabel: 'Date d’envoi',
    lever: 'Emailing',
    actions: {
      send: {
        title: 'Envoyer la campagne — {name}',
        description: 'Envoyée au segment choisi, au meilleur moment pour lui.',
        steps: ['Programmer l’envoi', 'Vérifier les premières ouvertures'],
      },
      segment: {
        title: 'Segmenter la liste — {name}',
        description: 'Un segment par persona ; les contacts inactifs à l’écart.',
        steps: ['Écarter les contacts inactifs', 'Construire le segment'],
      },
      write: {
        title: 'Rédiger et mettre en page l’e-mail — {name}',
        description: 'Un message, un appel à l’action, un objet testé en deux versions.',
        steps: ['Écrire deux objets', 'Rédiger l’e-mail', 'Le mettre en page'],
      },
      test: {
        title: 'Tester (affichage, liens, spam) — {name}',
        description: 'Envoyé à quelques boîtes de test, sur téléphone et ordinateur.',
        steps: ['Envoyer les tests', 'Vérifier liens et affichage'],
      },
      resend: {
        title: 'Renvoyer aux non-ouvreurs — {name}',
        description: 'Même contenu, nouvel objet, à ceux qui n’ont pas ouvert.',
        steps: ['Changer l’objet', 'Renvoyer'],
      },
      analyse: {
        title: 'Analyser et passer les leads chauds aux ventes — {name}',
        description: 'Ouvertures, clics, réponses ; les contacts qui ont cliqué vont aux commerciaux.',
        steps: ['Lire les résultats', 'Transmettre les contacts chauds aux commerciaux'],
      },
    },
  },
  event: {
    name: 'Événement organisé',
    summary: 'Lieu, invitations un mois avant, confirmations, remerciements et suivi.',
    defaultName: 'Événement clients',
    dateLabel: 'Date de l’événement',
    lever: 'Événements',
    actions: {
      event: {
        title: 'Tenir l’événement — {name}',
        description:
          'Clients et prospects dans une même salle : interventions, témoignages, temps d’échange.',
        steps: ['Accueillir les invités', 'Dérouler le programme', 'Noter qui a parlé à qui'],
      },
      venue: {
        title: 'Réserver le lieu et les intervenants — {name}',
        description: 'Deux mois avant : lieu, date, programme et intervenants arrêtés.',
        steps: ['Réserver le lieu', 'Confirmer les intervenants', 'Écrire le programme'],
      },
      invitations: {
        title: 'Envoyer les invitations — {name}',
        description: 'Un mois avant, avec un lien d’inscription.',
        steps: ['Choisir les invités', 'Envoyer l’invitation'],
      },
      reminder: {
        title: 'Confirmer les inscrits — {name}',
        description: 'Trois jours avant : une confirmation avec l’adresse et le programme.',
        steps: ['Envoyer la confirmation', 'Mettre à jour la liste des invités'],
      },
      thanks: {
        title: 'Remercier et partager les contenus — {name}',
        description: 'Le lendemain : remerciements, présentations et photos.',
        steps: ['Envoyer l’e-mail de remerciement', 'Partager présentations et photos'],
      },
      'follow-up': {
        title: 'Relancer les contacts avec les commerciaux — {name}',
        description: 'Un appel à chaque prospect venu, tant que l’événement est frais.',
        steps: ['Partager la liste avec les commerciaux', 'Appeler chaque prospect'],
      },
    },
  },
};
