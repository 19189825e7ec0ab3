"""The ``midas`` command as scripts and other tools use it: real processes, exit codes, JSON Lines."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import midas_bin, td3

ICAO_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def midas(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([midas_bin(), *args], input=stdin, capture_output=True, text=True, timeout=120)


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def assert_one_line_error(result: subprocess.CompletedProcess[str], status: int) -> None:
    assert result.returncode == status, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_mrz_check_arguments_gives_the_contract_object() -> None:
    result = midas("mrz", "check", "--json", *ICAO_TD3)
    assert result.returncode == 0, result.stderr
    [obj] = json_lines(result.stdout)
    assert obj["valid"] is True and obj["type"] == "TD3" and obj["expired"] is True
    assert obj["fields"]["document_number"] == "L898902C3"
    assert obj["checks"]["composite"] == {"ok": True, "expected": "0", "found": "0"}


def test_mrz_check_documents_on_stdin_one_result_each_in_order() -> None:
    bad = [ICAO_TD3[0], ICAO_TD3[1][:9] + "7" + ICAO_TD3[1][10:]]
    text = "\n".join(ICAO_TD3) + "\n\n" + "\n".join(bad) + "\n"
    result = midas("mrz", "check", "--json", stdin=text)
    assert result.returncode == 0  # an invalid MRZ that was checked is a job done
    first, second = json_lines(result.stdout)
    assert first["valid"] is True and second["valid"] is False
    finding = second["findings"][0]
    assert finding["field"] == "document_number" and finding["expected"] == "6" and finding["found"] == "7"


def test_stay_evaluate_worked_example_4() -> None:
    scenario = {
        "rule": {"kind": "shared_area", "max_days": 90, "area": ["GTM", "SLV", "HND", "NIC"]},
        "movements": [
            {"country": "GTM", "entry": "2025-01-01", "exit": "2025-02-15"},
            {"country": "HND", "entry": "2025-02-15", "exit": None},
        ],
        "check_date": "2025-04-05",
    }
    result = midas("stay", "evaluate", "--json", stdin=json.dumps(scenario))
    assert result.returncode == 0, result.stderr
    [obj] = json_lines(result.stdout)
    assert {k: obj[k] for k in ("days_used", "days_remaining", "overstay_days", "latest_exit", "rule")} == {
        "days_used": 95,
        "days_remaining": 0,
        "overstay_days": 5,
        "latest_exit": "2025-03-31",
        "rule": "shared_area",
    }


@pytest.mark.parametrize(
    "stdin",
    ["{not json", '{"rule": {"kind": "weekly", "max_days": 3}, "movements": [], "check_date": "2025-01-01"}'],
)
def test_stay_evaluate_bad_input_is_exit_2_and_one_line(stdin: str) -> None:
    result = midas("stay", "evaluate", stdin=stdin)
    assert_one_line_error(result, 2)
    assert result.stdout == ""


def test_unknown_flag_is_exit_2_one_line() -> None:
    assert_one_line_error(midas("mrz", "check", "--frobnicate"), 2)


def test_post_life_cycle_through_the_command_line(tmp_path: Path) -> None:
    store = str(tmp_path / "post.db")
    init = midas(
        "init",
        "--store",
        store,
        "--post",
        "SLV-ANGUIATU",
        "--post-name",
        "Anguiatú",
        "--admin",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    assert init.returncode == 0, init.stderr
    recovery = init.stdout.strip().splitlines()[-1]
    assert len(recovery.replace("-", "")) == 40
    add = midas(
        "user",
        "add",
        "oscar",
        "--role",
        "officer",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\noscar-password-1\n",
    )
    assert add.returncode == 0, add.stderr
    lines = td3()
    entry = midas(
        "entry",
        *lines,
        "--at",
        "2025-01-01T10:00:00-06:00",
        "--store",
        store,
        "--user",
        "oscar",
        "--password-stdin",
        "--json",
        stdin="oscar-password-1\n",
    )
    assert entry.returncode == 0, entry.stderr
    [recorded] = json_lines(entry.stdout)
    assert recorded["stay"]["latest_exit"] == "2025-03-31"
    exit_ = midas(
        "exit",
        *lines,
        "--at",
        "2025-04-02T09:00:00-06:00",
        "--store",
        store,
        "--user",
        "oscar",
        "--password-stdin",
        "--json",
        stdin="oscar-password-1\n",
    )
    [left] = json_lines(exit_.stdout)
    assert left["stay"]["overstay_days"] == 2
    assert [a["kind"] for a in left["alerts"]] == ["overstay"]

    overstays = midas(
        "overstays",
        "--json",
        "--at",
        "2025-05-01",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    assert overstays.returncode == 0, overstays.stderr
    [item] = json_lines(overstays.stdout)
    assert item["status"] == "exited" and item["overstay_days"] == 2

    def alerts(*options: str) -> subprocess.CompletedProcess[str]:
        login = ("--store", store, "--user", "ana", "--password-stdin")
        return midas("alerts", "list", *options, *login, stdin="ana-password-1\n")

    listed = alerts("--json", "--status", "unresolved", "--nationality", "mex", "--from", "2025-01-01")
    assert listed.returncode == 0, listed.stderr
    [alert] = json_lines(listed.stdout)  # the same list as the alerts tab's, filtered by the store
    assert alert["kind"] == "overstay" and alert["nationality"] == "MEX" and alert["traveller_name"]
    page = alerts("--limit", "5", "--kind", "overstay")
    assert page.returncode == 0 and page.stdout.splitlines()[-1] == "alerts 1-1 of 1", page.stdout
    assert alerts("--status", "resolved", "--json").stdout == ""
    assert_one_line_error(alerts("--sort", "colour"), 2)

    stats = midas(
        "stats",
        "--format",
        "json",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    counts = json.loads(stats.stdout)
    assert (counts["movements"], counts["entries"], counts["exits"]) == (2, 1, 1)
    assert counts["by_day"][0] == {
        "date": "2025-01-01",
        "direction": "entry",
        "nationality": "MEX",
        "count": 1,
    }
    csv_out = midas(
        "stats",
        "--format",
        "csv",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    assert csv_out.stdout.splitlines() == [
        "date,direction,nationality,count",
        "2025-01-01,entry,MEX,1",
        "2025-04-02,exit,MEX,1",
    ]

    # Failures: one line, the contract's status, nothing written.
    assert_one_line_error(
        midas(
            "entry", *lines, "--store", store, "--user", "oscar", "--password-stdin", stdin="wrong-password\n"
        ),
        1,
    )
    bad = [lines[0], lines[1][:13] + "X" + lines[1][14:]]
    assert_one_line_error(
        midas(
            "entry", *bad, "--store", store, "--user", "oscar", "--password-stdin", stdin="oscar-password-1\n"
        ),
        2,
    )
    assert_one_line_error(
        midas("stats", "--store", store, "--user", "oscar", "--password-stdin", stdin="oscar-password-1\n"), 1
    )  # an officer may not see statistics
    assert_one_line_error(
        midas(
            "stats",
            "--store",
            str(tmp_path / "none.db"),
            "--user",
            "ana",
            "--password-stdin",
            stdin="ana-password-1\n",
        ),
        1,
    )
    again = midas(
        "stats",
        "--format",
        "json",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    assert json.loads(again.stdout)["movements"] == 2
    verify = midas(
        "audit",
        "verify",
        "--json",
        "--store",
        store,
        "--user",
        "ana",
        "--password-stdin",
        stdin="ana-password-1\n",
    )
    assert verify.returncode == 0 and json.loads(verify.stdout)["ok"] is True


def test_default_store_location_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = midas(
        "init",
        "--post",
        "HND-AGUACALIENTE",
        "--post-name",
        "Agua Caliente",
        "--admin",
        "a",
        "--password-stdin",
        stdin="a-password-1\n",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "midas" / "post.db").exists()
    assert (tmp_path / "data" / "midas" / "post.db.keys").exists()
