import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, tempBackend } from '../../../test/support/workspace';
import { snapshotRates } from '../../../shared/domain/sam/snapshot';

let clock = new Date('2025-01-01T10:00:00+08:00');
let backend: ReturnType<typeof tempBackend>;
beforeEach(() => {
  clock = new Date('2025-01-01T10:00:00+08:00');
  backend = tempBackend({ now: () => clock });
});
afterEach(() => backend.dispose());

const kylin = { publisher: '麒麟软件', name: '银河麒麟', inspectionCategory: 'os', domestic: true } as const;
const windows = { publisher: 'Microsoft', name: 'Windows', inspectionCategory: 'os' } as const;

describe('position snapshots: the rate and the domestic share over time', () => {
  it('keeps the figures of each moment, so a substitution shows as the share going up', async () => {
    for (const record of [kylin, windows]) expectOk(await backend.call('sam.save', { register: 'products', record }));
    for (const device of ['PC-1', 'PC-2', 'PC-3', 'PC-4'])
      expectOk(await backend.call('sam.save', { register: 'installations', record: { ...windows, device } }));
    expectOk(
      await backend.call('sam.save', {
        register: 'entitlements',
        record: { ...kylin, metric: 'site', scope: { kind: 'enterprise', name: '' } },
      }),
    );
    const first = expectOk(await backend.call('sam.snapshots.take', { note: '替代前' }));
    expect(first).toMatchObject({
      day: '2025-01-01',
      note: '替代前',
      installations: 4,
      coveredInstallations: 0,
      catalog: { id: 'sam-inspection-count' },
    });

    // Two devices move to the domestic OS.
    clock = new Date('2025-06-30T10:00:00+08:00');
    const list = expectOk(await backend.call('sam.list', { register: 'installations', search: 'PC-1' }));
    expectOk(await backend.call('sam.delete', { register: 'installations', ids: list.rows.map((row) => row.id) }));
    for (const device of ['PC-1', 'PC-2'])
      expectOk(await backend.call('sam.save', { register: 'installations', record: { ...kylin, device } }));
    expectOk(await backend.call('sam.snapshots.take', {}));

    const history = expectOk(await backend.call('sam.snapshots.list', {}));
    expect(history.map((snapshot) => snapshot.day)).toEqual(['2025-01-01', '2025-06-30']);
    const shares = history.map((snapshot) => snapshotRates(snapshot).byCategory.get('os')?.domesticShare);
    expect(shares).toEqual([0, 0.5]);
    expect(history.map((snapshot) => snapshotRates(snapshot).genuineRate)).toEqual([0, 2 / 5]);

    // They travel with the data JSON and come back with it.
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expect(data.sam.snapshots).toHaveLength(2);
    expectOk(await backend.call('workspace.importData', data));
    expect(expectOk(await backend.call('sam.snapshots.list', {}))).toEqual(history);
  });

  it('an old data JSON without snapshots still imports, with none; a note too long is refused at its field', async () => {
    expectOk(await backend.call('workspace.importData', { formatVersion: 1, profile: null, sam: { products: [kylin] } } as never));
    expect(expectOk(await backend.call('sam.snapshots.list', {}))).toEqual([]);
    const tooLong = await backend.call('sam.snapshots.take', { note: '很'.repeat(201) });
    expect(!tooLong.ok && tooLong.error.details?.issues?.[0]?.field).toBe('note');
    expect(expectOk(await backend.call('sam.snapshots.list', {}))).toEqual([]);
  });
});
