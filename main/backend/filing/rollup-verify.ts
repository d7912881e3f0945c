/**
 * The receiver's checks of a roll-up (docs/filing-package.md, "Roll-up"): a package that carries the packages
 * its signer accepted, unchanged. The outer package is verified first, against the receiver's own trust; only
 * when it holds is each carried package checked — its own signatures and files, against the signers the outer
 * package declares for it (the receiver accepts that declaration because it trusts the outer signer), and
 * tier by tier when a carried package is itself a roll-up. Every finding names the path to the package.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import { isInnerPackagePath } from '../../../shared/contract/filing/paths';
import type { FilingRollupCode } from '../../../shared/contract/filing/codes';
import type { InnerPackage, Manifest, VerifyError, VerifyResult } from '../../../shared/contract/filing/schemas';
import type { Locale } from '../../../shared/i18n/define';
import { filingMessage, type MessageParams } from './errors';
import { extractPackage, verifyPackage, type VerifyOptions } from './package-reader';

/** A carried package as checked: where it is, what it holds and what was found; its own carried packages below it. */
export interface CarriedPackage {
  declared: InnerPackage;
  /** The path from the outermost package, e.g. `filings/a.dgpkg/filings/b.dgpkg`. */
  path: string;
  /** 1 for a package the outer one carries directly. */
  tier: number;
  /** The carried package's file (inside its parent's extracted folder). */
  file: string;
  /** Where its members were extracted (empty unless it verified). */
  folder: string;
  /** Its own verification; undefined when a roll-up finding stopped the check before it. */
  verify: VerifyResult | undefined;
  errors: VerifyError[];
  carried: CarriedPackage[];
}

interface CarriedOptions {
  /** A folder for extracting carried packages; the caller removes or keeps what is under it. */
  scratch: string;
  locale: Locale;
  now: Date;
  signal?: AbortSignal | undefined;
}

function finding(code: FilingRollupCode, locale: Locale, file: string, params: MessageParams = {}): VerifyError {
  return { code, file, message: filingMessage(code, { ...params, file }, locale) };
}

/**
 * Checks every package a verified roll-up declares. `outerFolder` holds the roll-up's extracted members (so the
 * carried files are the bytes the outer signature covers); `prefix` is the path of the roll-up itself when it
 * is carried too. The findings about the roll-up's own manifest come back beside the carried packages.
 */
export async function checkCarriedPackages(
  outer: Manifest,
  outerFolder: string,
  options: CarriedOptions,
  tier = 1,
  prefix = '',
): Promise<{ errors: VerifyError[]; carried: CarriedPackage[] }> {
  const declared = outer.inner ?? [];
  const errors: VerifyError[] = [];
  const declaredPaths = new Set(declared.map((inner) => inner.path));
  for (const listed of outer.files) {
    if (isInnerPackagePath(listed.path) && !declaredPaths.has(listed.path))
      errors.push(finding('filing.rollup.innerUndeclared', options.locale, prefix + listed.path));
  }
  const seen = new Set<string>();
  const carried: CarriedPackage[] = [];
  for (const inner of declared) {
    const problems = declarationProblems(outer, inner, seen, options.locale, prefix + inner.path, tier);
    seen.add(inner.enterprise.uscc);
    carried.push(await checkOne(inner, outerFolder, problems, options, tier, prefix));
  }
  return { errors, carried };
}

/** What the outer manifest itself says wrong about one carried package: unlisted, twice, its own, another period, too deep. */
function declarationProblems(
  outer: Manifest,
  inner: InnerPackage,
  seen: Set<string>,
  locale: Locale,
  file: string,
  tier: number,
): VerifyError[] {
  const problems: VerifyError[] = [];
  const listed = outer.files.find((entry) => entry.path === inner.path);
  if (!listed || listed.sha256 !== inner.sha256) problems.push(finding('filing.rollup.innerNotListed', locale, file));
  if (seen.has(inner.enterprise.uscc))
    problems.push(finding('filing.rollup.duplicateEnterprise', locale, file, { uscc: inner.enterprise.uscc }));
  if (inner.enterprise.uscc === outer.enterprise.uscc)
    problems.push(finding('filing.rollup.includesSelf', locale, file, { uscc: inner.enterprise.uscc }));
  if (inner.period !== outer.period)
    problems.push(finding('filing.rollup.otherPeriod', locale, file, { innerPeriod: inner.period, period: outer.period }));
  if (tier > FILING_LIMITS.maxRollupDepth)
    problems.push(finding('filing.rollup.tooDeep', locale, file, { limit: FILING_LIMITS.maxRollupDepth }));
  return problems;
}

