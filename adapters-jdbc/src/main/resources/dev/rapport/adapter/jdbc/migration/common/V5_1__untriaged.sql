-- Whether a contact came in by import and the owner has not given it a tier yet (SPEC §9's
-- triage): its tier is only the default. Every contact stored before is the owner's own choice.
ALTER TABLE contacts ADD COLUMN untriaged BOOLEAN NOT NULL DEFAULT FALSE;
