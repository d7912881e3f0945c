import { describe, expect, it } from 'vitest';
import {
  type EntitlementInput,
  type InstallationInput,
  type ProductInput,
  entitlementSchema,
  installationSchema,
  productSchema,
} from '../../contract/sam/schemas';
import { type PositionRow, computeLicencePosition } from './position';

const OFFICE = { publisher: 'Microsoft', name: 'Office' };
const TODAY = '2025-01-01';

const ent = (fields: Partial<EntitlementInput>) =>
  entitlementSchema.parse({ ...OFFICE, metric: 'per-device', quantity: 1, ...fields } as EntitlementInput);
const inst = (fields: Partial<InstallationInput>) =>
  installationSchema.parse({ ...OFFICE, device: 'PC-1', ...fields } as InstallationInput);
const prod = (fields: Partial<ProductInput>) => productSchema.parse({ ...OFFICE, ...fields } as ProductInput);

function position(
  entitlements: ReturnType<typeof ent>[],
  installations: ReturnType<typeof inst>[],
  products: ReturnType<typeof prod>[] = [],
) {
  return computeLicencePosition({ products, entitlements, installations, today: TODAY });
}
const pick = (row: PositionRow | undefined) =>
  row && {
    kind: row.kind,
    entitled: row.entitled,
    consumed: row.consumed,
    shortfall: row.shortfall,
    surplus: row.surplus,
    covered: row.coveredInstallations,
  };

describe('consumption under each metric', () => {
  const twoDevicesThreeInstalls = [
    inst({ device: 'PC-1', user: 'li' }),
    inst({ device: 'pc-1 ', user: 'wang', version: '2' }),
    inst({ device: 'PC-2', user: 'li' }),
  ];
  it.each([
    { metric: 'per-device', quantity: 1, consumed: 2, shortfall: 1, covered: 2 },
    { metric: 'per-installation', quantity: 2, consumed: 3, shortfall: 1, covered: 2 },
    { metric: 'named-user', quantity: 2, consumed: 2, shortfall: 0, covered: 3 },
    { metric: 'concurrent-user', quantity: 1, consumed: 2, shortfall: 1, covered: 2 },
    { metric: 'cal', quantity: 5, consumed: 2, shortfall: 0, covered: 3 },
  ] as const)(
    '$metric with $quantity bought: consumed $consumed, shortfall $shortfall',
    ({ metric, quantity, consumed, shortfall, covered }) => {
      const result = position([ent({ metric, quantity })], twoDevicesThreeInstalls);
      expect(result.rows).toHaveLength(1);
      expect(pick(result.rows[0])).toMatchObject({ kind: 'entitled', entitled: quantity, consumed, shortfall, covered });
    },
  );

  it('per core sums the cores of distinct devices and reports devices whose cores are unknown', () => {
    const result = position(
      [ent({ metric: 'per-core', quantity: 16 })],
      [
        inst({ device: 'DB-1', cores: 8 }),
        inst({ device: 'DB-1', cores: 8, version: '2' }),
        inst({ device: 'DB-2', cores: 8 }),
        inst({ device: 'DB-3', cores: 8 }),
        inst({ device: 'DB-4' }),
      ],
    );
    expect(pick(result.rows[0])).toMatchObject({ entitled: 16, consumed: 24, shortfall: 8, covered: 3 });
    expect(result.rows[0]?.coresUnknown).toBe(1);
    expect(result.findings).toMatchObject([{ code: 'sam.position.coresUnknown', params: { product: 'Office', count: 1 } }]);
    expect(result.summary.coveredInstallations).toBe(3);
  });

  it('a user named two ways (case, spaces) is one user', () => {
    const result = position(
      [ent({ metric: 'named-user', quantity: 1 })],
      [inst({ device: 'A', user: 'Zhang San' }), inst({ device: 'B', user: ' zhang  san ' })],
    );
    expect(pick(result.rows[0])).toMatchObject({ consumed: 1, shortfall: 0, covered: 2 });
  });

  it('quantities of entitlements in the same pool add up', () => {
    const result = position(
      [ent({ quantity: 1, purchaseOrder: 'PO-1' }), ent({ quantity: 2, purchaseOrder: 'PO-2' })],
      [inst({ device: 'A' }), inst({ device: 'B' }), inst({ device: 'C' })],
    );
    expect(result.rows).toHaveLength(1);
    expect(pick(result.rows[0])).toMatchObject({ entitled: 3, consumed: 3, shortfall: 0, surplus: 0 });
    expect(result.rows[0]?.entitlementKeys).toHaveLength(2);
  });
});

