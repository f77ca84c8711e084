-- Where a check-in's time zone came from (plans.ZoneSource): TYPED in the command, the person's Slack PROFILE, or
-- the default zone and why (NO_PROFILE, PROFILE_WITHOUT_ZONE, PROFILE_UNAVAILABLE). Schedules saved before this
-- column existed count as typed: nothing says otherwise.
ALTER TABLE checkin_schedules ADD COLUMN zone_source VARCHAR(32) DEFAULT 'TYPED' NOT NULL;
