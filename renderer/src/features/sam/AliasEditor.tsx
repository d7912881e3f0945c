import { useEffect, useState, type FormEvent } from 'react';
import type { AliasDictionary } from '../../../../shared/contract/sam/aliases';
import { api, ApiError } from '../../api/client';
import { type SaveRefusal, useSaveState } from '../../api/save-state';
import { useT } from '../../app/settings-store';
import { Field } from '../../components/Field';
import { withPublisherAlias, withoutPublisherAlias } from './alias-edits';

/**
 * The publisher alias dictionary, editable: each publisher with the names ledgers give it; add a name to a
 * publisher or remove one. A name another publisher already goes by is refused at the name's field, and
 * the dictionary stays as it was.
 */
/** The only name an edit brings in is the one typed: whatever the schema refuses is refused there. */
function refusedAtAlias(failure: unknown): SaveRefusal {
  const message = failure instanceof ApiError ? (Object.values(failure.fieldErrors())[0] ?? failure.message) : String(failure);
  return { state: 'invalid', fieldErrors: { alias: message }, message };
}

export function AliasEditor() {
  const t = useT();
  const [dictionary, setDictionary] = useState<AliasDictionary | null>(null);
  const [publisher, setPublisher] = useState('');
  const [alias, setAlias] = useState('');
  const saving = useSaveState(refusedAtAlias);
  const errors: { publisher?: string; alias?: string } = saving.refusal?.fieldErrors ?? {};

  useEffect(() => {
    void api.call('sam.aliases.get', {}).then((result) => setDictionary(result.dictionary));
  }, []);

  const save = async (next: AliasDictionary): Promise<boolean> => {
    const saved = await saving.run(async () => {
      await api.call('sam.aliases.save', { dictionary: next });
      setDictionary(next);
      return true;
    });
    return saved === true;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (dictionary === null) return;
    const missing = {
      ...(publisher.trim() === '' ? { publisher: t('sam.value.required') } : {}),
      ...(alias.trim() === '' ? { alias: t('sam.value.required') } : {}),
    };
    if (Object.keys(missing).length > 0) return saving.refuse({ state: 'invalid', fieldErrors: missing, message: t('app.errorsBelow') });
    if (await save(withPublisherAlias(dictionary, publisher, alias))) setAlias('');
  };

  if (dictionary === null) return null;
  return (
    <section className="card sam-aliases" aria-labelledby="sam-aliases-title">
      <h2 id="sam-aliases-title">{t('sam.ui.aliasesTitle')}</h2>
      <p className="page__intro">{t('sam.ui.aliasesIntro')}</p>
      <table className="table" aria-labelledby="sam-aliases-title">
        <thead>
          <tr>
            <th scope="col">{t('sam.field.publisher')}</th>
            <th scope="col">{t('sam.ui.aliasNames')}</th>
          </tr>
        </thead>
        <tbody>
          {dictionary.publishers.map((entry) => (
            <tr key={entry.name}>
              <th scope="row">{entry.name}</th>
              <td>
                {entry.aliases.map((name) => (
                  <span key={name} className="sam-alias">
                    {name}{' '}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('sam.ui.aliasRemove', { alias: name, publisher: entry.name })}
                      onClick={() => void save(withoutPublisherAlias(dictionary, entry.name, name))}
                    >
                      ×
                    </button>{' '}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="grid" onSubmit={(event) => void add(event)} noValidate aria-label={t('sam.ui.aliasAdd')}>
        <Field label={t('sam.field.publisher')} error={errors.publisher} required>
          {(a11y) => (
            <>
              <input
                {...a11y}
                type="text"
                list="sam-alias-publishers"
                value={publisher}
                onChange={(event) => setPublisher(event.target.value)}
              />
              <datalist id="sam-alias-publishers">
                {dictionary.publishers.map((entry) => (
                  <option key={entry.name} value={entry.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('sam.ui.aliasName')} error={errors.alias} required>
          {(a11y) => <input {...a11y} type="text" value={alias} onChange={(event) => setAlias(event.target.value)} />}
        </Field>
        <div className="page__actions">
          <button type="submit" className="button">
            {t('sam.ui.aliasAdd')}
          </button>
        </div>
      </form>
    </section>
  );
}
