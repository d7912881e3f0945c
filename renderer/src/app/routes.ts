/**
 * The app's routes in navigation order: path, label and group, without the page components, so that the
 * navigation's rules can be checked (and links built) without loading every page. sections.ts attaches
 * one component to each path; the type checker holds the two to the same set of paths.
 */
import { PAGES } from '../../../shared/contract/governance/pages';
import type { MessageKey } from '../../../shared/i18n';

export interface Route {
  path: string;
  /** i18n key of the navigation label */
  label: MessageKey;
  /** A page reached from another page (one record of a list), not from the navigation. */
  navHidden?: boolean;
  /** i18n key of the navigation group heading the page is listed under. */
  group?: MessageKey;
}

/** The navigation: only sections that work are listed. A domain adds its page here and its component in sections.ts. */
export const routes = [
  { path: '/', label: 'app.nav.home' },
  { path: '/profile', label: 'app.nav.profile' },
  { path: '/assessment', label: 'assessment.nav', group: 'app.nav.group.informatization' },
  { path: '/assessment/templates/:id/:version', label: 'assessment.nav', navHidden: true },
  { path: '/plan', label: 'plan.nav', group: 'app.nav.group.informatization' },
  { path: '/sam', label: 'sam.nav.registers', group: 'app.nav.group.sam' },
  { path: '/sam-import', label: 'sam.nav.import', group: 'app.nav.group.sam' },
  { path: '/sam-position', label: 'sam.nav.position', group: 'app.nav.group.sam' },
  { path: '/mlps', label: 'mlps.ui.nav.objects', group: 'app.nav.group.mlps' },
  { path: PAGES.mlpsRemediation, label: 'mlps.ui.nav.remediation', group: 'app.nav.group.mlps' },
  { path: PAGES.mlpsMechanisms, label: 'mlps.ui.nav.mechanisms', group: 'app.nav.group.mlps' },
  { path: PAGES.cio, label: 'governance.nav.cio', group: 'app.nav.group.governance' },
  { path: PAGES.department, label: 'governance.nav.department', group: 'app.nav.group.governance' },
  { path: PAGES.performance, label: 'governance.nav.performance', group: 'app.nav.group.governance' },
  { path: PAGES.declarations, label: 'declarations.nav', group: 'app.nav.group.governance' },
  { path: `${PAGES.declarations}/:id`, label: 'declarations.nav', navHidden: true },
  { path: `${PAGES.declarations}/:id/print`, label: 'declarations.nav', navHidden: true },
  { path: PAGES.readiness, label: 'governance.nav.readiness', group: 'app.nav.group.governance' },
  { path: '/reports', label: 'reports.ui.nav', group: 'app.nav.group.filing' },
  { path: '/filing', label: 'filing.nav.send', group: 'app.nav.group.filing' },
  { path: '/receiver', label: 'filing.nav.receive', group: 'app.nav.group.filing' },
  { path: '/settings', label: 'app.nav.settings' },
] as const satisfies readonly Route[];

export type RoutePath = (typeof routes)[number]['path'];

/** The navigation's pages in order, cut into runs under their group headings. */
export function navGroups<R extends Route>(all: readonly R[]): { group: MessageKey | undefined; items: R[] }[] {
  const runs: { group: MessageKey | undefined; items: R[] }[] = [];
  for (const section of all) {
    if (section.navHidden) continue;
    const last = runs[runs.length - 1];
    if (last && last.group === section.group) last.items.push(section);
    else runs.push({ group: section.group, items: [section] });
  }
  return runs;
}
