import type { SiteAdapter } from '../types';
import { findXComposers } from './composers';

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposers: findXComposers,
};
