import fs from 'node:fs';
import path from 'node:path';
import { fuzzBackendImporter } from './harness';
import { mutatedText } from './mutate';

// Spreadsheets as users send them: Chinese headers, full-width digits, Excel dates, thousands separators.
const seeds = [
  '软件名称,版本,厂商,计算机名,使用人,部门,安装日期\nWPS Office,11.1,金山办公,PC-001,张三,财务部,2024/3/5\n永中Office,9.0,永中软件,PC-002,李四,信息化管理部,45000\n',
  '产品名称,版本号,发行商,许可数量,计量方式,开始日期,到期日,单价\nWindows Server,2019,Microsoft,"1,200",per-core,2024-01-01,2026-12-31,１２００\n',
  'Software,Version,Publisher,Edition,Category\nOracle Database,19c,Oracle,Enterprise,数据库\n',
  // a row repeated as it is, and repeated with a different user: the repeat path of the plan
  '软件名称,厂商,计算机名,使用人\nWPS Office,金山办公,PC-001,张三\nWPS Office,金山办公,PC-001,张三\nwps office,金山办公,pc-001,李四\n',
];

let n = 0;
fuzzBackendImporter('software-asset CSV import (sam.import.commit)', {
  method: 'sam.import.commit',
  inputs: mutatedText(seeds),
  toInput(text, dataDir) {
    const file = path.join(dataDir, `fuzz-${n++}.csv`);
    fs.writeFileSync(file, String(text));
    return { path: file, kind: 'auto', encoding: 'auto' };
  },
});
