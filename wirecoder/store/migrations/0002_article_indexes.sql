-- Schema version 2: indexes for the lookups the store makes on every write
-- (an article's records, deleted when its text changes) and the commonest filters.

CREATE INDEX events_article_id ON events (article_id);
CREATE INDEX stances_article_id ON stances (article_id);
CREATE INDEX commitments_article_id ON commitments (article_id);
CREATE INDEX events_event_type ON events (event_type);
