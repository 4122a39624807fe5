"""`agentmx scan`: one JSON object per message with the BRIEF's fields, for files, directories and mboxes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from agentmx_filter.scan import scan

MSG = (b"From: Example <noreply@example.com>\r\nTo: agent@agents.test\r\nSubject: Your code\r\n"
       b"Message-ID: <m1@example.com>\r\nContent-Type: text/html\r\n\r\n"
       b"<p>Your verification code is <b>123 456</b></p><div style='display:none'>psst</div>\r\n")
MBOX = (b"From a@example.com Mon Jan  1 00:00:00 2024\nSubject: one\nMessage-ID: <o1@example.com>\n\nfirst\n"
        b">From the archive\n\n"
        b"From b@example.com Mon Jan  1 00:00:01 2024\nSubject: two\nMessage-ID: <o2@example.com>\n\nsecond\n")
FIELDS = {"source", "message_id", "text", "hidden", "injection", "category", "extracted", "attachments"}


def _scan(paths: list[str]) -> list[dict]:
    out = io.StringIO()
    scan(paths, out, score=False)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_file_result_has_the_contract_fields(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(MSG)
    [r] = _scan([str(tmp_path / "a.eml")])
    assert FIELDS <= r.keys()
    assert r["source"] == str(tmp_path / "a.eml")
    assert r["message_id"] == "<m1@example.com>"
    assert r["text"] == "Your verification code is 123 456"
    assert r["hidden"] == [{"text": "psst", "how": "display:none"}]
    assert r["extracted"]["codes"] == ["123456"]
    assert set(r["injection"]) == {"score", "verdict", "evidence"}
    assert set(r["category"]) == {"label", "confidence"}


def test_mbox_messages_are_numbered(tmp_path: Path) -> None:
    (tmp_path / "box.mbox").write_bytes(MBOX)
    rs = _scan([str(tmp_path / "box.mbox")])
    assert [r["source"] for r in rs] == [f"{tmp_path / 'box.mbox'}:1", f"{tmp_path / 'box.mbox'}:2"]
    assert rs[0]["text"] == "first\nFrom the archive"
    assert rs[1]["text"] == "second"


def test_directory_is_walked_and_manifests_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.eml").write_bytes(MSG)
    (tmp_path / "y.eml").write_bytes(MSG)
    (tmp_path / "MANIFEST.tsv").write_text("file\tlabel\n")
    assert sorted(Path(r["source"]).name for r in _scan([str(tmp_path)])) == ["x.eml", "y.eml"]


def test_cli_prints_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(MSG)
    agentmx = Path(sys.executable).with_name("agentmx")
    p = subprocess.run([str(agentmx), "scan", "--no-score", str(tmp_path / "a.eml")], capture_output=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout.decode().splitlines()[0])["extracted"]["codes"] == ["123456"]
