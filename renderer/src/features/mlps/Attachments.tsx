/** Evidence files of one record (an item's evidence, a filing document), through the shared attachment store. */
import { useCallback, useEffect, useId, useState } from 'react';
import type { Attachment } from '../../../../shared/contract/files/schemas';
import { api } from '../../api/client';
import { useSaveState } from '../../api/save-state';
import { uploadFile } from '../../api/files';
import { useT } from '../../app/settings-store';

export function Attachments({
  entityId,
  label,
  onChange,
}: {
  entityId: string;
  label: string;
  /** After a file was added or removed. */ onChange?(): void;
}) {
  const t = useT();
  const inputId = useId();
  const [files, setFiles] = useState<Attachment[]>([]);
  const upload = useSaveState();
  const error = upload.refusal?.message;
  const busy = upload.state === 'saving';
  const owner = { domain: 'mlps', entityId };
  const load = useCallback(async () => setFiles(await api.call('attachments.list', { owner: { domain: 'mlps', entityId } })), [entityId]);
  useEffect(() => void load(), [load]);

  const add = async (chosen: FileList | null) => {
    if (!chosen) return;
    await upload.run(async () => {
      for (const file of chosen) await api.call('attachments.add', { path: await uploadFile(file), name: file.name, owner });
      await load();
      onChange?.();
    });
  };
  const remove = async (file: Attachment) => {
    if (!window.confirm(t('mlps.ui.confirmRemove'))) return;
    await api.call('attachments.remove', { id: file.id });
    await load();
    onChange?.();
  };

  return (
    <div className="attachments">
      <label htmlFor={inputId}>{label}</label>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <span>{file.name}</span>{' '}
            <button type="button" className="button button--small" onClick={() => void remove(file)}>
              {t('mlps.ui.remove')}
            </button>
          </li>
        ))}
      </ul>
      <input id={inputId} type="file" multiple disabled={busy} onChange={(e) => void add(e.target.files)} />
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
