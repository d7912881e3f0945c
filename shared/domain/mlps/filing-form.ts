/**
 * The filing form's data (2025 template: tables 1–4 and the 数据摸底调查表, one sheet per data category) generated
 * from the registers, so the reports can print it and the page can say what is still missing; and the check of
 * the form's coded options against their code lists.
 */
import type { Finding } from '../../contract/core';
import type { FilingForm, FilingFormFields, FilingRecord, GradingRecord, MlpsUnit, ProtectedObject } from '../../contract/mlps/records';
import { EMPTY_FILING_FORM_FIELDS, EMPTY_MLPS_UNIT, TABLE4_DOCUMENTS } from '../../contract/mlps/records';
import type { FilingFormCodes, FilingOptionSet, MlpsLevel, MlpsPolicy } from '../../contract/mlps/schemas';
import type { Profile } from '../../contract/profile/schemas';
import { filingFormCodes } from '../../catalogs/mlps/filing-form-codes';
import { mlpsPolicy } from '../../catalogs/mlps/policy';

/** Table 4 applies from this level (docs/standards.md §2). */
export const TABLE4_FROM_LEVEL = 3;

export type FilingDocument = (typeof TABLE4_DOCUMENTS)[number] | 'gradingReport';

export interface FilingFormInput {
  profile: Profile | null;
  /** The whole register, for the unit's counts per level and the hosting platform's name. */
  register: readonly { id: string; name: string; level: MlpsLevel | null }[];
  object: ProtectedObject;
  grading: (GradingRecord & { businessLevel: MlpsLevel; serviceLevel: MlpsLevel; level: MlpsLevel }) | null;
  filing: FilingRecord | null;
  /** Table 1 beyond the profile; null while not filled in. */
  unit: MlpsUnit | null;
  /** Tables 2–3's coded options of this object; null while not filled in. */
  fields: FilingFormFields | null;
  /** Names of the files attached as each document. */
  attachments: Partial<Record<FilingDocument, readonly string[]>>;
  policy?: MlpsPolicy;
  codes?: FilingFormCodes;
}

/** A code not in its list, as a finding at the field. */
function codeFinding(codes: FilingFormCodes, set: FilingOptionSet, code: string | undefined, field: string): Finding[] {
  if (code === undefined || codes.options[set].some((option) => option.code === code)) return [];
  return [{ code: 'mlps.filingForm.unknownCode', field, params: { code } }];
}

/** The same option twice in one list (a product type, a service): the form has one line for each. */
function duplicateFindings(values: readonly string[], field: (index: number) => string): Finding[] {
  return values.flatMap((value, index) =>
    values.indexOf(value) < index ? [{ code: 'mlps.filingForm.duplicateOption', field: field(index), params: { code: value } }] : [],
  );
}

/** Table 1's codes (隶属关系, 单位类型, 行业类别) against their lists. */
export function checkUnitCodes(unit: MlpsUnit, codes: FilingFormCodes = filingFormCodes): Finding[] {
  return [
    ...codeFinding(codes, 'affiliation', unit.affiliation, 'affiliation'),
    ...codeFinding(codes, 'unitType', unit.unitType, 'unitType'),
    ...codeFinding(codes, 'industry', unit.industry, 'industry'),
  ];
}

/** Tables 2–3's coded options against their lists, each fault at its field. */
export function checkFilingFormFields(fields: FilingFormFields, codes: FilingFormCodes = filingFormCodes): Finding[] {
  return [
    ...codeFinding(codes, 'businessType', fields.businessType, 'businessType'),
    ...codeFinding(codes, 'serviceScope', fields.serviceScope, 'serviceScope'),
    ...codeFinding(codes, 'serviceObjects', fields.serviceObjects, 'serviceObjects'),
    ...codeFinding(codes, 'networkCoverage', fields.networkCoverage, 'networkCoverage'),
    ...codeFinding(codes, 'networkNature', fields.networkNature, 'networkNature'),
    ...fields.interconnections.flatMap((code, i) => codeFinding(codes, 'interconnection', code, `interconnections[${i}]`)),
    ...duplicateFindings(fields.interconnections, (i) => `interconnections[${i}]`),
    ...fields.keyProducts.flatMap((product, i) => codeFinding(codes, 'productType', product.type, `keyProducts[${i}].type`)),
    ...duplicateFindings(
      fields.keyProducts.map((product) => product.type),
      (i) => `keyProducts[${i}].type`,
    ),
    ...fields.services.flatMap((service, i) => [
      ...codeFinding(codes, 'serviceType', service.type, `services[${i}].type`),
      ...codeFinding(codes, 'providerType', service.provider, `services[${i}].provider`),
    ]),
    ...duplicateFindings(
      fields.services.map((service) => service.type),
      (i) => `services[${i}].type`,
    ),
  ];
}

