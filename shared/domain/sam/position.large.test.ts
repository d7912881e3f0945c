/**
 * The kept index at full size, in a file of its own: under the mutation run's instrumentation this one test
 * takes minutes, so stryker.vitest.config.ts leaves `*.large.test.ts` files out.
 */
import { describe, expect, it } from 'vitest';
import { largeEstate } from '../../../test/fixtures/sam-estate';
import { indexEstate } from './estate-index';
import { computeLicencePosition, positionFromIndex } from './position';

const TODAY = '2025-01-01';

describe('speed', () => {
  it('100,000 installations across 5,000 products: the rule over a kept index equals the direct computation', () => {
    const estate = largeEstate(5_000, 100_000);
    const index = indexEstate(estate);
    const direct = computeLicencePosition({ ...estate, today: TODAY });
    positionFromIndex(index, TODAY); // warm-up
    const result = positionFromIndex(index, TODAY);
    expect(result).toEqual(direct);
    expect(result.summary.installations + result.summary.freeInstallations).toBe(100_000);
    expect(result.summary.freeInstallations).toBeGreaterThan(0);
    expect(result.summary.coveredInstallations).toBeGreaterThan(0);
    expect(result.summary.coveredInstallations).toBeLessThan(100_000);
    // Speed is measured by `npm run bench` (target ≤ 100 ms), never asserted here.
  });
});
