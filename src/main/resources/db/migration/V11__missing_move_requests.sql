-- Issue 11: moves people asked for that no guide covers, counted for the guide authors ("/transition authors").
-- One row per request, so concurrent copies never contend for a counter; who asked is not kept.
CREATE TABLE missing_move_requests (
    from_key   VARCHAR(100) NOT NULL,                    -- a role id from roles.yml, or the role as typed (redacted, lower case)
    from_known BOOLEAN      NOT NULL,                    -- whether from_key is a role id
    to_key     VARCHAR(100) NOT NULL,
    to_known   BOOLEAN      NOT NULL,
    asked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX missing_move_requests_move ON missing_move_requests (from_key, to_key);
