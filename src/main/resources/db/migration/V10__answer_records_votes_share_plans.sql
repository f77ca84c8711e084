-- Issue 10: feedback names a stored answer and counts one vote per person; a share names the plan it showed.

-- Rows written by 👍/👎 before this carried whatever text the button held (it could be forged) and could be repeated
-- at will: they cannot be trusted, so they go. Unanswered questions stay (redacted from now on, purged by age).
DELETE FROM unanswered_questions WHERE reason <> 'unanswered';
CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at);

-- An answer given to someone, which the 👍/👎 buttons under it name by id. The question is kept redacted.
CREATE TABLE answer_records (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    question    VARCHAR(2000) NOT NULL,
    normalized  VARCHAR(500)  NOT NULL,                  -- as in unanswered_questions: "the same question"
    guide_id    VARCHAR(200)  NOT NULL,
    section_key VARCHAR(32)   NOT NULL,
    passage     VARCHAR(400)  NOT NULL,                  -- the title of the passage the answer opened with
    user_id     VARCHAR(64)   NOT NULL,                  -- who was answered
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX answer_records_answered_at ON answer_records (answered_at);

-- One vote per person per answer: the primary key is what stops a second one; a second click changes it.
CREATE TABLE answer_votes (
    answer_id VARCHAR(36) NOT NULL REFERENCES answer_records (id) ON DELETE CASCADE,
    user_id   VARCHAR(64) NOT NULL,
    helpful   BOOLEAN     NOT NULL,
    voted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

-- The plan a share showed: the team view lists the owner only while that plan is still theirs and not unshared.
-- Shares from before this name the owner's current plan of the same guide, if they still have it.
ALTER TABLE plan_shares ADD COLUMN plan_id VARCHAR(36);
ALTER TABLE plan_shares ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
UPDATE plan_shares SET plan_id = (SELECT p.id FROM study_plans p
                                  WHERE p.user_id = plan_shares.owner_id AND p.guide_id = plan_shares.guide_id);
