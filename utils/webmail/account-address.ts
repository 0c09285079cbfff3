const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The first e-mail address in a piece of page chrome (Gmail's title, Outlook's account button), lower-cased. */
export function accountAddressIn(...texts: Array<string | null | undefined>): string | undefined {
  for (const text of texts) {
    const match = text ? EMAIL.exec(text) : null;
    if (match) return match[0].toLowerCase();
  }
  return undefined;
}
