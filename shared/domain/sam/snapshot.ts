/**
 * Position snapshots: the figures of a position kept at a moment, so the rate and the domestic (信创)
 * share of each category can be followed over time. A snapshot keeps counts; rates follow from them here.
 */
import type { InspectionCategory, PositionSnapshot } from '../../contract/sam/schemas';
import { rate } from './figures';
import type { LicencePosition } from './position';

export function snapshotOf(position: LicencePosition, takenAt: string, note: string): PositionSnapshot {
  const { summary } = position;
  return {
    takenAt,
    day: position.today,
    note,
    catalog: { id: position.catalog.id, version: position.catalog.version },
    installations: summary.installations,
    coveredInstallations: summary.coveredInstallations,
    freeInstallations: summary.freeInstallations,
    byCategory: position.byCategory.map(
      ({ category, installations, coveredInstallations, freeInstallations, devices, domesticDevices }) => ({
        category,
        installations,
        coveredInstallations,
        freeInstallations,
        devices,
        domesticDevices,
      }),
    ),
  };
}

export interface SnapshotRates {
  genuineRate: number | null;
  /** Per category: its rate and its domestic share across devices (null where there was nothing to rate). */
  byCategory: Map<InspectionCategory | '', { genuineRate: number | null; domesticShare: number | null }>;
}

export function snapshotRates(snapshot: PositionSnapshot): SnapshotRates {
  return {
    genuineRate: rate(snapshot.coveredInstallations, snapshot.installations),
    byCategory: new Map(
      snapshot.byCategory.map((entry) => [
        entry.category,
        { genuineRate: rate(entry.coveredInstallations, entry.installations), domesticShare: rate(entry.domesticDevices, entry.devices) },
      ]),
    ),
  };
}
