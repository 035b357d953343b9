/**
 * The one strict UTF-8 decoder, shared by everything that reads text Soothe did not write itself: the
 * command line (files and standard input), pack sync (downloads) and the options page's file imports.
 * Bytes that are not UTF-8 are refused with the byte offset, never replaced by U+FFFD and read on:
 * a pack that sync would refuse must not pass `pack lint`, and a file import must not store mojibake.
 */

export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
  constructor(
    readonly what: string,
    readonly offset: number,
  ) {
    super(`${what} is not UTF-8 text (invalid byte sequence at byte ${offset}). Save it as UTF-8 and try again.`);
  }
  /** The reason alone, for messages that already name the file. */
  get reason(): string {
    return `not UTF-8 text (invalid byte sequence at byte ${this.offset})`;
  }
}

/** Decodes UTF-8 (a leading byte-order mark is dropped); throws NotUtf8Error naming `what`. */
export function decodeUtf8(input: Uint8Array | ArrayBuffer, what = 'The file'): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error(what, firstInvalidByte(bytes));
  }
}

/** A file picked in a page (options import), decoded strictly. */
export async function readBlobUtf8(file: Blob & { name?: string }): Promise<string> {
  return decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name ?? 'The file');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (only on the error path). */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (n & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
