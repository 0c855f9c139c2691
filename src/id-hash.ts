/**
 * A 32-bit FNV-1a hash of an id, shared by the build (which lists the built-ins' indicator ids as
 * hashes) and the error hints (which look an unknown id up among them), so that an error can name an
 * id of another built-in framework without shipping that framework's ids.
 * @module
 * @internal
 */

/** FNV-1a (32 bits) of the UTF-16 code units of `id`. @internal */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The top 24 bits of {@link idHash} as 4 characters (6 bits each, URL-safe base64 digits). @internal */
export function idKey(id: string): string {
  const h = idHash(id) >>> 8;
  return DIGITS[(h >>> 18) & 63]! + DIGITS[(h >>> 12) & 63]! + DIGITS[(h >>> 6) & 63]! + DIGITS[h & 63]!;
}
