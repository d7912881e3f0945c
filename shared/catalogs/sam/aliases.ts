/**
 * The alias dictionary as shipped: the publishers and product families Chinese enterprises' ledgers name
 * in several ways, each kept under the name Chinese ledgers use most. Not a standard's fact but working data: users extend it (sam.aliases.save), and the
 * edited copy replaces this one in their workspace.
 */
import type { AliasDictionary } from '../../contract/sam/aliases';

export const shippedAliasDictionary: AliasDictionary = {
  id: 'sam-aliases',
  version: '1.0.0',
  publishers: [
    { name: '微软', aliases: ['Microsoft', 'Microsoft Corporation', '微软公司', '微软（中国）有限公司', 'MS'] },
    { name: '金山办公', aliases: ['金山', 'WPS', 'Kingsoft', 'Kingsoft Office', '金山软件', '北京金山办公软件股份有限公司'] },
    { name: '用友', aliases: ['Yonyou', 'UFIDA', '用友网络', '用友网络科技股份有限公司'] },
    { name: '金蝶', aliases: ['Kingdee', '金蝶软件', '金蝶国际软件集团'] },
    { name: '奇安信', aliases: ['Qi An Xin', 'QiAnXin', 'Qianxin', '奇安信科技集团股份有限公司'] },
    { name: 'Adobe', aliases: ['Adobe Inc.', 'Adobe Systems', 'Adobe Systems Incorporated', '奥多比'] },
    { name: 'Oracle', aliases: ['甲骨文', 'Oracle Corporation', 'Oracle America, Inc.'] },
    { name: 'Autodesk', aliases: ['欧特克', 'Autodesk, Inc.'] },
    { name: '统信软件', aliases: ['统信', 'UnionTech', 'UOS'] },
    { name: '麒麟软件', aliases: ['麒麟', 'Kylin', 'KylinSoft'] },
    { name: '达梦', aliases: ['达梦数据库', 'DM', 'Dameng', '武汉达梦数据库股份有限公司'] },
    { name: '360', aliases: ['奇虎360', 'Qihoo 360', '三六零'] },
    { name: '火绒', aliases: ['Huorong', '火绒安全'] },
  ],
  products: [
    {
      publisher: '微软',
      name: 'Office Professional Plus',
      aliases: ['Office 专业增强版', 'Microsoft Office 专业增强版', 'Microsoft Office Professional Plus'],
    },
    { publisher: '微软', name: 'Office Standard', aliases: ['Office 标准版', 'Microsoft Office 标准版', 'Microsoft Office Standard'] },
    {
      publisher: '微软',
      name: 'Windows 10 Pro',
      aliases: ['Windows 10 专业版', 'Microsoft Windows 10 专业版', 'Microsoft Windows 10 Pro'],
    },
    {
      publisher: '微软',
      name: 'Windows 11 Pro',
      aliases: ['Windows 11 专业版', 'Microsoft Windows 11 专业版', 'Microsoft Windows 11 Pro'],
    },
    { publisher: '微软', name: 'Windows Server', aliases: ['Microsoft Windows Server'] },
    { publisher: '金山办公', name: 'WPS Office', aliases: ['WPS', 'WPS Office 专业版', 'WPS Office 2019 专业版', 'WPS办公软件'] },
    { publisher: '用友', name: 'U8', aliases: ['用友U8', '用友 U8+', 'U8+', 'Yonyou U8'] },
    { publisher: '金蝶', name: 'K/3 Cloud', aliases: ['金蝶K/3 Cloud', '金蝶云星空', 'K3 Cloud'] },
    { publisher: '奇安信', name: '天擎终端安全管理系统', aliases: ['奇安信天擎', '天擎', '360天擎'] },
    { publisher: 'Adobe', name: 'Acrobat Pro', aliases: ['Adobe Acrobat Pro', 'Adobe Acrobat Pro DC', 'Acrobat Pro DC'] },
    { publisher: 'Autodesk', name: 'AutoCAD', aliases: ['Autodesk AutoCAD'] },
  ],
};