describe('site and enterprise licences are unlimited within their scope', () => {
  it.each([
    { scope: { kind: 'enterprise', name: '' }, coveredTotal: 3, unlicensed: 0 },
    { scope: { kind: 'subsidiary', name: '华北公司' }, coveredTotal: 2, unlicensed: 1 },
    { scope: { kind: 'department', name: '财务部' }, coveredTotal: 1, unlicensed: 2 },
  ] as const)('site licence for $scope.kind $scope.name covers $coveredTotal of 3', ({ scope, coveredTotal, unlicensed }) => {
    const installs = [
      inst({ device: 'A', subsidiary: '华北公司', department: '财务部' }),
      inst({ device: 'B', subsidiary: '华北公司', department: '人事部' }),
      inst({ device: 'C', subsidiary: '华南公司', department: '人事部' }),
    ];
    const result = position([ent({ metric: 'site', quantity: null, scope })], installs);
    const site = result.rows.find((row) => row.kind === 'entitled');
    expect(site).toMatchObject({ entitled: null, balance: null, shortfall: 0, coveredInstallations: coveredTotal });
    expect(result.summary.coveredInstallations).toBe(coveredTotal);
    expect(result.rows.find((row) => row.kind === 'unlicensed')?.shortfall ?? 0).toBe(unlicensed);
  });

  it('an enterprise agreement covers every installation', () => {
    const result = position([ent({ metric: 'enterprise', quantity: null })], [inst({ device: 'A' }), inst({ device: 'B' })]);
    expect(result.summary.genuineRate).toBe(1);
    expect(result.reclaim).toEqual([]);
  });

  it('an unlimited licence is used before a counted one, keeping seats free', () => {
    const result = position(
      [ent({ metric: 'per-device', quantity: 5 }), ent({ metric: 'site', quantity: null, scope: { kind: 'department', name: '研发部' } })],
      [
        inst({ device: 'A', department: '研发部' }),
        inst({ device: 'B', department: '研发部' }),
        inst({ device: 'C', department: '市场部' }),
      ],
    );
    const counted = result.rows.find((row) => row.metric === 'per-device');
    expect(pick(counted)).toMatchObject({ consumed: 1, surplus: 4 });
  });

  it('an unlimited licence nobody uses is a reclaim candidate', () => {
    const result = position(
      [ent({ metric: 'site', quantity: null, scope: { kind: 'subsidiary', name: '华南公司' } })],
      [inst({ subsidiary: '华北公司' })],
    );
    expect(result.reclaim).toHaveLength(1);
    expect(result.reclaim[0]).toMatchObject({ unused: null, metric: 'site' });
  });
});

describe('version and edition matching', () => {
  it.each([
    { licensed: '2019', downgrade: false, installed: '2019', covered: true },
    { licensed: '2019', downgrade: false, installed: '2016', covered: false },
    { licensed: '2019', downgrade: true, installed: '2016', covered: true },
    { licensed: '2019', downgrade: true, installed: '2021', covered: false },
    { licensed: '16', downgrade: false, installed: '16.0.10827.20181', covered: true },
    { licensed: '16.0', downgrade: false, installed: '16.1.2', covered: false },
    { licensed: '16.0', downgrade: true, installed: '15.4', covered: true },
    { licensed: '10', downgrade: true, installed: '9.5', covered: true },
    { licensed: '', downgrade: false, installed: '2003', covered: true },
    { licensed: '2019', downgrade: false, installed: '', covered: true },
  ])('licence $licensed (downgrade $downgrade) covers $installed: $covered', ({ licensed, downgrade, installed, covered }) => {
    const result = position([ent({ version: licensed, downgradeRights: downgrade, quantity: 10 })], [inst({ version: installed })]);
    expect(result.summary.coveredInstallations).toBe(covered ? 1 : 0);
  });

  it.each([
    { licensed: 'Professional', installed: 'professional', covered: true },
    { licensed: 'Professional', installed: 'Standard', covered: false },
    { licensed: '', installed: 'Standard', covered: true },
  ])('edition $licensed covers $installed: $covered', ({ licensed, installed, covered }) => {
    const result = position([ent({ edition: licensed, quantity: 10 })], [inst({ edition: installed })]);
    expect(result.summary.coveredInstallations).toBe(covered ? 1 : 0);
  });

  it('an exact-version licence is used before a downgrade right, so the newer licence stays for the newer version', () => {
    const result = position(
      [ent({ version: '2019', downgradeRights: true, quantity: 1 }), ent({ version: '2016', quantity: 1 })],
      [inst({ device: 'A', version: '2016' }), inst({ device: 'B', version: '2019' })],
    );
    expect(result.summary.coveredInstallations).toBe(2);
    expect(result.rows.every((row) => row.shortfall === 0)).toBe(true);
  });
});