async function checkOne(
  inner: InnerPackage,
  outerFolder: string,
  problems: VerifyError[],
  options: CarriedOptions,
  tier: number,
  prefix: string,
): Promise<CarriedPackage> {
  const innerPath = prefix + inner.path;
  const file = path.join(outerFolder, ...inner.path.split('/'));
  const folder = path.join(options.scratch, crypto.randomUUID());
  const result: CarriedPackage = { declared: inner, path: innerPath, tier, file, folder, verify: undefined, errors: problems, carried: [] };
  if (problems.length > 0) return result;
  // Trusted: exactly the signers the outer package declares for it, never the receiver's own list.
  const verify = await extractPackage(file, folder, {
    trust: { fingerprints: inner.trustedSigners },
    locale: options.locale,
    now: options.now,
    signal: options.signal,
  });
  result.verify = verify;
  const own = verify.errors.map((error) => innerFinding(error, innerPath, options.locale, verify));
  const mismatch = verify.valid && verify.manifest ? declarationMismatch(inner, verify, innerPath, options.locale) : [];
  result.errors = [...own, ...mismatch];
  if (result.errors.length === 0 && verify.manifest?.inner) {
    const below = await checkCarriedPackages(verify.manifest, folder, options, tier + 1, `${innerPath}/`);
    result.errors.push(...below.errors);
    result.carried = below.carried;
  }
  return result;
}

/** A carried package's own finding, its member named by the path through the roll-up; an unknown signer is an undeclared one. */
function innerFinding(error: VerifyError, innerPath: string, locale: Locale, verify: VerifyResult): VerifyError {
  const file = error.file ? `${innerPath}/${error.file}` : innerPath;
  if (error.code === 'filing.verify.signerUntrusted')
    return finding('filing.rollup.signerNotDeclared', locale, innerPath, { fingerprint: verify.signer?.fingerprintSha256 ?? '—' });
  return { ...error, file };
}

/** The carried package must be the one declared: its id, enterprise, period and signed manifest. */
function declarationMismatch(inner: InnerPackage, verify: VerifyResult, file: string, locale: Locale): VerifyError[] {
  const manifest = verify.manifest!;
  const fields: Array<[string, boolean]> = [
    ['packageId', manifest.packageId === inner.packageId],
    ['enterprise.uscc', manifest.enterprise.uscc === inner.enterprise.uscc],
    ['period', manifest.period === inner.period],
    ['manifestSha256', verify.manifestSha256 === inner.manifestSha256],
  ];
  return fields.filter(([, same]) => !same).map(([field]) => finding('filing.rollup.declarationMismatch', locale, file, { field }));
}

/** Every carried package, tiers flattened parents first: what `inner` in a verify result lists. */
export function flattenCarried(carried: readonly CarriedPackage[]): CarriedPackage[] {
  return carried.flatMap((one) => [one, ...flattenCarried(one.carried)]);
}

/** The outer result with the carried packages listed, and invalid when any of them (or the declaration) is. */
export function withCarried(
  outer: VerifyResult,
  checked: { errors: VerifyError[]; carried: CarriedPackage[] },
  locale: Locale,
): VerifyResult {
  const all = flattenCarried(checked.carried);
  const refusals = checked.carried
    .filter((one) => flattenCarried([one]).some((below) => below.errors.length > 0))
    .map((one) => {
      const failed = flattenCarried([one]).find((below) => below.errors.length > 0)!;
      return finding('filing.rollup.innerInvalid', locale, failed.path, { detail: failed.errors[0]!.message });
    });
  const errors = [...outer.errors, ...checked.errors, ...refusals];
  return {
    ...outer,
    valid: errors.length === 0,
    errors,
    inner: all.map((one) => ({
      path: one.path,
      valid: one.errors.length === 0 && flattenCarried(one.carried).every((below) => below.errors.length === 0),
      enterprise: one.declared.enterprise,
      packageId: one.declared.packageId,
      tier: one.tier,
      errors: one.errors,
    })),
  };
}

/** The declared packages of a roll-up whose own verification failed: listed, not checked. */
export function notChecked(outer: VerifyResult, locale: Locale): VerifyResult {
  const declared = outer.manifest?.inner;
  if (!declared) return outer;
  return {
    ...outer,
    inner: declared.map((inner) => ({
      path: inner.path,
      valid: false,
      enterprise: inner.enterprise,
      packageId: inner.packageId,
      tier: 1,
      errors: [finding('filing.rollup.notChecked', locale, inner.path)],
    })),
  };
}

/**
 * `filing.verify` for any package: a plain package is verified without writing anything; a roll-up that
 * verifies is extracted once more into `scratch` (removed by the caller), which re-checks every byte it
 * writes, and its carried packages are checked from there.
 */
export async function verifyWithCarried(
  file: string,
  options: VerifyOptions & { locale: Locale; now: Date },
  scratch: string,
): Promise<VerifyResult> {
  const outer = await verifyPackage(file, options);
  if (!outer.manifest?.inner) return outer;
  if (!outer.valid) return notChecked(outer, options.locale);
  const outerFolder = path.join(scratch, 'outer');
  const extracted = await extractPackage(file, outerFolder, options);
  if (!extracted.valid || !extracted.manifest) return notChecked(extracted, options.locale);
  const checked = await checkCarriedPackages(extracted.manifest, outerFolder, {
    scratch,
    locale: options.locale,
    now: options.now,
    signal: options.signal,
  });
  return withCarried(extracted, checked, options.locale);
}
