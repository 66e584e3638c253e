/** Ids for what an import makes (events, themes, eras): kebab-case slugs, unique within a file. */

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Ids handed out once each: `claim(base)` gives `base`, else `base-2`, `base-3`… the first not yet
 * taken. It remembers where each base's search stopped (ids are never given back, so every lower
 * suffix stays taken): 50,000 events with the same id cost 50,000 steps, not 1.25 billion.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  add(id: string): void {
    this.taken.add(id);
  }

  claim(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      let suffix = this.nextSuffix.get(base) ?? 2;
      while (this.taken.has(`${base}-${suffix}`)) suffix++;
      id = `${base}-${suffix}`;
      this.nextSuffix.set(base, suffix + 1);
    }
    this.taken.add(id);
    return id;
  }
}
