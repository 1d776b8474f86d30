/** Groups items by a key, keeping their order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** For each link (owner → target), the targets of each owner, in the targets' order. */
export function joinThrough<L, T extends { id: number }>(owners: readonly number[], links: L[], owner: (l: L) => number, target: (l: L) => number, targets: T[]): T[][] {
  const position = new Map(targets.map((t, i) => [t.id, i]));
  const byOwner = groupBy(links, owner);
  return owners.map((id) =>
    (byOwner.get(id) ?? [])
      .map((l) => targets[position.get(target(l)) ?? -1])
      .filter((t): t is T => t !== undefined)
      .sort((a, b) => position.get(a.id)! - position.get(b.id)!),
  );
}

/** Items in runs of at most `size` (statements with a bounded number of parameters). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
