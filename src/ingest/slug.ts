/** A lowercase ASCII slug for ids and IRIs: accents dropped, anything else between words becomes '-'. */
export function slug(text: string, fallback = 'doc'): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || fallback;
}