describe('scope of entitlements', () => {
  it('a department pool is used before the enterprise pool; overflow is a shortfall of the department pool', () => {
    const installs = ['A', 'B', 'C', 'D'].map((device) => inst({ device, department: '财务部' }));
    const result = position([ent({ quantity: 1 }), ent({ quantity: 2, scope: { kind: 'department', name: '财务部' } })], installs);
    const department = result.rows.find((row) => row.scope.kind === 'department');
    const enterprise = result.rows.find((row) => row.scope.kind === 'enterprise');
    expect(pick(department)).toMatchObject({ entitled: 2, consumed: 3, shortfall: 1 });
    expect(pick(enterprise)).toMatchObject({ entitled: 1, consumed: 1, shortfall: 0 });
    expect(result.summary.genuineRate).toBe(0.75);
  });

  it('coverage per subsidiary and per department', () => {
    const result = position(
      [ent({ quantity: 1, scope: { kind: 'subsidiary', name: '华北公司' } })],
      [
        inst({ device: 'A', subsidiary: '华北公司', department: '财务部' }),
        inst({ device: 'B', subsidiary: '华南公司', department: '财务部' }),
      ],
    );
    expect(result.byScope).toEqual([
      { scope: { kind: 'subsidiary', name: '华北公司' }, installations: 1, coveredInstallations: 1, genuineRate: 1, freeInstallations: 0 },
      { scope: { kind: 'subsidiary', name: '华南公司' }, installations: 1, coveredInstallations: 0, genuineRate: 0, freeInstallations: 0 },
      { scope: { kind: 'department', name: '财务部' }, installations: 2, coveredInstallations: 1, genuineRate: 0.5, freeInstallations: 0 },
    ]);
  });
});

