/** A two-element template small enough to reason about by hand in tests. */
import type { Template } from '../../contract/assessment/schemas';

const anchors = [0, 1, 2, 3, 4, 5].map((point) => ({ zh: `${point} 分`, en: `${point} points` })) as [
  { zh: string; en: string },
  { zh: string; en: string },
  { zh: string; en: string },
  { zh: string; en: string },
  { zh: string; en: string },
  { zh: string; en: string },
];

const text = (zh: string, en: string) => ({ zh, en });

export const smallTemplate: Template = {
  id: 'small',
  version: '1',
  nameZh: '小模板',
  nameEn: 'Small template',
  notesZh: '',
  notesEn: '',
  weightsSum: 100,
  elements: [
    {
      id: 'lead',
      nameZh: '领导力',
      nameEn: 'Leadership',
      weight: 60,
      indicators: [
        {
          id: 'L1',
          nameZh: '委员会',
          nameEn: 'Committee',
          description: text('有', 'Has'),
          weight: 50,
          evidenceRequired: false,
          rule: { kind: 'yesno', yesPoints: 2 },
        },
        {
          id: 'L2',
          nameZh: '规划',
          nameEn: 'Plan',
          description: text('规划', 'Plan'),
          weight: 30,
          evidenceRequired: true,
          rule: { kind: 'scale', anchors },
        },
        {
          id: 'L3',
          nameZh: 'CIO',
          nameEn: 'CIO',
          description: text('CIO', 'CIO'),
          weight: 20,
          evidenceRequired: false,
          rule: {
            kind: 'single',
            options: [
              { id: 'none', labelZh: '无', labelEn: 'None', points: 0 },
              { id: 'part', labelZh: '兼任', labelEn: 'Part-time', points: 2 },
              { id: 'full', labelZh: '专职', labelEn: 'Full-time', points: 4 },
            ],
          },
        },
      ],
    },
    {
      id: 'infra',
      nameZh: '基础',
      nameEn: 'Infrastructure',
      weight: 40,
      indicators: [
        {
          id: 'I1',
          nameZh: '覆盖率',
          nameEn: 'Coverage',
          description: text('覆盖率', 'Coverage'),
          weight: 60,
          evidenceRequired: false,
          rule: {
            kind: 'numeric',
            unitZh: '%',
            unitEn: '%',
            minValue: 0,
            maxValue: 100,
            bands: [
              { min: 0, max: 50, points: 0 },
              { min: 50, max: 80, points: 3 },
              { min: 80, points: 5 },
            ],
          },
        },
        {
          id: 'I2',
          nameZh: '机制',
          nameEn: 'Mechanisms',
          description: text('机制', 'Mechanisms'),
          weight: 40,
          evidenceRequired: false,
          rule: {
            kind: 'multi',
            cap: 2,
            options: [
              { id: 'a', labelZh: '甲', labelEn: 'A', points: 1 },
              { id: 'b', labelZh: '乙', labelEn: 'B', points: 1 },
              { id: 'c', labelZh: '丙', labelEn: 'C', points: 1 },
            ],
          },
        },
      ],
    },
  ],
  gradeThresholds: { A: 85, B: 70, C: 55, D: 40, E: 0 },
};
