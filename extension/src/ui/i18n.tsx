import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from '../i18n.ts';

export const TranslateContext = createContext<Translate>(translator('en'));

export function useT(): Translate {
  return useContext(TranslateContext);
}
