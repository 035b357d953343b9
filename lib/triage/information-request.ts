/**
 * English posts that open by asking for information ("Is there a fee to close my account?", "@Bank what happens if I
 * enter the wrong PIN?"). With no breach cue they are help-desk questions, answered from the FAQ, not complaints.
 * Only the opening counts: "why", "where is my" and "when will" open complaints as often as questions, so they are
 * not here, and a question later in a post says nothing about what the post is.
 */
import { fold, tokenize } from './normalize';

const OPENERS: readonly (readonly string[])[] = [
  'is there', 'are there', 'is it possible', 'what happens if', 'what is the', 'what are the', 'does', 'do you',
  'can i', 'how do i', 'how can i', 'which', 'can someone tell me', 'does anyone know', 'anyone know',
].map((o) => o.split(' '));

const LEADING_HANDLES = /^(?:\s*@\w+[,:]?)+\s*/u;

export function opensWithInformationRequest(text: string): boolean {
  const tokens = tokenize(fold(text.replace(LEADING_HANDLES, ''))).slice(0, 4);
  return OPENERS.some((opener) => opener.every((word, i) => tokens[i] === word));
}
