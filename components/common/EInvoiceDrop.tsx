import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n/translator';

interface Props {
  t: Translate;
  onFile: (file: File) => void;
}

/** Drop a Factur-X PDF or an e-invoice XML here (or pick one): its facts fill the form. Sidebar and dashboard. */
export function EInvoiceDrop({ t, onFile }: Props) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <label
      class={over ? 'drop over' : 'drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      {t('sb_drop')}
      <input type="file" accept=".pdf,.xml,application/pdf,application/xml,text/xml" onChange={(e) => take(e.currentTarget.files)} />
    </label>
  );
}
