-- What several copies of the app on one PostgreSQL server share beyond plans: which Slack events were taken (so a
-- redelivery reaching another copy is answered once), each conversation's context (so a follow-up may reach any
-- copy), and check-in claims with a lease (so a copy that dies before posting hands the check-in over).

-- One row per Slack event_id taken by a copy; answered once its reply was posted. Kept for a while, then purged.
CREATE TABLE slack_events_taken (
    event_id    VARCHAR(128) NOT NULL PRIMARY KEY,
    holder      VARCHAR(64)  NOT NULL,                   -- the copy that took it
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answered    BOOLEAN      NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slack_events_taken_expiry ON slack_events_taken (expires_at);

-- One row per conversation (a DM channel, a channel thread, a person's last slash-command guide): the context as
-- JSON written by Jackson (storage.StoredConversation); a conversation untouched until expires_at starts afresh.
CREATE TABLE conversation_states (
    conversation_key VARCHAR(300)  NOT NULL PRIMARY KEY,
    state            VARCHAR(100000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_states_expiry ON conversation_states (expires_at);

-- A week's check-in goes CLAIMED (by holder, until lease_until) -> POSTING (the post is under way) -> SENT, SKIPPED
-- or UNKNOWN (the post may or may not have reached Slack: never sent again). A CLAIMED row whose lease ran out is
-- taken over by another copy; a POSTING row whose lease ran out becomes UNKNOWN. Rows from before: SENT.
ALTER TABLE checkins_sent ADD COLUMN state VARCHAR(16) DEFAULT 'SENT' NOT NULL;
ALTER TABLE checkins_sent ADD COLUMN holder VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE checkins_sent ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
