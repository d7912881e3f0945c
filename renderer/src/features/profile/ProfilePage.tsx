import { useEffect, type FormEvent } from 'react';
import { UNIT_TYPES, profileSchema, type Profile } from '../../../../shared/contract/profile/schemas';
import { useFieldChecks } from '../../api/field-checks';
import { useLocale, useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField, TextField } from '../../components/Field';
import { isDirty, useProfile } from './store';

type TextPath =
  | 'name'
  | 'uscc'
  | 'address'
  | 'regionCode'
  | 'industry'
  | 'legalRepresentative'
  | 'department'
  | 'group.name'
  | 'group.uscc'
  | 'contact.name'
  | 'contact.phone'
  | 'contact.email';

function getText(profile: Profile, path: TextPath): string {
  const [head, tail] = path.split('.') as [keyof Profile, string | undefined];
  const value = profile[head];
  return tail ? (value as Record<string, string>)[tail]! : (value as string);
}

function setText(profile: Profile, path: TextPath, text: string): Profile {
  const [head, tail] = path.split('.') as [keyof Profile, string | undefined];
  if (!tail) return { ...profile, [head]: text };
  return { ...profile, [head]: { ...(profile[head] as Record<string, string>), [tail]: text } };
}

export function ProfilePage() {
  const t = useT();
  const { draft, loaded, saveState, fieldErrors, formError, load, edit, save } = useProfile();
  const dirty = useProfile(isDirty);
  const checks = useFieldChecks(profileSchema, draft, fieldErrors, useLocale());
  useEffect(() => void load(), [load]);
  useSaveShortcut(() => void save());

  if (!loaded) return <p>{t('app.loading')}</p>;

  const text = (path: TextPath, options: { required?: boolean; help?: string; type?: 'email' | 'tel' } = {}) => (
    <TextField
      name={path}
      label={t(`profile.field.${path}`)}
      value={getText(draft, path)}
      onChange={(value) => edit((d) => setText(d, path, value))}
      error={checks.errors[path]}
      {...options}
    />
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="page" onSubmit={onSubmit} onBlur={checks.onBlur} noValidate aria-labelledby="profile-title">
      <header className="page__header">
        <h1 id="profile-title">{t('profile.title')}</h1>
        <p className="page__intro">{t('profile.intro')}</p>
      </header>
      {saveState === 'invalid' || saveState === 'failed' ? (
        <div className="banner banner--error" role="alert">
          {saveState === 'invalid' ? t('app.errorsBelow') : formError}
        </div>
      ) : null}
      <fieldset>
        <legend>{t('profile.section.unit')}</legend>
        <div className="grid">
          {text('name', { required: true })}
          {text('uscc', { required: true })}
          {text('address')}
          {text('regionCode', { required: true, help: t('profile.regionCode.help') })}
          {text('industry')}
          <SelectField
            name="unitType"
            label={t('profile.field.unitType')}
            value={draft.unitType}
            options={UNIT_TYPES.map((value) => ({ value, label: t(`profile.unitType.${value}`) }))}
            onChange={(unitType) => edit((d) => ({ ...d, unitType }))}
            error={checks.errors.unitType}
          />
          {text('legalRepresentative')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.section.group')}</legend>
        <div className="grid">
          <SelectField
            name="role"
            label={t('profile.field.role')}
            value={draft.role}
            options={(['headquarters', 'subsidiary'] as const).map((value) => ({ value, label: t(`profile.role.${value}`) }))}
            onChange={(role) => edit((d) => ({ ...d, role }))}
          />
          {draft.role === 'subsidiary' ? (
            <>
              {text('group.name', { required: true })}
              {text('group.uscc', { required: true })}
            </>
          ) : null}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.section.contact')}</legend>
        <div className="grid">
          {text('department')}
          {text('contact.name')}
          {text('contact.phone', { type: 'tel' })}
          {text('contact.email', { type: 'email' })}
        </div>
      </fieldset>
      <footer className="page__actions">
        <button type="submit" className="button button--primary" disabled={saveState === 'saving'}>
          {saveState === 'saving' ? t('app.saving') : t('app.save')}
        </button>
        <span className="page__status" role="status" aria-live="polite">
          {saveState === 'saved' && !dirty ? t('app.saved') : dirty ? t('app.unsavedChanges') : ''}
        </span>
      </footer>
    </form>
  );
}
