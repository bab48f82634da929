-- A host organisation's OID (issue #12): the identifier the European Commission's Organisation
-- Registration System gives every organisation taking part in Erasmus+ ("E" and eight digits). The
-- Beneficiary Module file names the receiving organisation by it; empty until the coordinator knows it.
ALTER TABLE host_organisation ADD COLUMN oid VARCHAR(9) NULL;
