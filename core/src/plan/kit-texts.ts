import type { Language } from '../language.ts';
import type { KitId } from './kit-specs.ts';
import { kitTextsEn } from './kit-texts-en.ts';
import { kitTextsFr } from './kit-texts-fr.ts';

/** What a kit's action says; `{name}` in the title is the name given to the show, the webinar… */
export type KitActionText = { title: string; description: string; steps: readonly string[] };

export type KitTexts = {
  /** The kit in a list ("Trade show"). */
  name: string;
  /** One line on what it adds. */
  summary: string;
  /** The anchor's name when the user gives none. */
  defaultName: string;
  /** What the anchor date is ("First day of the show"). */
  dateLabel: string;
  /** The name of a lever the kit creates when the plan has none for it. */
  lever: string;
  /** By step key (see kit-specs.ts). */
  actions: Readonly<Record<string, KitActionText>>;
};

export type KitTextsByKit = Readonly<Record<KitId, KitTexts>>;

export const kitTexts: Readonly<Record<Language, KitTextsByKit>> = { fr: kitTextsFr, en: kitTextsEn };
