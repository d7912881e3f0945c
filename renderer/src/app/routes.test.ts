import { describe, expect, it } from 'vitest';
import { LOCALES, translate } from '../../../shared/i18n';
import { navGroups, routes } from './routes';

describe('the navigation', () => {
  it.each(LOCALES)('never repeats a group heading as the name of a page under it (%s)', (locale) => {
    const repeats = navGroups(routes).flatMap(({ group, items }) =>
      group ? items.filter((item) => translate(locale, item.label) === translate(locale, group)).map((item) => item.path) : [],
    );
    expect(repeats).toEqual([]);
  });
});
