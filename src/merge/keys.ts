// Keys under which things meet: titles for merging, slugs for URLs.
import { plainText } from "../record/math-text.ts";

/** Title identity: case and punctuation ignored (letters of any script kept). */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const MAX_SLUG = 80;

/** URL-safe ASCII slug of the text's plain form; empty when it has no Latin letters or digits. */
export function slugify(text: string): string {
  const ascii = plainText(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= MAX_SLUG) return ascii;
  const cut = ascii.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf("-") > 40 ? cut.lastIndexOf("-") : MAX_SLUG).replace(/-+$/, "");
}

/** Short stable hash (FNV-1a, base36) to tell apart things whose slugs collide. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0").slice(0, 7);
}
