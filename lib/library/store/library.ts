/**
 * The template library Soothe suggests from: every installed pack's templates and FAQ, in one
 * list. Today that is the default packs shipped in assets/packs; installed team packs and the
 * user's own templates join through `buildLibrary`.
 */
import el from '../../../assets/packs/el.json';
import en from '../../../assets/packs/en.json';
import pl from '../../../assets/packs/pl.json';
import type { FaqEntry, Pack, PackTemplate } from '../pack/pack-schema';
import { parsePack } from '../pack/validate-pack';

export interface LibraryTemplate extends PackTemplate {
  packId: string;
}
export interface LibraryFaq extends FaqEntry {
  packId: string;
}
export interface Library {
  templates: LibraryTemplate[];
  faq: LibraryFaq[];
}

export function buildLibrary(packs: readonly Pack[]): Library {
  return {
    templates: packs.flatMap((p) => p.templates.map((t) => ({ ...t, packId: p.id }))),
    faq: packs.flatMap((p) => p.faq.map((f) => ({ ...f, packId: p.id }))),
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
