import { describe, expect, it } from 'vitest';
import { CONNECTOR_IDS } from '../../../utils/connectors/connector-ids';
import { CONNECTORS } from '../../../utils/connectors/connectors';

describe('the connector ids the messages accept', () => {
  it('are every connector, in the order the options page lists them', () => {
    expect(CONNECTORS.map((c) => c.id)).toEqual([...CONNECTOR_IDS]);
  });
});
