/**
 * Property-based fuzzing of importers, one call per importer (see *.fuzz.test.ts):
 *
 *   fuzzParser('assessment template', { inputs: jsonInputs([DEFAULT_TEMPLATE]), parse: parseTemplate });
 *   fuzzBackendImporter('data JSON', { method: 'workspace.importData', inputs: jsonInputs([doc]) });
 *
 * Each asserts: no crash (no throw; no internal error), and a refusal that names where — the field, row,
 * column or file. Backend importers also assert no partial write: a refused import leaves the workspace's
 * data and audit log exactly as they were. Runs and seed come from DENGGAO_FUZZ_RUNS / DENGGAO_FUZZ_SEED
 * (`npm run fuzz -- --runs 10000 --seed S`); a failure prints the seed and the shrunk input for replay.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import type { AppErrorData, Finding } from '../../shared/contract/core';
import { tempBackend } from '../support/workspace';

export const FUZZ_RUNS = Number(process.env.DENGGAO_FUZZ_RUNS ?? 150);
export const FUZZ_SEED = Number(process.env.DENGGAO_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const timeout = 30_000 + FUZZ_RUNS * 40;

interface Tally {
  accepted: number;
  refused: number;
}

/** One line per importer for `npm run fuzz` to total up. */
function report(name: string, tally: Tally): void {
  const line = { name, cases: tally.accepted + tally.refused, refused: tally.refused, seed: FUZZ_SEED };
  if (process.env.DENGGAO_FUZZ_REPORT) fs.appendFileSync(process.env.DENGGAO_FUZZ_REPORT, `${JSON.stringify(line)}\n`);
}

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A finding or error names where: a field path (the root '' only when the input is not even an object), a row, a column or a file. */
function namesWhere(
  where: { field?: string | undefined; row?: number | undefined; column?: string | undefined; file?: string | undefined },
  input: unknown,
): boolean {
  if (where.row !== undefined || where.column !== undefined || where.file !== undefined) return true;
  return where.field !== undefined && (where.field !== '' || !isObject(input));
}

export interface ParserTarget {
  inputs: fc.Arbitrary<unknown>;
  parse(input: unknown): { ok: true } | { ok: false; findings: readonly Finding[] };
}

/** A pure importer (shared/): must return, never throw, and refuse with findings that each name where. */
export function fuzzParser(name: string, target: ParserTarget): void {
  describe(`fuzz: ${name}`, () => {
    it(
      `never throws, and every refusal names the field (${FUZZ_RUNS} cases, seed ${FUZZ_SEED})`,
      () => {
        const tally: Tally = { accepted: 0, refused: 0 };
        fc.assert(
          fc.property(target.inputs, (input) => {
            const result = target.parse(input);
            if (result.ok) return void tally.accepted++;
            tally.refused++;
            expect(result.findings.length).toBeGreaterThan(0);
            for (const finding of result.findings) expect(namesWhere(finding, input), JSON.stringify(finding)).toBe(true);
          }),
          { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
        );
        report(name, tally);
        // A fuzzer that only ever sees refusals (or only acceptances) is not exploring the importer.
        if (FUZZ_RUNS >= 100) expect(Math.min(tally.accepted, tally.refused)).toBeGreaterThan(0);
      },
      timeout,
    );
  });
}

export interface BackendTarget {
  method: MethodName;
  inputs: fc.Arbitrary<unknown>;
  /** Turns a generated value into the method's input, e.g. writes a file and passes its path. */
  toInput?(value: unknown, dataDir: string): unknown;
}

/** An importer behind the backend: no internal error, no partial write, and an error that names where. */
export function fuzzBackendImporter(name: string, target: BackendTarget): void {
  describe(`fuzz: ${name}`, () => {
    it(
      `never fails internally, never writes part of a refused import, names the field (${FUZZ_RUNS} cases, seed ${FUZZ_SEED})`,
      async () => {
        const backend = tempBackend();
        const snapshot = async () => {
          const data = await backend.call('workspace.exportData', {});
          const audit = await backend.call('audit.list', { limit: 1 });
          if (!data.ok || !audit.ok) throw new Error('snapshot failed');
          return JSON.stringify({ ...data.value, exportedAt: null, audit: audit.value.total });
        };
        const tally: Tally = { accepted: 0, refused: 0 };
        try {
          await fc.assert(
            fc.asyncProperty(target.inputs, async (value) => {
              const input = target.toInput ? target.toInput(value, backend.dataDir) : value;
              const before = await snapshot();
              const result = await backend.callByName(target.method, input);
              if (result.ok) return void tally.accepted++;
              tally.refused++;
              expect(result.error.code, result.error.message).not.toBe('error.internal');
              expect(errorNamesWhere(result.error, value), JSON.stringify(result.error)).toBe(true);
              expect(await snapshot()).toBe(before);
            }),
            { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
          );
        } finally {
          backend.dispose();
        }
        report(name, tally);
        if (FUZZ_RUNS >= 100) expect(Math.min(tally.accepted, tally.refused)).toBeGreaterThan(0);
      },
      timeout,
    );
  });
}

function errorNamesWhere(error: AppErrorData, input: unknown): boolean {
  const details = error.details ?? {};
  if (namesWhere(details, input)) return true;
  return (details.issues ?? []).length > 0 && details.issues!.every((issue) => namesWhere(issue, input));
}
