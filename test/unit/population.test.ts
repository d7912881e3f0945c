import { describe, expect, it } from 'vitest';
import { parseFiledData, summarizeFiling } from '../../shared/domain/filing/summary';
import { isValidUscc } from '../../shared/domain/profile/uscc';
import { populationFilers, populationFilings } from '../fixtures/population';

const OPTIONS = { groups: 3, unitsPerGroup: 40, period: '2025', seed: 7 };

describe('the SASAC-scale population generator', () => {
  it('makes groups of a headquarters, second-tier and third-tier units with unique valid USCCs', () => {
    const filers = populationFilers(OPTIONS);
    expect(filers).toHaveLength(3 * 41);
    expect(filers.every((filer) => isValidUscc(filer.uscc))).toBe(true);
    expect(new Set(filers.map((filer) => filer.uscc)).size).toBe(filers.length);
    expect(filers.filter((filer) => filer.tier === 1)).toHaveLength(3);
    expect(filers.filter((filer) => filer.tier === 2)).toHaveLength(12);
    const byUscc = new Map(filers.map((filer) => [filer.uscc, filer]));
    // Third-tier units report to a second-tier unit of their own group.
    for (const unit of filers.filter((filer) => filer.tier === 3)) {
      const parent = byUscc.get(unit.parentUscc!)!;
      expect(parent.tier).toBe(2);
      expect(parent.group.uscc).toBe(unit.group.uscc);
    }
  });

  it('files data the workspace schema accepts, summarized as the receiver summarizes it, with a spread of grades', () => {
    const filings = [...populationFilings(OPTIONS, '2025-07-01T00:00:00.000Z')];
    const grades = new Set(filings.map((filing) => filing.summary.assessment?.grade));
    expect(grades.size).toBeGreaterThanOrEqual(3);
    for (const filing of filings.slice(0, 20)) {
      expect(parseFiledData(filing.data).success).toBe(true);
      expect(summarizeFiling(filing.data, '2025-07-01')).toEqual(filing.summary);
      expect((filing.data.profile as { uscc: string }).uscc).toBe(filing.filer.uscc);
    }
    const rates = filings.map((filing) => filing.summary.licences?.genuineRate ?? null);
    expect(rates.some((rate) => rate !== null && rate < 1)).toBe(true);
    expect(filings.some((filing) => (filing.summary.protectedObjects?.levels.find((level) => level.level === 3)?.objects ?? 0) > 0)).toBe(
      true,
    );
    expect(filings.some((filing) => (filing.summary.gap?.assessed ?? 0) > 0)).toBe(true);
  });
});
