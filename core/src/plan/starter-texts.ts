import type { Language } from '../language.ts';
import type { AssessmentPoint } from './assessment.ts';
import { starterTextsEn } from './starter-texts-en.ts';
import { starterTextsFr } from './starter-texts-fr.ts';

/** What an action of the starter plan says (stored content). */
export type StarterActionText = { title: string; description: string; steps: readonly string[] };

export type StarterTexts = {
  planName: (month: string) => string;
  planDescription: string;
  methodLever: string;
  /** Each point of the assessment: its name as a weakness, and the action that answers it. */
  points: Readonly<Record<AssessmentPoint, { weakness: string; action: StarterActionText }>>;
  track: (channel: string) => StarterActionText;
  review: StarterActionText;
  reviewDate: string;
  channelVerdict: string;
  /** The line an action ends with, naming the weakness it answers. */
  answers: (weakness: string) => string;
};

export const starterTexts: Readonly<Record<Language, StarterTexts>> = {
  fr: starterTextsFr,
  en: starterTextsEn,
};
