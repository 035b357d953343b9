import { createContext, useContext } from 'react';
import { OPTIONS_STRINGS, type OptionsStrings } from '@/lib/i18n/options';
import type { OptionsServices } from './services';

export interface OptionsContextValue {
  t: OptionsStrings;
  services: OptionsServices;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('useOptions outside <OptionsApp>');
  return value;
}

export const fallbackStrings = OPTIONS_STRINGS.en;
