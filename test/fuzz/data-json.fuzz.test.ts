import { sampleProfile } from '../support/workspace';
import { fuzzBackendImporter } from './harness';
import { jsonInputs } from './mutate';

const attachment = (i: number) => ({
  id: `a${i}`,
  name: `证明材料-${i}.pdf`,
  size: 1024 * i,
  sha256: 'ab'.repeat(32),
  owner: { domain: 'profile', entityId: '1' },
  addedAt: '2025-03-01T08:00:00.000Z',
  addedBy: '李晓华',
});
const seeds = [
  { formatVersion: 1, profile: sampleProfile(), attachments: [attachment(1), attachment(2), attachment(3)] },
  {
    formatVersion: 1,
    profile: { ...sampleProfile(), role: 'subsidiary', group: { name: '中国示例控股集团有限公司', uscc: '911100007109310534' } },
    attachments: [],
  },
];

fuzzBackendImporter('data JSON import (workspace.importData)', { method: 'workspace.importData', inputs: jsonInputs(seeds) });
