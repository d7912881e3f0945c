import { describe, expect, it } from 'vitest';
import type { CioRecord, ItDepartment, ItPerformance } from '../../contract/governance/schemas';
import {
  cioDutyCoverage,
  cioGaps,
  deadlineStatus,
  departmentGaps,
  governanceDeadlines,
  implementationSummary,
  performanceCoverage,
  performanceGaps,
  validateCio,
  validateDepartment,
  validatePerformance,
} from './index';
import { fullCio, fullDepartment, fullPerformance } from './fixtures.test-support';

const asOf = '2010-01-10';
const codes = (findings: { code: string; field?: string }[]) => findings.map((f) => `${f.code}@${f.field ?? ''}`);

describe('validateDepartment (bad input is refused)', () => {
  it.each<[string, (d: ItDepartment) => void, string[]]>([
    ['a complete department', () => {}, []],
    [
      'an establishment marked done dated in the future',
      (d) => {
        d.establishedOn = '2010-01-11';
      },
      ['governance.department.establishedInFuture@establishedOn'],
    ],
    [
      'a future date while the organisation is still being set up',
      (d) => {
        d.establishedOn = '2010-03-01';
        d.implementations.organization.status = 'in-progress';
      },
      [],
    ],
    [
      'an establishment marked done with no date',
      (d) => {
        d.establishedOn = null;
      },
      ['governance.department.establishmentDateMissing@establishedOn'],
    ],
    [
      'an established department without a name',
      (d) => {
        d.name = ' ';
      },
      ['governance.department.nameMissing@name'],
    ],
    [
      'a staff count below zero',
      (d) => {
        d.staffCount = -1;
        d.roster = [];
      },
      ['governance.department.staffCountNegative@staffCount'],
    ],
    [
      'a roster longer than the staff count',
      (d) => {
        d.staffCount = 1;
      },
      ['governance.department.rosterExceedsStaffCount@roster'],
    ],
    [
      'a roster exactly as long as the staff count',
      (d) => {
        d.staffCount = d.roster.length;
      },
      [],
    ],
    [
      'no staff yet and an empty roster',
      (d) => {
        d.staffCount = 0;
        d.roster = [];
      },
      [],
    ],
    [
      'a department still being set up, with neither date nor name yet',
      (d) => {
        d.implementations.organization.status = 'in-progress';
        d.establishedOn = null;
        d.name = '';
      },
      [],
    ],
  ])('%s', (_case, change, expected) => {
    const department = fullDepartment();
    change(department);
    expect(codes(validateDepartment(department, { asOf }))).toEqual(expected);
  });
});

