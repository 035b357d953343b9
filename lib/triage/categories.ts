/** The closed sets the triage reports, shared by the lexicons and the result type. */
export const CATEGORIES = ['delivery', 'product', 'billing', 'returns', 'support', 'technical', 'account', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Severity levels of Jin & Aletras (2021), as used by complaints-en-xci; `none` for non-complaints. */
export const SEVERITIES = ['none', 'no_reproach', 'disapproval', 'accusation', 'blame'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ESCALATIONS = ['press', 'regulator', 'lawyer', 'chargeback', 'cancel'] as const;
export type Escalation = (typeof ESCALATIONS)[number];

export type Cue = readonly [pattern: string, weight: number];

/** Everything one language contributes to the rules. */
export interface LanguageRules {
  /** Positive weight: breach of expectation; negative: praise, thanks, plain information requests. */
  complaint: readonly Cue[];
  categories: Record<Exclude<Category, 'other'>, readonly Cue[]>;
  /** weight = severity level reached when the cue is present (2 disapproval, 3 accusation, 4 blame) */
  severity: readonly Cue[];
  escalation: Record<Escalation, readonly Cue[]>;
  /**
   * A plain request to cancel, delete or close ("please cancel my order", "how do I delete my account"):
   * when one matches and no threat marker does, a `cancel` cue is not an escalation.
   */
  plainRequest: readonly Cue[];
  /** Conditions and ultimatums ("or", "unless", "otherwise") that turn a request back into a threat. */
  threatMarker: readonly Cue[];
  /** "same here", "me too": joining someone else's complaint */
  agreement: readonly Cue[];
  joke: readonly Cue[];
  praise: readonly Cue[];
  profanity: readonly Cue[];
}
