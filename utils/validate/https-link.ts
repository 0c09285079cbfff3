/** `value` when it is an https:// URL, else undefined: links the UI renders as `href` are never `javascript:`, `data:` or plain http. */
export function httpsLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}