describe('validateCio and validatePerformance', () => {
  it.each<[string, (c: CioRecord) => void, string[]]>([
    ['a complete record', () => {}, []],
    [
      'an appointment dated tomorrow',
      (c) => {
        c.appointedOn = '2010-01-11';
      },
      ['governance.cio.appointmentInFuture@appointedOn'],
    ],
    [
      'an appointed CIO without a name',
      (c) => {
        c.name = '';
      },
      ['governance.cio.nameMissing@name'],
    ],
    [
      'an appointed CIO without a date',
      (c) => {
        c.appointedOn = null;
      },
      ['governance.cio.appointmentDateMissing@appointedOn'],
    ],
    [
      'a training in the future',
      (c) => {
        c.trainings = [{ title: 'CIO 培训班', organizer: '国资委', attendedOn: '2010-02-01', hours: 16 }];
      },
      ['governance.cio.trainingInFuture@trainings[0].attendedOn'],
    ],
    [
      'a training already attended, and one today',
      (c) => {
        c.trainings = [
          { title: 'CIO 培训班', organizer: '国资委', attendedOn: '2009-11-20', hours: 16 },
          { title: 'CIO 研讨会', organizer: '国资委', attendedOn: asOf, hours: 4 },
        ];
      },
      [],
    ],
    [
      'an appointed CIO whose name is only spaces',
      (c) => {
        c.name = '  ';
      },
      ['governance.cio.nameMissing@name'],
    ],
    [
      'no CIO appointed yet, nothing filled',
      (c) => {
        c.appointed = false;
        c.name = '';
        c.appointedOn = null;
      },
      [],
    ],
  ])('CIO: %s', (_case, change, expected) => {
    const cio = fullCio();
    change(cio);
    expect(codes(validateCio(cio, { asOf }))).toEqual(expected);
  });

  it.each<[string, (p: ItPerformance) => void, string[]]>([
    ['a complete system', () => {}, []],
    [
      'established in the future',
      (p) => {
        p.establishedOn = '2010-05-01';
      },
      ['governance.performance.establishedInFuture@establishedOn'],
    ],
    [
      'established with no date',
      (p) => {
        p.establishedOn = null;
      },
      ['governance.performance.establishmentDateMissing@establishedOn'],
    ],
    [
      'a planned system with a future date, not yet established',
      (p) => {
        p.established = false;
        p.establishedOn = '2010-05-01';
      },
      [],
    ],
    [
      'a repeated KPI id',
      (p) => {
        p.kpis[1]!.id = 'k1';
      },
      ['governance.performance.kpiIdRepeated@kpis[1].id'],
    ],
    [
      'a period entered twice',
      (p) => {
        p.kpis[0]!.actuals.push({ period: '2009', value: '86 %' });
      },
      ['governance.performance.periodRepeated@kpis[0].actuals[1].period'],
    ],
  ])('performance: %s', (_case, change, expected) => {
    const performance = fullPerformance();
    change(performance);
    expect(codes(validatePerformance(performance, { asOf }))).toEqual(expected);
  });
});

describe('CIO duty coverage', () => {
  it.each<[string, CioRecord | null, number, string[]]>([
    ['all duties assigned', fullCio(), 10, []],
    ['no record', null, 0, ['governance.cio.notAppointed']],
    ['not appointed', { ...fullCio(), appointed: false }, 0, ['governance.cio.notAppointed']],
    [
      'two duties left out, one without document, no approval right',
      (() => {
        const c = fullCio();
        delete c.duties['set-it-strategy'];
        c.duties['arrange-it-training'] = { assigned: false, document: '' };
        c.duties['evaluate-it-value'] = { assigned: true, document: '' };
        c.rights.approval = false;
        return c;
      })(),
      8,
      [
        'governance.cio.dutyUnassigned',
        'governance.cio.dutyUnassigned',
        'governance.cio.dutyWithoutDocument',
        'governance.cio.noApprovalRight',
      ],
    ],
  ])('%s', (_case, cio, assignedCount, gapCodes) => {
    expect(cioDutyCoverage(cio).assigned).toHaveLength(assignedCount);
    expect(cioGaps(cio).map((f) => f.code)).toEqual(gapCodes);
  });

  it('names each right the CIO lacks at its field, and a duty whose document is only spaces', () => {
    const cio = fullCio();
    cio.rights = { ...cio.rights, decision: false, approval: false, consultedOnMajorDecisions: false };
    cio.duties['integrate-flows'] = { assigned: true, document: '   ' };
    expect(codes(cioGaps(cio))).toEqual([
      'governance.cio.dutyWithoutDocument@duties.integrate-flows',
      'governance.cio.noDecisionRight@rights.decision',
      'governance.cio.noApprovalRight@rights.approval',
      'governance.cio.notConsulted@rights.consultedOnMajorDecisions',
    ]);
    expect(cioDutyCoverage(cio).withoutDocument).toEqual(['integrate-flows']);
  });

  it('names the duties that are missing', () => {
    const cio = fullCio();
    delete cio.duties['integrate-flows'];
    expect(cioDutyCoverage(cio).missing).toEqual(['integrate-flows']);
    expect(cioGaps(cio)).toEqual([
      { code: 'governance.cio.dutyUnassigned', field: 'duties.integrate-flows', params: { duty: 'integrate-flows' } },
    ]);
  });
});

