"""The configuration file: documented defaults, clear errors."""

from pathlib import Path

import pytest

from agentmx import config

EXAMPLE = Path(__file__).resolve().parents[1] / "agentmx.example.toml"


def test_example_file_documents_every_key_with_its_default():
    parsed = config.parse(EXAMPLE.read_text(), str(EXAMPLE))
    assert parsed == config.Config(), "agentmx.example.toml must show the defaults"
    text = EXAMPLE.read_text()
    for section, keys in config.Config().__dict__.items():
        assert f"[{section}]" in text
        for key in keys.__dict__:
            assert f"\n{key} = " in text, f"{section}.{key} is not documented in agentmx.example.toml"


def test_unknown_key_is_an_error_naming_it():
    with pytest.raises(config.ConfigError, match=r"unknown key filter\.lisen"):
        config.parse('[filter]\nlisen = "127.0.0.1:1"\n')


def test_wrong_type_is_an_error():
    with pytest.raises(config.ConfigError, match=r"filter\.workers must be int"):
        config.parse('[filter]\nworkers = "ten"\n')


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(config.ConfigError, match="does not exist"):
        config.load(tmp_path / "nope.toml")


def test_round_trip_through_toml():
    cfg = config.Config()
    cfg.filter.listen = "127.0.0.1:2025"
    cfg.triton.timeout_s = 0.5
    assert config.parse(cfg.to_toml()) == cfg
