import { useMemo } from 'react';
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/contract/workspace/schemas';
import { translator, type Locale, type Translate } from '../../../shared/i18n';
import { api } from '../api/client';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  load(): Promise<void>;
  save(patch: Partial<Settings>): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  async load() {
    const settings = await api.call('workspace.getSettings', {});
    api.setLocale(settings.locale);
    set({ settings, loaded: true });
  },
  async save(patch) {
    const settings = await api.call('workspace.saveSettings', patch);
    api.setLocale(settings.locale);
    set({ settings });
  },
}));

export function useLocale(): Locale {
  return useSettings((s) => s.settings.locale);
}

/**
 * `t(key, params)` in the current language. The function stays the same object until the language changes,
 * so `useMemo(…, [t])` and effects that depend on `t` run again only then.
 */
export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
