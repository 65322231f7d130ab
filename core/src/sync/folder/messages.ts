import type { BundleErrorCode } from '../messages.ts';
import { bundleMessage } from '../messages.ts';
import type { EnvelopeProblem } from './envelope.ts';

/**
 * What can go wrong between a device and its sync folder, each code with a message in the
 * languages Jalon speaks. No message ever holds the password, the passphrase or a URL with
 * credentials: `detail` is a status code, a device name or the server's own short answer.
 */
export type FolderErrorCode =
  | 'not-configured'
  | 'bad-url'
  | 'offline'
  | 'unreachable'
  | 'cors'
  | 'redirect'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'payload-too-large'
  | 'locked'
  | 'throttled'
  | 'insufficient-storage'
  | 'server-error'
  | 'not-webdav'
  | 'unexpected-status'
  | 'permission-missing'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'key-damaged'
  | 'write-unverified'
  | 'timeout';

type OwnProblem =
  | EnvelopeProblem
  | 'too-large'
  | 'not-gzip'
  | 'checksum'
  | 'decrypt'
  | 'encrypted-no-key'
  | 'wrong-plan';
/** Why one device's file was not merged: a problem of the frame, or a refusal of its bundle. */
export type FileProblem = OwnProblem | BundleErrorCode;

type Catalog = Record<FolderErrorCode, string>;

const fr: Catalog = {
  'not-configured': 'La synchronisation par dossier n’est pas configurée sur cet appareil.',
  'bad-url': 'L’adresse du dossier n’est pas valide ({detail}).',
  offline: 'Pas de réseau : la synchronisation reprendra d’elle-même au retour du réseau.',
  unreachable: 'Serveur injoignable : nom de serveur inconnu, serveur arrêté ou pas de réseau.',
  cors: 'Le serveur répond, mais refuse cette page : il n’envoie pas les en-têtes CORS qui autorisent Jalon. Ajoutez-les côté serveur (voir docs/sync-webdav.md) ou utilisez l’extension.',
  redirect:
    'Le serveur redirige ailleurs : vérifiez l’adresse (https ? « / » final ? pour Nextcloud : …/remote.php/dav/files/<utilisateur>/).',
  unauthorized:
    'Nom d’utilisateur ou mot de passe refusé (401). Avec Nextcloud ou kDrive, utilisez un mot de passe d’application.',
  forbidden: 'Accès interdit à ce dossier (403). {detail}',
  'not-found': 'Dossier introuvable (404) : vérifiez l’adresse, ou créez le dossier.',
  'method-not-allowed': 'Cette adresse n’est pas un dossier WebDAV (405) : vérifiez l’adresse.',
  conflict: 'Le dossier parent n’existe pas sur le serveur (409).',
  'payload-too-large': 'Le serveur refuse un fichier aussi gros (413) : la lecture continue, l’envoi attend.',
  locked: 'Le fichier est verrouillé sur le serveur (423) : nouvel essai bientôt.',
  throttled: 'Le serveur demande de ralentir (429) : nouvel essai plus tard.',
  'insufficient-storage':
    'Plus de place sur le serveur (507) : la lecture continue, l’envoi attend. Libérez de l’espace.',
  'server-error': 'Erreur du serveur ({detail}) : nouvel essai bientôt.',
  'not-webdav':
    'Le serveur ne répond pas comme un dossier WebDAV (page de connexion ou page web ?) : vérifiez l’adresse.',
  'unexpected-status': 'Réponse inattendue du serveur ({detail}).',
  'permission-missing':
    'L’extension n’a pas encore l’autorisation d’accéder à ce serveur : ouvrez les options et enregistrez la configuration.',
  'passphrase-needed':
    'Ce dossier est chiffré : saisissez la phrase secrète de l’équipe. Rien n’a été envoyé.',
  'wrong-passphrase': 'Phrase secrète incorrecte pour ce dossier : rien n’a été envoyé.',
  'key-damaged': 'Le fichier de clé du dossier (jalon-key.json) est endommagé.',
  'write-unverified':
    'L’envoi n’a pas pu être vérifié sur le serveur : nouvel essai à la prochaine synchronisation.',
  timeout: 'Le serveur met trop de temps à répondre : nouvel essai bientôt.',
};

