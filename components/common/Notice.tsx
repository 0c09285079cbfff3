export interface NoticeProps {
  text?: string;
  tone: 'ok' | 'error' | 'info';
}

/** A message announced to screen readers: errors interrupt (alert), the rest waits its turn (status). */
export function Notice({ text, tone }: NoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} hidden={!text}>
      {text}
    </div>
  );
}
