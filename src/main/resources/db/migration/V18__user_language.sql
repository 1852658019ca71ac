-- Each user's own language (issue 17): 'en' or 'de'; NULL lets the browser's language decide.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
ALTER TABLE app_user ADD CONSTRAINT app_user_language_known CHECK (language IS NULL OR language IN ('en', 'de'));
