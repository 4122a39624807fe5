"""The agentmx after-queue content filter: parse, score, store, dispatch, re-inject."""
