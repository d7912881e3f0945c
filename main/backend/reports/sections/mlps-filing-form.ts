/**
 * The 2025 filing form (备案表) as printed: the cover's numbers, tables 1–4 with every coded option printed as the
 * form prints it (■ ticked, □ not, each with its code), and its 数据摸底调查表, one sheet per data category. The
 * form's data comes from shared/domain/mlps/filing-form.ts; the codes from shared/catalogs/mlps/filing-form-codes.ts.
 */
import type { Content } from 'pdfmake/interfaces';
import type { DataCategory, FilingForm } from '../../../../shared/contract/mlps/records';
import type { FilingOptionSet, Harm } from '../../../../shared/contract/mlps/schemas';
import { filingFormCodes, filingOption } from '../../../../shared/catalogs/mlps/filing-form-codes';
import { dataTable, keyValueTable } from '../render/document';
import { caption, formatPercent, type SectionContext } from './context';

type Row = [string, string];

/** Every option of a list, the chosen ones ticked: the form is read by its codes. */
export function optionLine(ctx: SectionContext, set: FilingOptionSet, chosen: string | readonly string[] | null | undefined): string {
  const picked = new Set(typeof chosen === 'string' ? [chosen] : (chosen ?? []));
  return filingFormCodes.options[set]
    .map((option) => `${picked.has(option.code) ? '■' : '□'}${option.code} ${optionLabel(ctx, option)}`)
    .join('　');
}

const optionLabel = (ctx: SectionContext, option: { zh: string; en: string }) => (ctx.locale === 'en-US' ? option.en : option.zh);

function codedLabel(ctx: SectionContext, set: FilingOptionSet, code: string | undefined): string {
  const option = code === undefined ? undefined : filingOption(set, code);
  return option ? `${option.code} ${optionLabel(ctx, option)}` : '';
}

const joined = (...parts: string[]) => parts.filter(Boolean).join('　');

function harmLine(ctx: SectionContext, harm: Harm): string {
  return `${ctx.t(`mlps.harmedObject.${harm.object}`)} / ${ctx.t(`mlps.degree.${harm.degree}`)}`;
}

/** The cover: the unit's 备案表编号 and the code lists the form is printed with. */
export function filingFormCover(ctx: SectionContext, form: FilingForm): Content[] {
  ctx.addBasis({ kind: 'form', id: form.codes.id, version: form.codes.version, title: ctx.t('mlps.doc.formTitle') });
  return [
    keyValueTable([[ctx.t('mlps.doc.formNumber'), form.formNumber ?? '']], { labelWidth: 150 }),
    {
      text: `${ctx.t('mlps.doc.codes', form.codes)}　${ctx.t('mlps.doc.codesUnverified')}`,
      fontSize: 8,
      color: '#555555',
      margin: [0, 0, 0, 8],
    },
  ];
}

function table1(ctx: SectionContext, form: FilingForm): Content[] {
  const { unit } = form;
  const [, l2 = 0, l3 = 0, l4 = 0, l5 = 0] = unit.objectsPerLevel;
  const person = (p: { name: string; title: string; officePhone: string; email: string; mobile?: string }) =>
    joined(
      p.name && `${ctx.t('mlps.doc.name')}：${p.name}`,
      p.title && `${ctx.t('mlps.doc.title')}：${p.title}`,
      p.officePhone && `${ctx.t('mlps.doc.officePhone')}：${p.officePhone}`,
      p.mobile ? `${ctx.t('mlps.doc.mobile')}：${p.mobile}` : '',
      p.email && `${ctx.t('mlps.doc.email')}：${p.email}`,
    );
  return [
    caption(ctx.t('mlps.doc.table1')),
    keyValueTable(
      [
        [`01 ${ctx.t('mlps.doc.unitName')}`, unit.name],
        [`02 ${ctx.t('mlps.doc.address')}`, joined(unit.address, unit.postalCode && `${ctx.t('mlps.doc.postalCode')}：${unit.postalCode}`)],
        [`03 ${ctx.t('mlps.doc.regionCode')}`, unit.regionCode],
        [`04 ${ctx.t('mlps.doc.securityLeader')}`, person(unit.securityLeader)],
        [`05 ${ctx.t('mlps.doc.department')}`, unit.department],
        [`06 ${ctx.t('mlps.doc.contact')}`, person(unit.contact)],
        [`07 ${ctx.t('mlps.doc.affiliation')}`, optionLine(ctx, 'affiliation', unit.affiliation)],
        [`08 ${ctx.t('mlps.doc.unitType')}`, optionLine(ctx, 'unitType', unit.unitType)],
        [`09 ${ctx.t('mlps.doc.industry')}`, unit.industry ? codedLabel(ctx, 'industry', unit.industry) : ctx.t('mlps.ui.form.none')],
        [`10 ${ctx.t('mlps.doc.objectCounts')}`, ctx.t('mlps.doc.objectCountsValue', { total: unit.objectCount, l2, l3, l4, l5 })],
      ] satisfies Row[],
      { labelWidth: 150 },
    ),
  ];
}

