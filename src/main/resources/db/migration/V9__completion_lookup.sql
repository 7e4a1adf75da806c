-- Who has completed a lesson: the statistics and the module reach look lesson completions up by lesson first.
CREATE INDEX ix_completion_lesson ON lesson_completion (lesson_id, account_id);
