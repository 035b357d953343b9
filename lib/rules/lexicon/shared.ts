/**
 * Private-channel signals that do not depend on the language. Matched on folded text; the two regexps
 * read letters beyond the lexicons' blocks as stand-ins (stand-ins.ts): their `\p{L}` cost ms to compile.
 */
import { StandInRegExp } from '../stand-ins';

/**
 * An e-mail address or an international phone number in the reply: a channel the customer can use.
 * The address starts only where a run of address characters starts (the lookbehind): otherwise a long
 * word without "@" is rescanned from every letter, which is quadratic.
 */
export const CONTACT_POINT = new StandInRegExp(
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}])\+\d{1,3}[\s\d().-]{6,}\d/u.source,
);

/** Deep links that open a private conversation: X DM compose, Messenger, WhatsApp, Instagram. */
export const PRIVATE_LINK = new StandInRegExp(/(?:twitter|x)\.com\/messages\/compose|(?<![\p{L}\p{N}.])(?:m|wa|ig)\.me\//u.source);

/**
 * Template placeholders (lib/library/pack/pack-variables.ts) stand for what they will be filled with, so a
 * template can be checked before rendering: a DM link, phone or e-mail is a private channel, an ETA a time.
 */
export const PRIVATE_PLACEHOLDER = /\{\{\s*(?:dm_link|phone|email)\s*\}\}/gu;
export const FIX_PLACEHOLDER = /\{\{\s*eta\s*\}\}/gu;