export function buildFilingForm(input: FilingFormInput): FilingForm {
  const { profile, register, object, grading, filing, attachments } = input;
  const policy = input.policy ?? mlpsPolicy;
  const codes = input.codes ?? filingFormCodes;
  const unit = input.unit ?? EMPTY_MLPS_UNIT;
  const findings: Finding[] = [];
  if (!profile) findings.push({ code: 'mlps.filingForm.profileMissing', field: 'unit' });
  if (!unit.securityLeader.name) findings.push({ code: 'mlps.filingForm.securityLeaderMissing', field: 'unit.securityLeader.name' });
  if (!unit.affiliation) findings.push({ code: 'mlps.filingForm.affiliationMissing', field: 'unit.affiliation' });
  if (!grading) findings.push({ code: 'mlps.filingForm.notGraded', field: 'grading', params: { system: object.name } });

  const objectsPerLevel = [1, 2, 3, 4, 5].map((level) => register.filter((entry) => entry.level === level).length);
  const named = (document: FilingDocument): string[] => [...(attachments[document] ?? [])];
  const reportAttached = named('gradingReport').length > 0;
  if (grading && grading.level >= policy.filingFromLevel && !reportAttached) {
    findings.push({ code: 'mlps.filingForm.gradingReportMissing', field: 'grading.reportAttached', params: { system: object.name } });
  }

  const onRecord: Partial<Record<FilingDocument, boolean>> = {
    expertReview: grading?.expertReview !== undefined,
    approval: grading?.approval !== undefined,
    productList: object.keyProducts !== '' || (input.fields?.keyProducts.length ?? 0) > 0,
  };
  // Only a unit with a competent department needs its approval (表三 asks 是否有主管部门).
  const required = TABLE4_DOCUMENTS.filter((document) => document !== 'approval' || grading?.hasCompetentDepartment === true);
  const documents =
    grading && grading.level >= TABLE4_FROM_LEVEL
      ? required.map((document) => {
          const files = named(document);
          const provided = files.length > 0 || onRecord[document] === true;
          if (!provided)
            findings.push({
              code: 'mlps.filingForm.documentMissing',
              field: `documents.${document}`,
              params: { system: object.name, document },
            });
          return { document, provided, attachments: files };
        })
      : null;

  const { dataCategories, ...system } = object;
  return {
    codes: { id: codes.id, version: codes.version },
    formNumber: filing?.formNumber ?? unit.formNumber ?? null,
    certificateNumber: filing?.certificateNumber ?? null,
    unit: {
      name: profile?.name ?? '',
      address: profile?.address ?? '',
      postalCode: unit.postalCode,
      regionCode: profile?.regionCode ?? '',
      securityLeader: unit.securityLeader,
      department: profile?.department ?? '',
      contact: {
        name: profile?.contact.name ?? '',
        title: unit.contactTitle,
        officePhone: profile?.contact.phone ?? '',
        mobile: unit.contactMobile,
        email: profile?.contact.email ?? '',
      },
      affiliation: unit.affiliation ?? null,
      unitType: unit.unitType ?? null,
      industry: unit.industry ?? null,
      objectsPerLevel,
      objectCount: register.length,
    },
    system: {
      ...system,
      hostedOnName: register.find((entry) => entry.id === object.hostedOn)?.name ?? null,
      form: input.fields ?? EMPTY_FILING_FORM_FIELDS,
    },
    grading: grading
      ? {
          ...grading,
          expertReviewed: grading.expertReview !== undefined,
          approved: grading.approval !== undefined,
          reportAttached,
          hasCompetentDepartment: grading.hasCompetentDepartment === true,
          competentDepartment: unit.competentDepartment,
        }
      : null,
    documents,
    dataInventory: dataCategories,
    findings,
  };
}
