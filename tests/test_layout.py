"""The packaging promises: our import names shadow nothing, and the Postfix snippets explain themselves."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pymilter_modules_are_not_shadowed_from_the_checkout_root():
    # Run from the checkout root, where a folder named milter/ sits: pymilter's own modules must win.
    code = "import milter, mime, Milter; print(milter.__file__); print(mime.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    milter_file, mime_file = out.stdout.split()
    assert milter_file.endswith(".so") and "site-packages" in milter_file
    assert "site-packages" in mime_file
    assert not (ROOT / "milter" / "__init__.py").exists()
    assert not (ROOT / "filter" / "__init__.py").exists()


def test_every_postfix_setting_is_explained_by_a_comment_above_it():
    for name in ("main.cf", "master.cf"):
        previous = ""
        for line in (ROOT / "postfix" / name).read_text().splitlines():
            stripped = line.strip()
            starts_entry = stripped and not stripped.startswith("#") and not line[0].isspace()
            if starts_entry:
                assert previous.startswith("#"), f"postfix/{name}: no comment above {stripped!r}"
            if stripped:
                previous = stripped


def test_postfix_show_renders_the_configured_ports(tmp_path):
    cfg = tmp_path / "a.toml"
    cfg.write_text('[filter]\nlisten = "127.0.0.1:12025"\nreinject = "127.0.0.1:12026"\n'
                   '[milter]\nsocket = "unix:/run/agentmx/m.sock"\n')
    out = subprocess.run([str(Path(sys.executable).parent / "agentmx"), "-c", str(cfg), "postfix", "show"],
                         capture_output=True, text=True, check=True).stdout
    assert "content_filter = agentmx-filter:[127.0.0.1]:12025" in out
    assert "smtpd_milters = unix:/run/agentmx/m.sock" in out
    assert "127.0.0.1:12026 inet n - n - - smtpd" in out
    assert "milter_default_action = tempfail" in out
