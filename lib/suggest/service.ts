/** The background's suggestion engine: one ranker over the current library, rebuilt when it changes. */
import type { Library } from '../library/store/library';
import { ChoiceHistory } from './history';
import { Ranker } from './rank';
import { LibrarySearch } from './search';

export class SuggestionService {
  private history = new ChoiceHistory();
  private library: Library;
  private remember = true;
  private current: Ranker;
  private searcher: LibrarySearch | null = null;

  constructor(library: Library) {
    this.library = library;
    this.current = this.build();
    this.searcher = null;
  }

  private build(): Ranker {
    return new Ranker(this.library, this.remember ? this.history : undefined);
  }

  get ranker(): Ranker {
    return this.current;
  }

  /** The whole library for the panel's search box (indexed on first use). */
  get search(): LibrarySearch {
    return (this.searcher ??= new LibrarySearch(this.library));
  }

  /** Past choices to learn from (only while the user lets suggestions remember them). */
  get choices(): ChoiceHistory | null {
    return this.remember ? this.history : null;
  }

  /** A pack was installed, updated or edited: index the new library. */
  setLibrary(library: Library): void {
    this.library = library;
    this.current = this.build();
    this.searcher = null;
  }

  /** The profile's privacy setting: off forgets what was learnt and ranks without it. */
  setRememberChoices(on: boolean): void {
    if (on === this.remember) return;
    this.remember = on;
    if (!on) this.history = new ChoiceHistory();
    this.current = this.build();
  }
}
