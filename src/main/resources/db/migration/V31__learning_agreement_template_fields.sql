-- Fields of the EU "Learning Agreement for Traineeships" (KA131) template the agreement lacked.
-- Table A: the virtual component of a blended traineeship (optional).
ALTER TABLE learning_agreement ADD COLUMN virtual_component TEXT NULL;
-- Table B: what the grade is based on, and the sending institution's own insurance with its coverage.
ALTER TABLE learning_agreement ADD COLUMN grade_certificate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN grade_report BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN grade_interview BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN sending_accident BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN sending_accident_travel BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN sending_accident_commute BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN sending_liability BOOLEAN DEFAULT FALSE NOT NULL;
-- Table C: what the receiving organisation's accident insurance covers.
ALTER TABLE learning_agreement ADD COLUMN host_accident_travel BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE learning_agreement ADD COLUMN host_accident_commute BOOLEAN DEFAULT FALSE NOT NULL;
-- Receiving organisation: a supervisor other than the mentor, if any (optional).
ALTER TABLE learning_agreement ADD COLUMN supervisor_name VARCHAR(120) NULL;
ALTER TABLE learning_agreement ADD COLUMN supervisor_position VARCHAR(120) NULL;
ALTER TABLE learning_agreement ADD COLUMN supervisor_email VARCHAR(254) NULL;
ALTER TABLE learning_agreement ADD COLUMN supervisor_phone VARCHAR(40) NULL;
-- Sending institution: what the header asks of it. Empty until known (the PDF leaves them out).
ALTER TABLE campus ADD COLUMN erasmus_code VARCHAR(20) NULL;
ALTER TABLE campus ADD COLUMN department VARCHAR(200) NULL;
ALTER TABLE campus ADD COLUMN address VARCHAR(255) NULL;
ALTER TABLE campus ADD COLUMN phone VARCHAR(40) NULL;
