/**
 * The template library Soothe suggests from: every installed pack's templates and FAQ, in one
 * list. Today that is the default packs shipped in assets/packs; installed team packs and the
 * user's own templates join through `buildLibrary`.
 */
import el from '../../../assets/packs/el.json';
import en from '../../../assets/packs/en.json';
import pl from '../../../assets/packs/pl.json';
import { isHoldingStatement, type FaqEntry, type Pack, type PackTemplate } from '../pack/pack-schema';
import { parsePack } from '../pack/validate-pack';

export interface LibraryTemplate extends PackTemplate {
  packId: string;
}
export interface LibraryFaq extends FaqEntry {
  packId: string;
}
export interface Library {
  /** Replies to a customer: what suggestions, search and template health work on. */
  templates: LibraryTemplate[];
  faq: LibraryFaq[];
  /** Holding statements (public updates during a crisis), offered on a crisis-radar alert only. */
  holding?: LibraryTemplate[];
}

export function buildLibrary(packs: readonly Pack[]): Library {
  const all = packs.flatMap((p) => p.templates.map((t) => ({ ...t, packId: p.id })));
  return {
    templates: all.filter((t) => !isHoldingStatement(t)),
    faq: packs.flatMap((p) => p.faq.map((f) => ({ ...f, packId: p.id }))),
    holding: all.filter(isHoldingStatement),
  };
}

/** The shipped packs, validated like any other (a broken default pack is a build bug, said loudly). */
export function defaultPacks(): Pack[] {
  return [en, pl, el].map((raw) => {
    const result = parsePack(raw);
    if (!result.ok) throw new Error(`A default pack is invalid: ${result.errors.join('; ')}`);
    return result.pack;
  });
}
