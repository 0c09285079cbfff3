/** The two languages Relance speaks, to the user and to their clients: French first, English complete. */
export type Language = 'fr' | 'en';
