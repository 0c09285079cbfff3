/**
 * Handlers that write, export or insert run only for events the user caused. A script in the webmail page can
 * dispatch clicks and submits (`isTrusted` false) but never trusted ones (issue 23). A submit must also come from a
 * button or the Enter key (it then has a submitter): `form.requestSubmit()` from a script has none.
 */
export function userOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    const submitter = typeof SubmitEvent !== 'undefined' && event instanceof SubmitEvent ? event.submitter : undefined;
    if (event.isTrusted && submitter !== null) handler(event);
    else event.preventDefault();
  };
}

/** On a submit button: a synthetic click is cancelled, so it cannot submit the form on the page's behalf. */
export const refuseSyntheticClick = userOnly<Event>(() => undefined);
