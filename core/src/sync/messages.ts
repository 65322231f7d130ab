/**
 * Messages for the errors of an import file, in the languages Jalon speaks. They live in core
 * because parseBundle promises a translated message; the apps show them as they are.
 */
export type BundleErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'too-deep'
  | 'forbidden-key'
  | 'unknown-format'
  | 'newer-version'
  | 'invalid'
  | 'over-cap'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'invalid-stamp'
  | 'clock-ahead'
  | 'wrong-plan';

const fr: Record<BundleErrorCode, string> = {
  empty: 'Le fichier est vide.',
  'too-large': 'Le fichier est trop volumineux pour être importé ({detail}).',
  'not-json': "Ce fichier n'est pas un export Jalon : ce n'est pas du JSON valide.",
  truncated: 'Le fichier est incomplet (coupé avant la fin) : exportez-le à nouveau.',
  'too-deep': 'Le fichier contient des données imbriquées trop profondément.',
  'forbidden-key': 'Le fichier contient une clé interdite ({detail}) : il a peut-être été altéré.',
  'unknown-format': "Ce fichier n'est pas un export Jalon.",
  'newer-version':
    'Ce fichier a été créé par une version plus récente de Jalon : mettez Jalon à jour avant de l’importer.',
  invalid: 'Le fichier contient une valeur invalide ({detail}).',
  'over-cap': 'Le fichier contient un texte ou une liste trop long ({detail}).',
  'duplicate-id': 'Le fichier contient deux fois le même identifiant ({detail}).',
  'dangling-reference': 'Le fichier fait référence à un élément absent ({detail}).',
  'invalid-stamp':
    'Le fichier contient une date de modification impossible ({detail}) : il a peut-être été altéré.',
  'clock-ahead':
    'Le fichier a été écrit par un appareil dont l’horloge est très en avance (modifications datées du {detail}) : corrigez la date de cet appareil, puis exportez à nouveau.',
  'wrong-plan': 'Le fichier contient des éléments d’un autre plan que celui de son dossier ({detail}).',
};

const en: Record<BundleErrorCode, string> = {
  empty: 'The file is empty.',
  'too-large': 'The file is too large to import ({detail}).',
  'not-json': 'This file is not a Jalon export: it is not valid JSON.',
  truncated: 'The file is incomplete (cut off before its end): export it again.',
  'too-deep': 'The file holds data nested too deeply.',
  'forbidden-key': 'The file holds a forbidden key ({detail}): it may have been tampered with.',
  'unknown-format': 'This file is not a Jalon export.',
  'newer-version': 'This file was made by a newer Jalon: update Jalon first, then import it.',
  invalid: 'The file holds an invalid value ({detail}).',
  'over-cap': 'The file holds a text or a list that is too long ({detail}).',
  'duplicate-id': 'The file holds the same id twice ({detail}).',
  'dangling-reference': 'The file refers to a missing item ({detail}).',
  'invalid-stamp': 'The file holds an impossible change date ({detail}): it may have been tampered with.',
  'clock-ahead':
    'The file was written by a device whose clock runs far ahead (changes dated {detail}): fix that device’s date, then export again.',
  'wrong-plan': 'The file holds records of another plan than its folder’s ({detail}).',
};

export const bundleMessages = { fr, en } as const;

export function bundleMessage(code: BundleErrorCode, locale: string, detail = ''): string {
  const catalog = locale.toLowerCase().startsWith('fr') ? fr : en;
  return catalog[code].replace('{detail}', detail);
}
