// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { idAttribute } from '../../../utils/webmail/id-attribute';
import { readOutlookList } from '../../../utils/webmail/outlook/read-outlook-page';

describe('id attributes', () => {
  it('are never taken when the webmail left a placeholder ("undefined", empty)', () => {
    const el = document.createElement('h2');
    for (const placeholder of ['undefined', '', ' ', 'null', '#']) {
      el.setAttribute('data-thread-perm-id', placeholder);
      expect(idAttribute(el, 'data-thread-perm-id')).toBe('');
    }
    expect(idAttribute(el, 'data-legacy-thread-id')).toBe('');
    el.setAttribute('data-legacy-thread-id', '1a0a417372039f83');
    expect(idAttribute(el, 'data-legacy-thread-id')).toBe('1a0a417372039f83');
    expect(idAttribute(null, 'data-legacy-thread-id')).toBe('');
  });

  it('keep an Outlook row without a real conversation id out of the list', () => {
    document.body.innerHTML =
      '<div id="MailList"><div role="listbox"><div role="option" data-convid="AAQkADAw1"></div><div role="option" data-convid="undefined"></div><div role="option" data-convid=""></div></div></div>';
    expect(readOutlookList(document).threadIds).toEqual(['AAQkADAw1']);
  });
});
