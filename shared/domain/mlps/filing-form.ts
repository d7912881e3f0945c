/**
 * The filing form's data (2007 template, tables 1–4, with the 2025 data inventory sheet) generated from the
 * registers, so the reports can print it and the page can say what is still missing.
 */
import type { Finding } from '../../contract/core';
import type { FilingForm, FilingRecord, GradingRecord, ProtectedObject } from '../../contract/mlps/records';
import { TABLE4_DOCUMENTS } from '../../contract/mlps/records';
import type { MlpsLevel, MlpsPolicy } from '../../contract/mlps/schemas';
import type { Profile } from '../../contract/profile/schemas';
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
  /** Names of the files attached as each document. */
  attachments: Partial<Record<FilingDocument, readonly string[]>>;
  policy?: MlpsPolicy;
}

export function buildFilingForm(input: FilingFormInput): FilingForm {
  const { profile, register, object, grading, filing, attachments } = input;
  const policy = input.policy ?? mlpsPolicy;
  const findings: Finding[] = [];
  if (!profile) findings.push({ code: 'mlps.filingForm.profileMissing', field: 'unit' });
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
    productList: object.keyProducts !== '',
  };
  const documents =
    grading && grading.level >= TABLE4_FROM_LEVEL
      ? TABLE4_DOCUMENTS.map((document) => {
          const files = named(document);
          const provided = files.length > 0 || onRecord[document] === true;
          if (!provided) findings.push({ code: 'mlps.filingForm.documentMissing', field: `documents.${document}`, params: { system: object.name, document } });
          return { document, provided, attachments: files };
        })
      : null;

  const { dataCategories, ...system } = object;
  return {
    filingNumber: filing?.filingNumber ?? null,
    unit: {
      name: profile?.name ?? '',
      address: profile?.address ?? '',
      regionCode: profile?.regionCode ?? '',
      head: profile?.legalRepresentative ?? '',
      department: profile?.department ?? '',
      contact: { name: profile?.contact.name ?? '', phone: profile?.contact.phone ?? '', email: profile?.contact.email ?? '' },
      affiliation: profile?.group.name ?? '',
      unitType: profile?.unitType ?? '',
      industry: profile?.industry ?? '',
      objectsPerLevel,
      objectCount: register.length,
    },
    system: { ...system, hostedOnName: register.find((entry) => entry.id === object.hostedOn)?.name ?? null },
    grading: grading ? { ...grading, expertReviewed: grading.expertReview !== undefined, approved: grading.approval !== undefined, reportAttached } : null,
    documents,
    dataInventory: dataCategories,
    findings,
  };
}
