"""The filter scores concurrent messages in batches, and one bad message never fails the others."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from agentmx_filter.inference import InferenceUnavailable
from agentmx_filter.scoring import Category, Injection, ScoreInput, Scores
from agentmx_filter.server import BatchingScorer


class RecordingScorer:
    """Scores 'text' as its length; raises on 'boom'; remembers the batch sizes it was given."""

    name = "recording"

    def __init__(self, delay: float = 0.05, unavailable: bool = False) -> None:
        self.batches: list[int] = []
        self.delay = delay
        self.unavailable = unavailable
        self.lock = threading.Lock()

    def score(self, batch: list[ScoreInput]) -> list[Scores]:
        with self.lock:
            self.batches.append(len(batch))
        time.sleep(self.delay)
        if self.unavailable:
            raise InferenceUnavailable("triton down", action="tempfail")
        if any(s.text == "boom" for s in batch):
            raise ValueError("cannot score boom")
        return [Scores(Injection(len(s.text) / 100, "clear", []), Category("personal", 1.0), self.name) for s in batch]


def run_concurrently(scorer: BatchingScorer, texts: list[str]) -> list:
    async def main():
        return await asyncio.gather(*(scorer.score(ScoreInput(text=t)) for t in texts), return_exceptions=True)

    return asyncio.run(main())


@pytest.fixture
def executor():
    with ThreadPoolExecutor(4) as ex:
        yield ex


def test_concurrent_messages_share_model_calls_and_keep_their_own_scores(executor):
    inner = RecordingScorer()
    results = run_concurrently(BatchingScorer(inner, executor, max_batch=8), ["x" * n for n in range(1, 21)])
    assert [r.injection.score for r in results] == [n / 100 for n in range(1, 21)]
    assert sum(inner.batches) == 20 and len(inner.batches) < 20
    assert max(inner.batches) <= 8


def test_a_message_that_breaks_scoring_fails_alone(executor):
    inner = RecordingScorer()
    results = run_concurrently(BatchingScorer(inner, executor), ["fine", "boom", "also fine"])
    assert isinstance(results[1], ValueError)
    assert results[0].injection.score == 0.04 and results[2].injection.score == 0.09


def test_triton_unavailable_reaches_every_waiting_message(executor):
    results = run_concurrently(BatchingScorer(RecordingScorer(unavailable=True), executor), ["a", "b", "c"])
    assert all(isinstance(r, InferenceUnavailable) for r in results)
