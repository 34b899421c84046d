// 4: programme settings (organisation, programme, signer, logo) and a person's salutation.
// The logo is stored as the data URI the reports embed; a salutation is a language-neutral
// kind ('ms', 'mr', 'mx') from which certificates take the grammatical form of the role.
export const settingsAndSalutation = `
  CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  ALTER TABLE person ADD COLUMN salutation TEXT CHECK (salutation IN ('ms', 'mr', 'mx'));
`;