describe('counted the way inspections count (docs/standards.md §6)', () => {
  it('free/open-source installations are listed apart and never pad the rate: 1,000 free + 100 unlicensed Office is 0 %, not 90.9 %', () => {
    const free = Array.from({ length: 1_000 }, (_, n) => inst({ publisher: 'Mozilla', name: 'Firefox', device: `PC-${n}` }));
    const office = Array.from({ length: 100 }, (_, n) => inst({ device: `PC-${n}` }));
    const result = position(
      [],
      [...free, ...office],
      [prod({ publisher: 'Mozilla', name: 'Firefox', licenceType: 'free-open-source', licenceName: 'MPL-2.0' })],
    );
    expect(result.summary).toMatchObject({ installations: 100, coveredInstallations: 0, genuineRate: 0, freeInstallations: 1_000 });
    expect(result.rows.find((row) => row.kind === 'no-entitlement-needed')).toMatchObject({
      name: 'Firefox',
      licenceName: 'MPL-2.0',
      installations: 1_000,
      shortfall: 0,
    });
  });

  it.each([
    {
      licenceType: 'free-open-source',
      licenceName: 'MPL-2.0',
      oemProof: '',
      kind: 'no-entitlement-needed',
      needing: 0,
      covered: 0,
      free: 1,
      oemWithoutProof: 0,
    },
    { licenceType: 'oem', licenceName: '', oemProof: 'COA 标签 A1', kind: 'oem', needing: 1, covered: 1, free: 0, oemWithoutProof: 0 },
    { licenceType: 'oem', licenceName: '', oemProof: '', kind: 'unlicensed', needing: 1, covered: 0, free: 0, oemWithoutProof: 1 },
    { licenceType: 'commercial', licenceName: '', oemProof: '', kind: 'unlicensed', needing: 1, covered: 0, free: 0, oemWithoutProof: 0 },
  ] as const)(
    '$licenceType product (OEM proof "$oemProof"): a $kind row, $covered of $needing covered, $free apart',
    ({ licenceType, licenceName, oemProof, kind, needing, covered, free, oemWithoutProof }) => {
      const result = position(
        [],
        [inst({ publisher: 'Mozilla', name: 'Firefox' })],
        [prod({ publisher: 'Mozilla', name: 'Firefox', licenceType, licenceName, oemProof })],
      );
      expect(result.summary).toMatchObject({
        installations: needing,
        coveredInstallations: covered,
        freeInstallations: free,
        oemWithoutProof,
      });
      expect(result.rows).toMatchObject([{ kind, installations: 1, oemProof }]);
      expect(result.findings).toMatchObject(
        oemWithoutProof ? [{ code: 'sam.position.oemWithoutProof', params: { product: 'Firefox', count: 1 } }] : [],
      );
    },
  );

  it('an OEM product without proof is covered by an entitlement bought for it, like any other', () => {
    const result = position(
      [ent({ name: 'Windows', quantity: 1 })],
      [inst({ name: 'Windows' })],
      [prod({ name: 'Windows', licenceType: 'oem' })],
    );
    expect(result.summary).toMatchObject({ installations: 1, coveredInstallations: 1, oemWithoutProof: 1 });
  });

  it('a free community edition does not make the commercial edition free', () => {
    const products = [
      prod({ name: 'Visual Studio', edition: 'Community', licenceType: 'free-open-source', licenceName: 'Microsoft Community' }),
      prod({ name: 'Visual Studio', edition: 'Enterprise' }),
    ];
    const result = position(
      [],
      [inst({ name: 'Visual Studio', edition: 'Community' }), inst({ name: 'Visual Studio', edition: 'Enterprise', device: 'PC-2' })],
      products,
    );
    expect(result.summary).toMatchObject({ installations: 1, coveredInstallations: 0, freeInstallations: 1 });
    expect(result.rows[0]).toMatchObject({ kind: 'unlicensed', shortfall: 1 });
  });

  it.each([
    { name: 'Windows Server', own: {}, cores: 4, consumed: 16, shortfall: 0, why: 'the catalog minimum: 16 per server' },
    { name: 'Windows Server', own: {}, cores: 24, consumed: 24, shortfall: 8, why: 'more cores than the minimum count as they are' },
    { name: 'SQL Server', own: {}, cores: 4, consumed: 4, shortfall: 0, why: 'no minimum known for it' },
    {
      name: 'SQL Server',
      own: { minCoresPerProcessor: 4, minCoresPerServer: null },
      cores: 2,
      consumed: 4,
      shortfall: 0,
      why: "the product's own minimum per processor",
    },
    {
      name: 'Windows Server',
      own: { minCoresPerProcessor: null, minCoresPerServer: 20 },
      cores: 4,
      consumed: 20,
      shortfall: 4,
      why: "the product's own minimum wins over the catalog's",
    },
  ])('per core, $name on a $cores-core server counts $consumed ($why)', ({ name, own, cores, consumed, shortfall }) => {
    const products = Object.keys(own).length > 0 ? [prod({ name, ...own })] : [];
    const result = position([ent({ name, metric: 'per-core', quantity: 16 })], [inst({ name, device: 'SRV-1', cores })], products);
    expect(result.rows[0]).toMatchObject({ consumed, shortfall });
  });

  it.each([
    { licensed: 'Enterprise', editionDowngrade: true, installed: 'Professional', covered: true },
    { licensed: 'Enterprise', editionDowngrade: false, installed: 'Professional', covered: false },
    { licensed: 'Professional', editionDowngrade: true, installed: 'Enterprise', covered: false },
    { licensed: 'Enterprise', editionDowngrade: true, installed: 'Home', covered: false }, // Home has no recorded rank
  ])(
    'edition $licensed (edition downgrade $editionDowngrade) covers $installed: $covered',
    ({ licensed, editionDowngrade, installed, covered }) => {
      const ranks = [
        prod({ name: 'Windows', edition: 'Enterprise', editionRank: 3 }),
        prod({ name: 'Windows', edition: 'Professional', editionRank: 2 }),
      ];
      const result = position(
        [ent({ name: 'Windows', edition: licensed, editionDowngradeRights: editionDowngrade, quantity: 5 })],
        [inst({ name: 'Windows', edition: installed })],
        ranks,
      );
      expect(result.summary.coveredInstallations).toBe(covered ? 1 : 0);
    },
  );

  it('edition and version downgrade rights are separate: an edition downgrade does not cover an earlier version', () => {
    const ranks = [
      prod({ name: 'Windows', edition: 'Enterprise', editionRank: 3 }),
      prod({ name: 'Windows', edition: 'Professional', editionRank: 2 }),
    ];
    const result = position(
      [ent({ name: 'Windows', version: '11', edition: 'Enterprise', editionDowngradeRights: true, quantity: 5 })],
      [inst({ name: 'Windows', version: '10', edition: 'Professional' })],
      ranks,
    );
    expect(result.summary.coveredInstallations).toBe(0);
  });
});

