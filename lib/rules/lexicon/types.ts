/**
 * A language's word lists for the reply rules.
 *
 * Entries are written in a small pattern language and folded (lower case, accents stripped) before
 * compiling, so they may be written with or without diacritics:
 * - a space matches any run of whitespace;
 * - `*` matches any letters (a stem: `przeprasz*` = przepraszamy, przepraszam, przepraszając);
 * - ` ~ ` skips up to three words (`send ~ order number` = "send us your order number");
 * - otherwise regular-expression syntax: `(a|b)`, `?`, `[sz]`, `\d`.
 * Every entry matches whole words only.
 */
export interface Lexicon {
  /** Saying sorry or owning the mistake. */
  apology: readonly string[];
  /** A concrete action, next step or time. */
  fix: readonly string[];
  /** An invitation to DM, private message, e-mail, phone or chat. */
  private: readonly string[];
  /**
   * Fix wording that only promises to look or help ("we'll take a look", "sprawdzimy", "θα το ελέγξουμε")
   * (`times` are weak too). A fix match overlapping one of these counts only when
   * the reply does not ask to go private: "DM us and we'll take a look" takes it private, it fixes nothing
   * yet (real agent replies, scripts/eval/data/twcs-replies).
   */
  weakFix: readonly string[];
  /**
   * Fix wording that never commits on its own, private channel or not: checking, verifying, forwarding,
   * "we'll let you know" ("weryfikujemy", "przekazaliśmy dalej", "θα σας ενημερώσουμε"). It counts only
   * in a sentence that pairs the offer with a time ("sprawdzimy to jeszcze dziś"). The blind pl/el replies
   * (scripts/eval/data/replies-plel.README.md) label these fix = 0; English keeps it empty, as its real
   * agent replies (twcs-replies) count "we're looking into this" as a step when nothing else is asked.
   */
  vagueFix: readonly string[];
  /** Times and dates ("today", "jutro", "σήμερα"): fix wording, weak on their own (see weakFix). */
  times: readonly string[];
  /** Words that cancel a fix right after them ("we won't refund", "nie zwrócimy", "δεν θα στείλουμε"). */
  fixNegation: readonly string[];
  /** Blaming the customer or arguing with them. */
  blame: readonly string[];
  /** Lecturing with terms, conditions and policies. */
  lecturing: readonly string[];
  /** Corporate boilerplate. */
  boilerplate: readonly string[];
  /** Personal data a reply must not ask for in public (order number, address, phone, e-mail...), as nouns. */
  personalData: readonly string[];
  /** What directly precedes the data in a request: "send us", "what is", "podaj", "στείλτε μας". */
  dataRequest: readonly string[];
  /** Small words allowed between a request and the data: "us", "your", "the", "full" (up to three). */
  dataFiller: readonly string[];
  /** Words that turn a data request around ("don't post your order number here"). */
  dataNegation: readonly string[];
}