describe('four implementations', () => {
  it('lists each implementation under its status', () => {
    const department = fullDepartment();
    department.implementations.staff.status = 'in-progress';
    department.implementations.responsibility.status = 'not-started';
    expect(implementationSummary(department).byStatus).toEqual({
      done: ['organization', 'functions'],
      'in-progress': ['staff'],
      'not-started': ['responsibility'],
    });
  });

  it.each<[string, ItDepartment | null, string, string[]]>([
    ['all done with evidence', fullDepartment(), 'done', []],
    ['nothing recorded', null, 'not-started', ['governance.department.notRecorded']],
    [
      'staff in progress, responsibility done without evidence',
      (() => {
        const d = fullDepartment();
        d.implementations.staff.status = 'in-progress';
        d.implementations.responsibility.evidence = ' ';
        return d;
      })(),
      'in-progress',
      [
        'governance.department.implementationPending@implementations.staff',
        'governance.department.implementationWithoutEvidence@implementations.responsibility',
      ],
    ],
  ])('%s', (_case, department, overall, gaps) => {
    expect(implementationSummary(department).overall).toBe(overall);
    expect(codes(departmentGaps(department)).map((c) => c.replace(/@$/, ''))).toEqual(gaps);
  });
});

describe('performance coverage of the five areas', () => {
  it('names each uncovered area and level', () => {
    const performance = fullPerformance();
    performance.kpis = performance.kpis.filter((k) => k.id !== 'k2');
    expect(performanceCoverage(performance)).toEqual({
      coveredAreas: ['construction', 'application', 'optimization'],
      missingAreas: ['maintenance', 'upgrade'],
      coveredLevels: ['leadership', 'employee'],
      missingLevels: ['unit'],
    });
    expect(performanceGaps(performance).map((f) => f.params)).toEqual([{ area: 'maintenance' }, { area: 'upgrade' }, { level: 'unit' }]);
  });

  it.each<[string, ItPerformance | null, string[]]>([
    ['complete', fullPerformance(), []],
    [
      'no system at all',
      null,
      [
        'notEstablished',
        'areaUncovered',
        'areaUncovered',
        'areaUncovered',
        'areaUncovered',
        'areaUncovered',
        'levelUncovered',
        'levelUncovered',
        'levelUncovered',
      ],
    ],
    [
      'a KPI with no actual yet',
      { ...fullPerformance(), kpis: fullPerformance().kpis.map((k, i) => (i === 2 ? { ...k, actuals: [] } : k)) },
      ['kpiWithoutActuals'],
    ],
  ])('%s', (_case, performance, gapCodes) => {
    expect(performanceGaps(performance).map((f) => f.code.replace('governance.performance.', ''))).toEqual(gapCodes);
  });
});

describe('deadlines', () => {
  it.each([
    ['2009-12-31', '2009-12-31', '2010-06-01', 'met'],
    ['2009-12-31', '2010-01-01', '2010-06-01', 'late'],
    ['2009-12-31', null, '2010-01-01', 'missed'],
    ['2009-12-31', null, '2009-12-31', 'open'],
  ] as const)('deadline %s, completed %s, today %s → %s', (deadline, completedOn, today, expected) => {
    expect(deadlineStatus(deadline, completedOn, today)).toBe(expected);
  });

  it('checks the department by its establishment and the performance system by its date', () => {
    const department = { ...fullDepartment(), establishedOn: '2010-01-05' };
    const checks = governanceDeadlines({ cio: null, department, performance: null }, asOf);
    expect(checks.map((c) => [c.deadline.id, c.status])).toEqual([
      ['it-department', 'late'],
      ['performance-system', 'missed'],
    ]);
  });
});
