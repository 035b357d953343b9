/**
 * Sample variable values per language: for previews in the library editor and for linting, where
 * a template is checked as the customer would read it (a reply-rule checker sees "by Friday", not
 * "{{eta}}"). Realistic lengths matter: the X length limit is checked on these.
 */
import type { PackLanguage } from './pack-schema';
import type { PackVariable } from './pack-variables';

export const SAMPLE_VALUES: Record<PackLanguage, Record<PackVariable, string>> = {
  en: {
    customer_name: 'Sam',
    agent_name: 'Alex',
    signature: 'Alex, Customer Care',
    brand: 'Northwind',
    dm_link: 'https://x.com/messages/compose?recipient_id=1234567890',
    phone: '0800 123 4567',
    email: 'help@northwind.example',
    eta: 'tomorrow between 8 and 12',
    case_ref: 'C-104233',
  },
  pl: {
    customer_name: 'Anna',
    agent_name: 'Marta',
    signature: 'Marta, Biuro Obsługi Klienta',
    brand: 'Northwind',
    dm_link: 'https://m.me/northwind.example',
    phone: '800 123 456',
    email: 'pomoc@northwind.example',
    eta: 'jutro między 8 a 12',
    case_ref: 'C-104233',
  },
  el: {
    customer_name: 'Μαρία',
    agent_name: 'Νίκος',
    signature: 'Νίκος, Εξυπηρέτηση Πελατών',
    brand: 'Northwind',
    dm_link: 'https://m.me/northwind.example',
    phone: '800 123 4567',
    email: 'help@northwind.example',
    eta: 'αύριο μεταξύ 8 και 12',
    case_ref: 'C-104233',
  },
};