function table2(ctx: SectionContext, form: FilingForm): Content[] {
  const { system } = form;
  const fields = system.form;
  const yesNo = (value: boolean) => ctx.t(value ? 'mlps.doc.yes' : 'mlps.doc.no');
  const scopeSpan = fields.serviceScopeSpan ? `（${ctx.t('mlps.doc.serviceScopeSpan', { count: fields.serviceScopeSpan })}）` : '';
  const products = fields.keyProducts.map((product) => [
    codedLabel(ctx, 'productType', product.type),
    String(product.quantity),
    String(product.domestic),
    product.quantity > 0 ? formatPercent(product.domestic / product.quantity, ctx.locale) : '—',
  ]);
  // Every service of the list has its line: the form asks 有/无 of each.
  const services = filingFormCodes.options.serviceType.map((option) => {
    const used = fields.services.find((service) => service.type === option.code);
    return [
      `${option.code} ${optionLabel(ctx, option)}`,
      yesNo(used !== undefined),
      used?.provider ? codedLabel(ctx, 'providerType', used.provider) : '',
    ];
  });
  return [
    caption(ctx.t('mlps.doc.table2')),
    keyValueTable(
      [
        [`01 ${ctx.t('mlps.doc.objectName')}`, system.name],
        [`02 ${ctx.t('mlps.doc.objectNumber')}`, system.number],
        [`03 ${ctx.t('mlps.doc.businessType')}`, optionLine(ctx, 'businessType', fields.businessType)],
        [`04 ${ctx.t('mlps.doc.businessDescription')}`, system.businessDescription],
        [`05 ${ctx.t('mlps.doc.serviceScope')}`, `${optionLine(ctx, 'serviceScope', fields.serviceScope)}${scopeSpan}`],
        [`06 ${ctx.t('mlps.doc.serviceObjects')}`, optionLine(ctx, 'serviceObjects', fields.serviceObjects)],
        [`07 ${ctx.t('mlps.doc.networkCoverage')}`, optionLine(ctx, 'networkCoverage', fields.networkCoverage)],
        [`08 ${ctx.t('mlps.doc.networkNature')}`, optionLine(ctx, 'networkNature', fields.networkNature)],
        [`09 ${ctx.t('mlps.doc.interconnection')}`, optionLine(ctx, 'interconnection', fields.interconnections)],
      ] satisfies Row[],
      { labelWidth: 150 },
    ),
    dataTable(
      [
        { header: ctx.t('mlps.doc.productType') },
        { header: ctx.t('mlps.doc.quantity'), width: 60, align: 'right' },
        { header: ctx.t('mlps.doc.domestic'), width: 60, align: 'right' },
        { header: ctx.t('mlps.doc.domesticRate'), width: 70, align: 'right' },
      ],
      products,
      { caption: `10 ${ctx.t('mlps.doc.keyProducts')}`, emptyText: ctx.t('mlps.ui.form.none') },
    ),
    dataTable(
      [
        { header: ctx.t('mlps.doc.serviceType') },
        { header: ctx.t('mlps.doc.used'), width: 60, align: 'center' },
        { header: ctx.t('mlps.doc.provider'), width: 150 },
      ],
      services,
      { caption: `11 ${ctx.t('mlps.doc.services')}` },
    ),
    keyValueTable(
      [
        [`12 ${ctx.t('mlps.doc.assessmentBody')}`, fields.assessmentBody],
        [`13 ${ctx.t('mlps.doc.goLiveOn')}`, system.goLiveOn ?? ''],
        [
          `14 ${ctx.t('mlps.doc.subsystem')}`,
          system.subsystem ? joined(yesNo(true), fields.parentSystem, fields.parentUnit) : yesNo(false),
        ],
        [ctx.t('mlps.doc.certificateNumber'), form.certificateNumber ?? ''],
      ] satisfies Row[],
      { labelWidth: 150 },
    ),
  ];
}