const en: Catalog = {
  'not-configured': 'Folder sync is not set up on this device.',
  'bad-url': 'The folder address is not valid ({detail}).',
  offline: 'No network: sync resumes by itself when the network is back.',
  unreachable: 'Server unreachable: unknown server name, server down, or no network.',
  cors: 'The server answers but refuses this page: it sends no CORS headers allowing Jalon. Add them on the server (see docs/sync-webdav.md) or use the extension.',
  redirect:
    'The server redirects elsewhere: check the address (https? a final “/”? for Nextcloud: …/remote.php/dav/files/<user>/).',
  unauthorized: 'User name or password refused (401). With Nextcloud or kDrive, use an app password.',
  forbidden: 'Access to this folder is forbidden (403). {detail}',
  'not-found': 'Folder not found (404): check the address, or create the folder.',
  'method-not-allowed': 'This address is not a WebDAV folder (405): check the address.',
  conflict: 'The parent folder does not exist on the server (409).',
  'payload-too-large': 'The server refuses a file this large (413): reading goes on, sending waits.',
  locked: 'The file is locked on the server (423): trying again soon.',
  throttled: 'The server asks to slow down (429): trying again later.',
  'insufficient-storage':
    'The server is out of space (507): reading goes on, sending waits. Free some space.',
  'server-error': 'Server error ({detail}): trying again soon.',
  'not-webdav': 'The server does not answer as a WebDAV folder (a login or web page?): check the address.',
  'unexpected-status': 'Unexpected answer from the server ({detail}).',
  'permission-missing':
    'The extension is not yet allowed to reach this server: open the options and save the set-up.',
  'passphrase-needed': 'This folder is encrypted: enter the team passphrase. Nothing was sent.',
  'wrong-passphrase': 'Wrong passphrase for this folder: nothing was sent.',
  'key-damaged': 'The folder’s key file (jalon-key.json) is damaged.',
  'write-unverified': 'The upload could not be checked on the server: trying again at the next sync.',
  timeout: 'The server takes too long to answer: trying again soon.',
};

const problemsFr: Record<OwnProblem, string> = {
  'not-jalon': 'ce n’est pas un fichier Jalon',
  'newer-version': 'écrit par une version plus récente de Jalon',
  truncated: 'fichier incomplet, peut-être en cours d’envoi',
  damaged: 'fichier endommagé',
  misplaced: 'fichier d’un autre plan ou d’un autre appareil',
  'too-large': 'fichier trop volumineux',
  'not-gzip': 'compression illisible',
  checksum: 'contenu altéré (empreinte incorrecte)',
  decrypt: 'déchiffrement impossible : fichier altéré ou autre phrase secrète',
  'encrypted-no-key': 'fichier chiffré et aucune phrase secrète n’est saisie',
  'wrong-plan': 'contient des éléments d’un autre plan',
};

const problemsEn: Record<OwnProblem, string> = {
  'not-jalon': 'not a Jalon file',
  'newer-version': 'written by a newer Jalon',
  truncated: 'incomplete file, maybe still being uploaded',
  damaged: 'damaged file',
  misplaced: 'a file of another plan or device',
  'too-large': 'file too large',
  checksum: 'altered content (wrong checksum)',
  'not-gzip': 'unreadable compression',
  decrypt: 'cannot decrypt: altered file or another passphrase',
  'encrypted-no-key': 'encrypted, and no passphrase is entered',
  'wrong-plan': 'holds records of another plan',
};

export const folderMessages = { fr, en } as const;
export const fileProblemMessages = { fr: problemsFr, en: problemsEn } as const;

const isFr = (locale: string) => locale.toLowerCase().startsWith('fr');

export function folderMessage(code: FolderErrorCode, locale: string, detail = ''): string {
  return (isFr(locale) ? fr : en)[code].replace('{detail}', detail).trim();
}

/** Why a device's file was refused, in a few words (a bundle refusal in its own words). */
export function fileProblemText(problem: FileProblem, locale: string): string {
  const own = (isFr(locale) ? problemsFr : problemsEn) as Record<string, string>;
  if (own[problem]) return own[problem];
  // A bundle refusal is a sentence of its own; here it goes inside parentheses, mid-sentence.
  const sentence = bundleMessage(problem as BundleErrorCode, locale, '')
    .replace(/\s*\(\)/, '')
    .replace(/[.\s]+$/, '');
  return sentence.charAt(0).toLocaleLowerCase(locale) + sentence.slice(1);
}

/** "The file of device X is damaged (why): its last good version stays merged." */
export function damagedFileMessage(device: string, problem: FileProblem, locale: string): string {
  const why = fileProblemText(problem, locale);
  return isFr(locale)
    ? `Le fichier de l’appareil « ${device} » n’a pas été fusionné (${why}). Sa dernière version correcte reste dans le plan ; nouvel essai à chaque synchronisation.`
    : `The file of device “${device}” was not merged (${why}). Its last good version stays in the plan; it is tried again at each sync.`;
}

/** The kind of failure each code means for the schedule: see schedule.ts. */
export function failureKind(code: FolderErrorCode): 'stop' | 'transient' {
  return code === 'unauthorized' ||
    code === 'forbidden' ||
    code === 'permission-missing' ||
    code === 'passphrase-needed' ||
    code === 'wrong-passphrase' ||
    code === 'not-configured'
    ? 'stop'
    : 'transient';
}
