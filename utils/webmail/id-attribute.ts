/**
 * An id attribute's value, or '' when the webmail wrote a placeholder: since 2025-11 Gmail's `data-thread-perm-id`
 * can hold the string "undefined" (gmail.js issue 814; InboxSDK reads the legacy id instead), and a just-sent message
 * has an empty legacy id until it syncs. Every id Relance takes from Gmail's or Outlook's DOM goes through here.
 */
export function idAttribute(el: Element | null | undefined, name: string): string {
  const value = (el?.getAttribute(name) ?? '').trim();
  return value === '' || value === 'undefined' || value === 'null' || value === '#' ? '' : value;
}
