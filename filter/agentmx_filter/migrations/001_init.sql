-- 001: messages, the webhook endpoints and the delivery outbox.

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE messages (
    id              bigserial PRIMARY KEY,
    -- sha256 over envelope and bytes: a Postfix retry hands over the same queue file,
    -- so a retried delivery maps to the same key and never makes a second row.
    dedupe_key      text NOT NULL UNIQUE,
    queue_id        text,
    received_at     timestamptz NOT NULL DEFAULT now(),
    client_addr     text,
    client_helo     text,
    mail_from       text NOT NULL,
    rcpt_to         text[] NOT NULL,
    size_bytes      integer NOT NULL,
    message_id      text,
    subject         text,
    from_header     text,
    -- our own Authentication-Results header as the milter wrote it
    auth_results    text,
    -- the text an agent reads
    text            text NOT NULL,
    injection_score real,
    injection_model text
);
CREATE INDEX messages_received_at ON messages (received_at);
CREATE INDEX messages_message_id ON messages (message_id);

CREATE TABLE webhook_endpoints (
    id          serial PRIMARY KEY,
    url         text NOT NULL,
    -- Standard Webhooks secret, "whsec_" + base64
    secret      text NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_outbox (
    id              bigserial PRIMARY KEY,
    -- the webhook-id header: the same on every retry so receivers can deduplicate
    webhook_id      text NOT NULL UNIQUE,
    endpoint_id     integer NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    message_id      bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    event_type      text NOT NULL,
    payload         jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    UNIQUE (endpoint_id, message_id, event_type)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending';
