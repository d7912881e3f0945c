import type { Finding } from '../../shared/contract/core';
import { controlCatalogSchema } from '../../shared/contract/mlps/schemas';
import { gbt22239Catalog } from '../../shared/catalogs/mlps/gbt22239-2019';
import { checkCatalogIntegrity } from '../../shared/domain/mlps/catalog';
import { formatPath } from '../../shared/domain/assessment/template';
import { fuzzParser } from './harness';
import { jsonInputs } from './mutate';

/**
 * Reading an imported control catalog: its schema, then the integrity checks. (When the mlps domain lands
 * its own catalog import function, pass that here instead.)
 */
function parseCatalog(input: unknown): { ok: true } | { ok: false; findings: Finding[] } {
  const parsed = controlCatalogSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) => ({ code: 'mlps.catalog.invalidField', field: formatPath(issue.path) })),
    };
  const findings = checkCatalogIntegrity(parsed.data);
  return findings.length ? { ok: false, findings } : { ok: true };
}

fuzzParser('graded-protection control catalog (schema + checkCatalogIntegrity)', {
  inputs: jsonInputs([gbt22239Catalog]),
  parse: parseCatalog,
});
