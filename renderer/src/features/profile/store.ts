import { create } from 'zustand';
import type { Profile } from '../../../../shared/contract/profile/schemas';
import { api } from '../../api/client';
import { saveRefusal, type SaveState } from '../../api/save-state';

export const EMPTY_PROFILE: Profile = {
  name: '',
  uscc: '',
  address: '',
  regionCode: '',
  industry: '',
  unitType: 'central-enterprise',
  role: 'headquarters',
  group: { name: '', uscc: '' },
  legalRepresentative: '',
  department: '',
  contact: { name: '', phone: '', email: '' },
};

interface ProfileState {
  saved: Profile | null;
  draft: Profile;
  loaded: boolean;
  saveState: SaveState;
  fieldErrors: Record<string, string>;
  formError: string | null;
  load(): Promise<void>;
  edit(update: (draft: Profile) => Profile): void;
  save(): Promise<void>;
}

/** The profile page's state: the stored profile and the draft being edited; a failed save keeps the draft. */
export const useProfile = create<ProfileState>((set, get) => ({
  saved: null,
  draft: EMPTY_PROFILE,
  loaded: false,
  saveState: 'idle',
  fieldErrors: {},
  formError: null,
  async load() {
    const saved = await api.call('profile.get', {});
    // A draft the user has not saved yet survives leaving the page and coming back.
    set((state) =>
      state.loaded && isDirty(state)
        ? { saved }
        : { saved, draft: saved ?? EMPTY_PROFILE, loaded: true, fieldErrors: {}, formError: null, saveState: 'idle' },
    );
  },
  edit(update) {
    set({ draft: update(get().draft), saveState: 'idle' });
  },
  async save() {
    set({ saveState: 'saving' });
    try {
      const saved = await api.call('profile.save', get().draft);
      set({ saved, draft: saved, saveState: 'saved', fieldErrors: {}, formError: null });
    } catch (error) {
      const refused = saveRefusal(error);
      set({ saveState: refused.state, fieldErrors: refused.fieldErrors, formError: refused.message });
    }
  },
}));

export function isDirty(state: Pick<ProfileState, 'saved' | 'draft'>): boolean {
  return JSON.stringify(state.saved ?? EMPTY_PROFILE) !== JSON.stringify(state.draft);
}
