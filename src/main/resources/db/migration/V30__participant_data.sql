-- Participant data the EU documents ask for (Learning Agreement header, Beneficiary Module row):
-- date of birth, nationality and gender as the Beneficiary Module codes it (FEMALE, MALE, UNDEFINED).
-- Entered by the student on their account page, required only before signing a Learning Agreement;
-- personal data: exported with the student's data, cleared when their last application file is purged.
ALTER TABLE account ADD COLUMN birth_date DATE NULL;
ALTER TABLE account ADD COLUMN nationality_code CHAR(2) NULL;
ALTER TABLE account ADD COLUMN gender VARCHAR(10) NULL;
ALTER TABLE account ADD CONSTRAINT fk_account_nationality FOREIGN KEY (nationality_code) REFERENCES country (code);
