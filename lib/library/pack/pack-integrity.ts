/**
 * The optional integrity hash of a pack: `sha256-` + the hex SHA-256 of the canonical JSON
 * (canonical-json.ts) of the pack without its `integrity` field. Formatting and key order in the
 * file do not matter; any change to content does.
 */
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

export function computePackIntegrity(pack: object): string {
  const { integrity: _ignored, ...rest } = pack as Record<string, unknown>;
  return `sha256-${sha256Hex(canonicalJson(rest))}`;
}

/** The same pack with its integrity field set (or replaced). */
export function withIntegrity<T extends object>(pack: T): T & { integrity: string } {
  return { ...pack, integrity: computePackIntegrity(pack) };
}
