-- Coordinator campus scope: a coordinator sees the files of their own campus only, unless the
-- administrator allows them to see both campuses. Off for every existing and new account.
ALTER TABLE account ADD COLUMN sees_both_campuses BOOLEAN DEFAULT FALSE NOT NULL;