describe('per inspection category, with the domestic (信创) share', () => {
  const products = [
    prod({ publisher: '麒麟软件', name: '银河麒麟', inspectionCategory: 'os', domestic: true, licenceType: 'commercial' }),
    prod({ publisher: 'Microsoft', name: 'Windows', category: '桌面操作系统' }), // classified by its own words
    prod({ publisher: '金山', name: 'WPS', inspectionCategory: 'office', domestic: true }),
    prod({ publisher: 'Mozilla', name: 'Firefox', licenceType: 'free-open-source', licenceName: 'MPL-2.0' }),
  ];
  const installations = [
    inst({ publisher: '麒麟软件', name: '银河麒麟', device: 'PC-1', subsidiary: '华北公司' }),
    inst({ publisher: 'Microsoft', name: 'Windows', device: 'PC-2', subsidiary: '华北公司' }),
    inst({ publisher: 'Microsoft', name: 'Windows', device: 'PC-3', subsidiary: '华南公司' }),
    inst({ publisher: 'Microsoft', name: 'Windows', device: 'PC-1', version: '10', subsidiary: '华北公司' }), // dual boot: PC-1 is still a domestic device
    inst({ publisher: '金山', name: 'WPS', device: 'PC-2', subsidiary: '华北公司' }),
    inst({ publisher: 'Mozilla', name: 'Firefox', device: 'PC-2', subsidiary: '华北公司' }),
  ];
  const entitlements = [
    ent({ publisher: '麒麟软件', name: '银河麒麟', quantity: 1 }),
    ent({ publisher: 'Microsoft', name: 'Windows', quantity: 1 }),
  ];
  const byCode = (result: ReturnType<typeof position>) => Object.fromEntries(result.byCategory.map((entry) => [entry.category, entry]));

  it('gives each category its rate and domestic share across devices, the general categories first', () => {
    const result = computeLicencePosition({ products, entitlements, installations, today: TODAY });
    expect(result.byCategory.map((entry) => entry.category)).toEqual([
      'os',
      'office',
      'security',
      'industrial',
      'professional',
      'database',
      'middleware',
      'other',
      '',
    ]);
    const categories = byCode(result);
    expect(categories.os).toMatchObject({
      group: 'general',
      installations: 4,
      coveredInstallations: 2,
      genuineRate: 0.5,
      devices: 3,
      domesticDevices: 1,
      domesticInstallations: 1,
    });
    expect(categories.os?.domesticShare).toBeCloseTo(1 / 3);
    expect(categories.office).toMatchObject({
      installations: 1,
      coveredInstallations: 0,
      devices: 1,
      domesticDevices: 1,
      domesticShare: 1,
    });
    expect(categories['']).toMatchObject({
      group: 'unclassified',
      installations: 0,
      freeInstallations: 1,
      devices: 0,
      domesticShare: null,
    }); // no category, no share
    expect(categories.security).toMatchObject({ installations: 0, genuineRate: null, domesticShare: null });
    expect(result.rows.find((row) => row.name === '银河麒麟')).toMatchObject({ category: 'os', domestic: true });
    expect(result.catalog).toMatchObject({ id: 'sam-inspection-count', verified: false });
  });

  it('narrowed to a subsidiary, the categories count only its installations (allocation stays the whole estate’s)', () => {
    const result = computeLicencePosition({ products, entitlements, installations, today: TODAY }, { categoryScope: '华南公司' });
    const categories = byCode(result);
    expect(categories.os).toMatchObject({ installations: 1, devices: 1, domesticDevices: 0 });
    expect(categories.office).toMatchObject({ installations: 0, devices: 0 });
  });
});

