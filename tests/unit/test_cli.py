"""The `atlas` command: routing to the features, aliases, exit codes, and what `atlas serve` runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from atlas import cli
from atlas.app import serve


def run_atlas(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m atlas ARGS` in a subprocess, as a user (or a script) would run it."""
    return subprocess.run([sys.executable, "-m", "atlas", *args], capture_output=True, text=True, timeout=120)


def test_help_lists_every_command_with_its_old_name():
    result = run_atlas("--help")
    assert result.returncode == 0
    for name in ("serve", "risk", "outreach", "csr", "incidents", "routing", "coverage"):
        assert name in result.stdout


def test_an_unknown_command_is_refused_with_the_list_and_exit_code_2():
    result = run_atlas("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "outreach" in result.stderr


def test_no_command_is_a_usage_error():
    assert run_atlas().returncode == 2


@pytest.mark.parametrize(("alias", "name"), [("incidents", "risk"), ("routing", "outreach"), ("coverage", "csr")])
def test_the_old_spellings_reach_the_same_feature(alias, name):
    assert cli.canonical(alias) == name == cli.canonical(name)


def test_a_feature_command_keeps_its_own_arguments_and_exit_codes():
    """`atlas csr list` prints the concessions; a missing required argument is argparse's exit 2."""
    listed = run_atlas("csr", "list")
    assert listed.returncode == 0 and "Sabodala" in listed.stdout
    missing = run_atlas("outreach", "plan")
    assert missing.returncode == 2 and "usage: atlas outreach plan" in missing.stderr


def test_the_usage_line_names_the_spelling_the_user_typed(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["routing", "plan", "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("usage: atlas routing plan")


def test_serve_listens_on_loopback_unless_told_otherwise():
    argv = serve.streamlit_argv(8501, "127.0.0.1")
    assert argv[:2] == ["run", str(serve.ENTRY)] and serve.ENTRY.is_file()
    assert "--server.address=127.0.0.1" in argv and "--server.port=8501" in argv
    assert "--browser.gatherUsageStats=false" in argv and "--server.enableStaticServing=true" in argv
    assert "--server.maxUploadSize=50" in argv  # the upload limit is the validation limit (50 MB)
    lan = serve.streamlit_argv(9000, "0.0.0.0", ["--theme.base=dark"])
    assert "--server.address=0.0.0.0" in lan and lan[-1] == "--theme.base=dark"


def test_serve_parses_its_options_before_handing_over(monkeypatch):
    """The defaults reach Streamlit's command line: port 8501 on 127.0.0.1."""
    seen: list[list[str]] = []

    def fake_streamlit_main() -> int:
        seen.append(list(sys.argv))
        return 0

    from streamlit.web import cli as streamlit_cli

    monkeypatch.setattr(streamlit_cli, "main", fake_streamlit_main)
    assert serve.main([]) == 0
    assert seen and seen[0][:3] == ["streamlit", "run", str(serve.ENTRY)]
    assert "--server.address=127.0.0.1" in seen[0] and "--server.port=8501" in seen[0]


def test_lan_option_listens_on_every_interface_and_warns(monkeypatch, capsys):
    seen: list[list[str]] = []
    from streamlit.web import cli as streamlit_cli

    monkeypatch.setattr(streamlit_cli, "main", lambda: seen.append(list(sys.argv)) or 0)
    assert serve.main(["--lan", "--port", "8600"]) == 0
    assert "--server.address=0.0.0.0" in seen[0]
    err = capsys.readouterr().err
    assert "WARNING" in err and ":8600" in err
    assert serve.main([]) == 0 and "WARNING" not in capsys.readouterr().err  # loopback: no warning


def test_upload_limit_is_the_validation_limit():
    from atlas.layers.reader import MAX_FILE_BYTES

    flag = next(a for a in serve.streamlit_argv(8501, "127.0.0.1") if a.startswith("--server.maxUploadSize="))
    assert int(flag.split("=")[1]) * 2**20 == MAX_FILE_BYTES


def test_public_surface_settings():
    argv = serve.streamlit_argv(8501, "127.0.0.1")
    assert "--client.showErrorDetails=none" in argv and "--client.disableDataExport=true" in argv


HOSTILE_NAME = "Kédougou\x1b]0;owned\x07\x1b[2J\u202eevil\x9b"


def test_commands_strip_control_characters_from_what_they_echo():
    """An unknown concession named with terminal escapes: the refusal quotes it without them."""
    result = run_atlas("csr", "gaps", "--concession", HOSTILE_NAME)
    shown = result.stdout + result.stderr
    assert result.returncode != 0 and "Kédougou" in shown and "owned" in shown
    for char in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert char not in shown
    refused = run_atlas("outreach", "plan", "--season", HOSTILE_NAME)  # argparse's own "invalid choice"
    assert refused.returncode == 2 and "owned" in refused.stderr and "\x1b" not in refused.stderr


def test_clean_keeps_newlines_and_tabs():
    from atlas.foundation.terminal import clean

    assert clean("a\tb\nc\x1b[31md\x00\u2066") == "a\tb\nc[31md"
