/** The part of an address after "@", trimmed and lower-cased; '' when there is none. */
export const domainOf = (email: string | undefined): string => (email ?? '').trim().toLowerCase().split('@')[1] ?? '';
