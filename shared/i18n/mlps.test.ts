import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILY_CODES, HARM_DEGREES, HARMED_OBJECTS, MLPS_LEVELS } from '../contract/mlps/schemas';
import { gbt22239Catalog } from '../catalogs/mlps/gbt22239-2019';
import { mlpsScoringRules } from '../catalogs/mlps/policy';
import { mlpsMessages } from './mlps';
import { placeholderNames } from './define';

const domainDir = fileURLToPath(new URL('../domain/mlps/', import.meta.url));
/** Every finding code written in the rules' source. */
const codesInRules = readdirSync(domainDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => [...readFileSync(join(domainDir, file), 'utf8').matchAll(/'(mlps\.[a-z]+\.[A-Za-z]+)'/g)].map((match) => match[1]!));

const zh: Record<string, string> = mlpsMessages['zh-CN'];
const en: Record<string, string> = mlpsMessages['en-US'];

describe('mlps messages', () => {
  it('finds the finding codes in the rules', () => {
    expect(codesInRules.length).toBeGreaterThan(25);
  });

  it.each([...new Set(codesInRules)])('has zh-CN and en-US sentences for %s', (code) => {
    expect(zh[code]).toBeTruthy();
    expect(en[code]).toBeTruthy();
  });

  it('names every level, harmed object, degree, family and formula', () => {
    const keys = [
      ...MLPS_LEVELS.map((level) => `mlps.level.${level}`),
      ...HARMED_OBJECTS.map((object) => `mlps.harmedObject.${object}`),
      ...HARM_DEGREES.map((degree) => `mlps.degree.${degree}`),
      ...FAMILY_CODES.map((code) => `mlps.family.${code}`),
      `mlps.formula.${mlpsScoringRules.pre2021.id}`,
      `mlps.formula.${mlpsScoringRules.result2021.id}`,
      `mlps.formula.${mlpsScoringRules.compliance2025.id}`,
    ];
    for (const key of keys) expect([key, Boolean(zh[key] && en[key])]).toEqual([key, true]);
  });

  it('agrees with the catalog on family names', () => {
    for (const family of gbt22239Catalog.families) {
      expect(zh[`mlps.family.${family.code}`]).toBe(family.nameZh);
      expect(en[`mlps.family.${family.code}`]).toBe(family.nameEn);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = placeholderNames;
    for (const key of Object.keys(zh)) expect([key, placeholders(en[key]!)]).toEqual([key, placeholders(zh[key]!)]);
  });
});

describe('mlps page messages', () => {
  it('uses the same placeholders in both languages', async () => {
    const { mlpsUiMessages } = await import('./mlps-ui');
    const zhUi: Record<string, string> = mlpsUiMessages['zh-CN'];
    const enUi: Record<string, string> = mlpsUiMessages['en-US'];
    const placeholders = placeholderNames;
    for (const key of Object.keys(zhUi)) expect([key, placeholders(enUi[key]!)]).toEqual([key, placeholders(zhUi[key]!)]);
  });

  it('names every document, role and status the pages show', async () => {
    const { mlpsUiMessages } = await import('./mlps-ui');
    const { TABLE4_DOCUMENTS, DUTY_ROLES, RISK_STATUSES, DATA_CLASSES, REMEDIATION_STATUSES } = await import('../contract/mlps/records');
    const keys = [
      ...TABLE4_DOCUMENTS.map((document) => `mlps.ui.document.${document}`),
      ...DUTY_ROLES.map((role) => `mlps.ui.dutyRole.${role}`),
      ...RISK_STATUSES.map((status) => `mlps.ui.riskStatus.${status}`),
      ...DATA_CLASSES.map((dataClass) => `mlps.ui.dataClass.${dataClass}`),
    ];
    const ui: Record<string, string> = mlpsUiMessages['zh-CN'];
    for (const key of keys) expect([key, Boolean(ui[key])]).toEqual([key, true]);
    for (const status of REMEDIATION_STATUSES) expect(zh[`mlps.remediationStatus.${status}`]).toBeTruthy();
  });
});
