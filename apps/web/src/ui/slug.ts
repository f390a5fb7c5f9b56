/** An id from a name, as the API makes entity ids: "Arctic Council" is arctic-council. */
export function slugify(name: string, separator = '-'): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^${separator}+|${separator}+$`, 'g'), '')
    .slice(0, 100);
}