function table3(ctx: SectionContext, form: FilingForm): Content[] {
  const { grading, system } = form;
  const levelText = (level: number | undefined) => (level ? ctx.t(`mlps.level.${level}`) : '');
  return [
    caption(ctx.t('mlps.doc.table3')),
    keyValueTable(
      [
        [`01 ${ctx.t('mlps.doc.businessHarm')}`, grading ? `${harmLine(ctx, grading.business)} → ${levelText(grading.businessLevel)}` : ''],
        [`02 ${ctx.t('mlps.doc.serviceHarm')}`, grading ? `${harmLine(ctx, grading.service)} → ${levelText(grading.serviceLevel)}` : ''],
        [`03 ${ctx.t('mlps.doc.level')}`, levelText(grading?.level)],
        [`04 ${ctx.t('mlps.doc.gradedOn')}`, grading?.gradedOn ?? ''],
        [`05 ${ctx.t('mlps.doc.gradingReport')}`, grading ? ctx.t(grading.reportAttached ? 'mlps.doc.yes' : 'mlps.doc.no') : ''],
        [
          `06 ${ctx.t('mlps.doc.expertReview')}`,
          grading ? ctx.t(grading.expertReviewed ? 'mlps.doc.reviewed' : 'mlps.doc.notReviewed') : '',
        ],
        [
          `07 ${ctx.t('mlps.doc.hasCompetentDepartment')}`,
          grading ? joined(ctx.t(grading.hasCompetentDepartment ? 'mlps.doc.yes' : 'mlps.doc.no'), grading.competentDepartment) : '',
        ],
        ...(grading?.hasCompetentDepartment
          ? [[`08 ${ctx.t('mlps.doc.approval')}`, ctx.t(grading.approved ? 'mlps.doc.approved' : 'mlps.doc.notApproved')] as Row]
          : []),
        [`09 ${ctx.t('mlps.doc.filledBy')}`, joined(system.form.filledBy, system.form.filledOn ?? '')],
      ] satisfies Row[],
      { labelWidth: 150 },
    ),
  ];
}

function table4(ctx: SectionContext, form: FilingForm): Content[] {
  if (!form.documents) return [];
  return [
    caption(ctx.t('mlps.doc.table4')),
    dataTable(
      [{ header: ctx.r('reports.mlps.material') }, { header: ctx.r('reports.mlps.submitted'), width: 120, align: 'center' }],
      // A document neither attached nor on record may still exist on paper: the form leaves it to be ticked.
      form.documents.map(({ document, provided, attachments }) => [
        ctx.r(`reports.mlps.material.${document}`),
        !provided
          ? ctx.r('reports.mlps.tickByHand')
          : attachments.length > 0
            ? ctx.r('reports.mlps.providedFiles', { files: attachments.join('、') })
            : ctx.r('reports.mlps.provided'),
      ]),
    ),
  ];
}

function dataSheet(ctx: SectionContext, sheet: DataCategory, n: number, total: number): Content[] {
  const yesNo = (value: boolean) => ctx.t(value ? 'mlps.doc.yes' : 'mlps.doc.no');
  return [
    caption(ctx.t('mlps.doc.dataSheet', { n, total })),
    keyValueTable(
      [
        [ctx.t('mlps.doc.dataCategory'), sheet.name],
        [ctx.t('mlps.doc.dataClass'), ctx.t(`mlps.ui.dataClass.${sheet.dataClass}`)],
        [ctx.t('mlps.doc.dataItems'), sheet.dataItems],
        [ctx.t('mlps.doc.volume'), sheet.volume],
        [ctx.t('mlps.doc.source'), sheet.source],
        [ctx.t('mlps.doc.purpose'), sheet.purpose],
        [ctx.t('mlps.doc.personalInfo'), yesNo(sheet.personalInfo)],
        [ctx.t('mlps.doc.sensitivePersonalInfo'), yesNo(sheet.sensitivePersonalInfo)],
        [ctx.t('mlps.doc.storageLocation'), sheet.storageLocation],
        [ctx.t('mlps.doc.sharedWith'), sheet.sharedWith],
        [ctx.t('mlps.doc.crossBorder'), yesNo(sheet.crossBorder)],
        [ctx.t('mlps.doc.protectionMeasures'), sheet.protectionMeasures],
        [ctx.t('mlps.doc.responsible'), sheet.responsible],
      ] satisfies Row[],
      { labelWidth: 150 },
    ),
  ];
}

/** The data inventory: one sheet per data category, each kept on one page where it fits. */
export function dataSheets(ctx: SectionContext, form: FilingForm): Content[] {
  const sheets = form.dataInventory;
  if (sheets.length === 0) return [{ text: ctx.t('mlps.doc.noDataSheet'), color: '#666666', margin: [0, 0, 0, 8] }];
  return [
    ...sheets.flatMap((sheet, i) => [{ stack: dataSheet(ctx, sheet, i + 1, sheets.length), unbreakable: true } as Content]),
    { text: ctx.t('mlps.doc.sheetFieldsUnverified'), fontSize: 8, color: '#555555' },
  ];
}

/** Table 1: filled once per unit. */
export const filingFormUnit = table1;

/** Tables 2–4: filled per object. */
export function filingFormSystem(ctx: SectionContext, form: FilingForm): Content[] {
  return [...table2(ctx, form), ...table3(ctx, form), ...table4(ctx, form)];
}

/** Tables 1–4 of the 2025 form. */
export function filingFormTables(ctx: SectionContext, form: FilingForm): Content[] {
  return [...table1(ctx, form), ...filingFormSystem(ctx, form)];
}
