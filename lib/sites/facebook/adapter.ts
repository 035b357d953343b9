import type { SiteAdapter } from '../types';
import { findFacebookComposers } from './composers';

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findComposers: findFacebookComposers,
};
