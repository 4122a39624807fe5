"""Shared fixtures: one real loopback stack per test run, the embedded scorer, and the shared data folder.

The stack (Postfix, Redis, Postgres+pgvector, Triton, zone DNS, sink, webhook receiver, the
agentmx milter and filter) starts once and is torn down at the end. Tests that break a part
of it (stop the filter, Postgres, ...) must leave it running again when they finish.
"""

from __future__ import annotations

import smtplib

import psycopg
import pytest

from agentmx.devstack import Stack
from support import SHARED_DATA, skipped_data_suites


@pytest.fixture(scope="session")
def stack() -> Stack:
    with Stack() as s:
        yield s


LOG_MARKS = pytest.StashKey[tuple[Stack, dict]]()


@pytest.fixture(autouse=True)
def _stack_log_marks(request):
    """For tests on the stack: where its logs stood when the test began (see the report hook)."""
    if "stack" in request.fixturenames:
        s = request.getfixturevalue("stack")
        request.node.stash[LOG_MARKS] = (s, s.log_marks())
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # A failed test on the stack reports what Postfix, the milter and the filter logged meanwhile:
    # a deferral's reason or a milter verdict is there, and the stack's work directory is gone.
    outcome = yield
    report = outcome.get_result()
    if report.failed and report.when == "call" and LOG_MARKS in item.stash:
        s, marks = item.stash[LOG_MARKS]
        report.sections.append(("stack logs during the test", s.log_since(marks)))


@pytest.fixture(scope="session")
def scorer():
    """The embedded scorer (scoring.load_scorer(): the shipped models in process), built once;
    tests using it are skipped when the model files are missing."""
    from agentmx_filter.models.runtime import ModelMissing
    from agentmx_filter.scoring import load_scorer

    try:
        return load_scorer()
    except ModelMissing as e:
        pytest.skip(str(e))


@pytest.fixture
def db(stack: Stack):
    with psycopg.connect(stack.config.postgres.dsn, autocommit=True) as conn:
        yield conn


@pytest.fixture
def smtp(stack: Stack):
    """A fresh SMTP client connection to the stack's Postfix smtpd."""
    client = smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=30)
    yield client
    try:
        client.quit()
    except smtplib.SMTPException:
        pass


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if skipped_data_suites:
        terminalreporter.write_sep("-", "data-driven suites skipped (no ../shared/data)")
        for s in sorted(skipped_data_suites):
            terminalreporter.write_line(f"  {SHARED_DATA / s}")