describe('shortfall cost', () => {
  it.each([
    { unitCost: 300, totalCost: null, cost: 600 },
    { unitCost: null, totalCost: 1000, cost: 1000 },
    { unitCost: null, totalCost: null, cost: null },
  ])('unit cost $unitCost, total cost $totalCost → shortfall of 2 costs $cost', ({ unitCost, totalCost, cost }) => {
    const result = position(
      [ent({ quantity: 2, unitCost, totalCost })],
      ['A', 'B', 'C', 'D'].map((device) => inst({ device })),
    );
    expect(result.rows[0]).toMatchObject({ shortfall: 2, shortfallCost: cost });
    expect(result.summary.shortfallCost).toEqual(cost === null ? {} : { CNY: cost });
    expect(result.summary.unpricedShortfall).toBe(cost === null ? 2 : 0);
    expect(result.summary.unpricedShortfallRows).toBe(cost === null ? 1 : 0);
  });

  it('three shortfalls without a price are counted as such, beside the priced one, never as a cost of 0', () => {
    const result = position(
      [ent({ name: 'A', quantity: 0 }), ent({ name: 'B', quantity: 0 }), ent({ name: 'C', quantity: 0, unitCost: 50 })],
      [inst({ name: 'A' }), inst({ name: 'B' }), inst({ name: 'C' }), inst({ name: 'D' })],
    );
    expect(result.summary).toMatchObject({ shortfallRows: 4, unpricedShortfallRows: 3, unpricedShortfall: 3, shortfallCost: { CNY: 50 } });
  });

  it('unlicensed use is priced at the latest price paid for the product, e.g. an expired subscription', () => {
    const expiredSubscription = ent({
      metric: 'named-user',
      quantity: 10,
      unitCost: 80,
      currency: 'USD',
      term: 'subscription',
      start: '2023-01-01',
      end: '2023-12-31',
    });
    const result = position([expiredSubscription], [inst({ user: 'li' }), inst({ user: 'wang', device: 'PC-2' })]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      kind: 'unlicensed',
      metric: 'named-user',
      entitled: 0,
      shortfall: 2,
      shortfallCost: 160,
      currency: 'USD',
    });
    expect(result.expired.map((notice) => notice.daysLeft)).toEqual([-367]);
  });

  it('among prices of the same start date the later record wins, for a pool and for unlicensed use; a price beats none', () => {
    const samePool = position(
      [
        ent({ quantity: 0, unitCost: 100, start: '2024-01-01', purchaseOrder: 'PO-1' }),
        ent({ quantity: 0, unitCost: 120, start: '2024-01-01', purchaseOrder: 'PO-2' }),
      ],
      [inst({})],
    );
    expect(samePool.rows).toMatchObject([{ kind: 'entitled', unitPrice: 120, shortfallCost: 120 }]);
    const expired = (unitCost: number | null, purchaseOrder: string) =>
      ent({ term: 'subscription', start: '2023-01-01', end: '2023-12-31', quantity: 1, unitCost, purchaseOrder });
    expect(position([expired(80, 'PO-1'), expired(90, 'PO-2')], [inst({})]).rows).toMatchObject([{ kind: 'unlicensed', unitPrice: 90 }]);
    expect(position([expired(80, 'PO-1'), expired(null, 'PO-2')], [inst({})]).rows).toMatchObject([{ kind: 'unlicensed', unitPrice: 80 }]);
  });

  it('shortfalls come first, the most costly first', () => {
    const result = position(
      [ent({ name: 'A', quantity: 5 }), ent({ name: 'B', quantity: 0, unitCost: 10 }), ent({ name: 'C', quantity: 0, unitCost: 99 })],
      [inst({ name: 'B' }), inst({ name: 'C' }), inst({ name: 'A' })],
    );
    expect(result.rows.map((row) => row.name)).toEqual(['C', 'B', 'A']);
    expect(result.summary.shortfallRows).toBe(2);
    expect(result.summary.shortfallCost).toEqual({ CNY: 109 });
  });
});

