/** The background's suggestion engine: one ranker over the current library, rebuilt when it changes. */
import type { Library } from '../library/library';
import { ChoiceHistory } from './history';
import { Ranker } from './rank';

export class SuggestionService {
  readonly history = new ChoiceHistory();
  private current: Ranker;

  constructor(library: Library) {
    this.current = new Ranker(library, this.history);
  }

  get ranker(): Ranker {
    return this.current;
  }

  /** A pack was installed, updated or edited: index the new library. */
  setLibrary(library: Library): void {
    this.current = new Ranker(library, this.history);
  }
}
