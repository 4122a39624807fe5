-- 002: the full analysis per message (DMZ view, hidden evidence, verdicts, extractions,
-- attachments, threads), inboxes, suppressions, webhook secret rotation and dead letters,
-- and the views agents read. docs/schema.md describes every table and view.

-- Agents' inboxes. A message belongs to every inbox among its envelope recipients.
CREATE TABLE inboxes (
    id          bigserial PRIMARY KEY,
    address     text NOT NULL,
    agent       text,                     -- who owns it (the SASL login of the agent), free text
    -- per-inbox action on arrival: deliver as usual, quarantine, hold for human review, forward
    action      text NOT NULL DEFAULT 'deliver'
                CHECK (action IN ('deliver', 'quarantine', 'hold', 'forward')),
    forward_to  text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX inboxes_address ON inboxes (lower(address));

-- Conversations: Message-ID / In-Reply-To / References, with a vector for retrieval.
CREATE TABLE threads (
    id               bigserial PRIMARY KEY,
    -- the first message of the thread as far as its messages know (bare Message-ID), or
    -- 'noid:' + dedupe key for a message without any id
    root             text NOT NULL UNIQUE,
    subject_key      text NOT NULL DEFAULT '',
    first_message_at timestamptz NOT NULL DEFAULT now(),
    last_message_at  timestamptz NOT NULL DEFAULT now(),
    message_count    integer NOT NULL DEFAULT 0,
    -- all-MiniLM-L6-v2 sized; NULL until an embedder fills it
    embedding        vector(384)
);
CREATE INDEX threads_last_message_at ON threads (last_message_at);
CREATE INDEX threads_embedding ON threads USING hnsw (embedding vector_cosine_ops);

-- The message row grows the whole analysis. Scores follow the scoring contract
-- (scoring.Scores); what a scorer does not give stays NULL.
ALTER TABLE messages RENAME COLUMN injection_model TO model;
ALTER TABLE messages
    ADD COLUMN date_header          text,
    ADD COLUMN content_type         text,
    ADD COLUMN hidden               jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN injection_verdict    text CHECK (injection_verdict IN ('clear', 'review', 'block')),
    ADD COLUMN injection_evidence   jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN category             text,
    ADD COLUMN category_confidence  real,
    ADD COLUMN extracted            jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN thread_id            bigint REFERENCES threads (id),
    ADD COLUMN in_reply_to          text,
    ADD COLUMN "references"         text[] NOT NULL DEFAULT '{}',
    ADD COLUMN auto_reply           boolean NOT NULL DEFAULT false,
    ADD COLUMN auto_submitted       boolean NOT NULL DEFAULT false,
    ADD COLUMN auto_reason          text,
    ADD COLUMN bounce               jsonb,
    ADD COLUMN mime                 jsonb NOT NULL DEFAULT '{}',
    -- set once Postfix's re-injection smtpd took the message: a retry after that answers 250
    -- without re-injecting, so a filter crash duplicates downstream only inside that gap
    ADD COLUMN reinjected_at        timestamptz,
    ADD COLUMN reinject_reply       text,
    ADD COLUMN embedding            vector(384);
CREATE INDEX messages_thread_id ON messages (thread_id);
CREATE INDEX messages_rcpt_to ON messages USING gin (rcpt_to);

-- One row per extracted fact, for "the newest code sent to this inbox" in one indexed query.
CREATE TABLE extractions (
    id          bigserial PRIMARY KEY,
    message_id  bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    kind        text NOT NULL,  -- code | link | order_number | tracking_number | date | amount
    value       text NOT NULL,  -- what a user would type or click
    detail      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX extractions_message ON extractions (message_id);
CREATE INDEX extractions_kind_value ON extractions (kind, value);

-- Attachment metadata (the bytes stay in the message, which Postfix delivers on).
CREATE TABLE attachments (
    message_id    bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    name          text,
    content_type  text NOT NULL,
    size_bytes    integer NOT NULL,
    sha256        text NOT NULL,
    disposition   text,
    content_id    text,
    text          text,          -- extracted where cheap (text/*, calendar, json, message/rfc822)
    PRIMARY KEY (message_id, position)
);
CREATE INDEX attachments_sha256 ON attachments (sha256);

-- Hard bounces and complaints: outbound mail to these is refused.
CREATE TABLE suppressions (
    address            text PRIMARY KEY,   -- lower-cased
    reason             text NOT NULL,      -- hard-bounce:<reason> | complaint:<feedback-type>
    source_message_id  bigint REFERENCES messages (id) ON DELETE SET NULL,
    hits               integer NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

-- Secret rotation: during the overlap both secrets sign every delivery.
ALTER TABLE webhook_endpoints
    ADD COLUMN previous_secret          text,
    ADD COLUMN previous_secret_expires  timestamptz,
    ADD COLUMN description              text;

-- Dead letters: the retry horizon runs from retry_from (creation, or the last replay).
ALTER TABLE webhook_outbox
    ADD COLUMN retry_from  timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN dead_at     timestamptz,
    ADD COLUMN replays     integer NOT NULL DEFAULT 0;
CREATE INDEX webhook_outbox_dead ON webhook_outbox (dead_at) WHERE status = 'dead';

-- --- views: what agents read ------------------------------------------------------------

-- One row per (message, recipient): the agent-safe view and its verdicts, never raw MIME,
-- never the hidden fragments (those are evidence, in messages.hidden).
CREATE VIEW agent_messages AS
SELECT m.id,
       r.rcpt                       AS inbox,
       i.id                         AS inbox_id,
       m.received_at,
       m.message_id,
       m.from_header                AS "from",
       m.subject,
       m.text,
       m.injection_score,
       m.injection_verdict,
       m.category,
       m.category_confidence,
       m.extracted,
       COALESCE((SELECT jsonb_agg(jsonb_build_object(
                    'name', a.name, 'content_type', a.content_type, 'size', a.size_bytes,
                    'sha256', a.sha256) ORDER BY a.position)
                 FROM attachments a WHERE a.message_id = m.id), '[]'::jsonb) AS attachments,
       m.thread_id,
       m.auto_reply,
       m.auto_submitted,
       m.bounce IS NOT NULL         AS is_bounce,
       jsonb_array_length(m.hidden) AS hidden_count,
       m.auth_results
FROM messages m
CROSS JOIN LATERAL unnest(m.rcpt_to) AS r (rcpt)
LEFT JOIN inboxes i ON lower(i.address) = lower(r.rcpt);

-- Verification codes per inbox, newest first: what an agent waits on after signing up.
CREATE VIEW agent_codes AS
SELECT e.value AS code, am.inbox, am.inbox_id, am.id AS message_id, am.received_at, am."from",
       am.subject, am.injection_verdict
FROM extractions e
JOIN agent_messages am ON am.id = e.message_id
WHERE e.kind = 'code';

-- Threads with their newest activity, for an agent assembling context.
CREATE VIEW agent_threads AS
SELECT t.id, t.root, t.subject_key, t.first_message_at, t.last_message_at, t.message_count,
       array_agg(m.id ORDER BY m.received_at) AS message_ids
FROM threads t
JOIN messages m ON m.thread_id = t.id
GROUP BY t.id;
