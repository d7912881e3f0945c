/**
 * What the crash workload writes, so the checker can tell a whole import from a partial one without
 * talking to the child: generation g's document names the profile `crash-g` and holds rowsFor(g)
 * attachment records with ids `g-0 … g-(n-1)`, all owned by `crash-import`.
 */
export const IMPORT_OWNER = 'crash-import';
export const EDIT_OWNER = 'crash-edit';

export function rowsFor(generation: number): number {
  return 1500 + ((generation * 7919) % 2000);
}

export function generationOf(profileName: string | null | undefined): number {
  const m = /^crash-(\d+)$/.exec(profileName ?? '');
  return m ? Number(m[1]) : 0;
}

export function importDocument(generation: number, profile: Record<string, unknown>) {
  const attachments = Array.from({ length: rowsFor(generation) }, (_, i) => ({
    id: `${generation}-${i}`,
    name: `证明材料-${generation}-${i}.pdf`,
    size: i,
    sha256: (i % 16).toString(16).repeat(64),
    owner: { domain: IMPORT_OWNER, entityId: `entity-${i % 50}` },
    addedAt: '2025-03-01T08:00:00.000Z',
    addedBy: '崩溃测试',
  }));
  return { formatVersion: 1 as const, profile: { ...profile, name: `crash-${generation}` }, attachments };
}
