import { defineMessages } from '../../i18n/messages.ts';

export const shareMessages = defineMessages(
  {
    title: 'Reçu par partage',
    reading: 'Lecture de ce qui a été partagé…',
    saved: 'Idée ajoutée à la boîte « À trier ».',
    gone: 'Rien à recevoir : ce partage a déjà été enregistré, ou il n’est pas arrivé jusqu’ici.',
    empty: 'Le partage était vide : rien n’a été enregistré.',
    invalid:
      'Ce partage ne peut pas devenir une idée (champ « {field} » trop long ou illisible) : rien n’a été enregistré.',
    fileTitle: 'Fichier reçu : {name}',
    fileHint:
      'Jalon le vérifie, puis le fusionne avec les données de cet appareil ; un fichier refusé ne change rien.',
    importFile: 'Importer ce fichier',
    inboxName: 'Boîte à idées',
    toIdeas: 'Voir les idées',
  },
  {
    title: 'Received by sharing',
    reading: 'Reading what was shared…',
    saved: 'Idea added to the Inbox.',
    gone: 'Nothing to receive: this share was already saved, or it never got here.',
    empty: 'The share was empty: nothing was saved.',
    invalid:
      'This share cannot become an idea (the “{field}” field is too long or unreadable): nothing was saved.',
    fileTitle: 'File received: {name}',
    fileHint: 'Jalon checks it, then merges it with this device’s data; a refused file changes nothing.',
    importFile: 'Import this file',
    inboxName: 'Idea inbox',
    toIdeas: 'See the ideas',
  },
);
