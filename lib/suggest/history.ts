/**
 * What this user chose before for similar posts (same language and category): the more often a
 * template was picked there, the higher it ranks next time. Built from the log's insert events.
 */
export class ChoiceHistory {
  private counts = new Map<string, Map<string, number>>();

  private static key(lang: string, category: string): string {
    return `${lang}|${category}`;
  }

  record(lang: string, category: string, templateId: string): void {
    const key = ChoiceHistory.key(lang, category);
    const m = this.counts.get(key) ?? new Map<string, number>();
    m.set(templateId, (m.get(templateId) ?? 0) + 1);
    this.counts.set(key, m);
  }

  /** 0..1: how strongly past choices favour this template here. */
  boost(lang: string, category: string, templateId: string): number {
    const n = this.counts.get(ChoiceHistory.key(lang, category))?.get(templateId) ?? 0;
    return Math.min(1, n / 3);
  }
}
