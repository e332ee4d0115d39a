// Slugs for global ids: "John Kerry" -> "john-kerry", "People's Liberation Army" -> "peoples-liberation-army".
export function slugOf(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}