describe('terms: expiring, expired, not yet started', () => {
  const subscription = (end: string, start = '2024-01-01') => ent({ term: 'subscription', start, end, quantity: 1, purchaseOrder: end });
  it.each([
    { end: '2025-01-01', daysLeft: 0, within: 30 },
    { end: '2025-01-31', daysLeft: 30, within: 30 },
    { end: '2025-02-01', daysLeft: 31, within: 60 },
    { end: '2025-03-02', daysLeft: 60, within: 60 },
    { end: '2025-04-01', daysLeft: 90, within: 90 },
  ] as const)('ending $end is expiring within $within days', ({ end, daysLeft, within }) => {
    const result = position([subscription(end)], [inst({})]);
    expect(result.expiring).toMatchObject([{ end, daysLeft, within }]);
    expect(result.summary.coveredInstallations).toBe(1);
  });

  it('a subscription ending in more than 90 days is not listed; one that ended covers nothing', () => {
    const result = position([subscription('2025-04-02'), subscription('2024-12-31')], [inst({})]);
    expect(result.expiring).toEqual([]);
    expect(result.expired).toMatchObject([{ end: '2024-12-31', daysLeft: -1 }]);
    expect(result.rows[0]).toMatchObject({ entitled: 1, consumed: 1 });
  });

  it('an entitlement that starts after today does not count yet', () => {
    const result = position([ent({ start: '2025-02-01' })], [inst({})]);
    expect(result.summary.coveredInstallations).toBe(0);
    expect(result.rows[0]?.kind).toBe('unlicensed');
  });
});

describe('reclaim and summary', () => {
  it('unused seats are reclaim candidates with their value', () => {
    const result = position([ent({ quantity: 10, unitCost: 500 })], [inst({ device: 'A' }), inst({ device: 'B' }), inst({ device: 'C' })]);
    expect(result.reclaim).toMatchObject([{ unused: 7, unitPrice: 500, value: 3500, currency: 'CNY' }]);
  });

  it('reclaim candidates come most valuable first, those of unknown value last', () => {
    const result = position(
      [
        ent({ name: 'Cheap', quantity: 3, unitCost: 10 }),
        ent({ name: 'Unpriced', quantity: 3 }),
        ent({ name: 'Dear', quantity: 2, unitCost: 900 }),
        ent({ name: 'Mid', quantity: 4, unitCost: 100 }),
      ],
      [inst({ name: 'Cheap' })],
    );
    expect(result.reclaim.map((candidate) => [candidate.name, candidate.value])).toEqual([
      ['Dear', 1800],
      ['Mid', 400],
      ['Cheap', 20],
      ['Unpriced', null],
    ]);
  });

  it('no installations: genuine rate is unknown, not 100 %', () => {
    const result = position([ent({ quantity: 3 })], []);
    expect(result.summary.genuineRate).toBeNull();
    expect(result.summary.installations).toBe(0);
  });

  it('a product with installations and no entitlement at all is unlicensed, counted per device', () => {
    const result = position([], [inst({ device: 'A' }), inst({ device: 'A', version: '2' }), inst({ device: 'B' })]);
    expect(result.rows).toMatchObject([
      { kind: 'unlicensed', metric: 'per-device', entitled: 0, consumed: 2, shortfall: 2, shortfallCost: null, installations: 3 },
    ]);
    expect(result.summary.unpricedShortfall).toBe(2);
  });
});
