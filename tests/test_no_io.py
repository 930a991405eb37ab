"""Importing regionrel and calling its public API touches no file, socket or environment.

A fresh interpreter (so that every lazy cache — the pint registry, the default
gazetteer — is built inside the guarded calls) first imports every regionrel
submodule and reads the seed text; imports may read files, and they happen
before the guards go up. Then it patches:

* ``builtins.open``/``io.open``, ``os.open``, ``os.mkdir``, ``os.makedirs``,
  ``os.remove``, ``os.rename``, ``os.replace`` and the writing methods of
  ``pathlib.Path`` (``write_text``, ``write_bytes``, ``touch``, ``mkdir``,
  ``unlink``);
* ``socket.socket``, ``socket.create_connection`` and ``socket.getaddrinfo``;
* ``os.environ`` (a guard mapping that records every key read, every
  iteration and every write) and ``os.getenv``;

and calls every public function (but the two plots: matplotlib reads its own
fonts and settings) and the parsers, constructors and audit on the seed's data. The one
thing allowed is opening a file *for reading* under pymorphy3's packages (its Russian
dictionary): package data, never user data. regionrel's pint definitions are embedded
(its ``units.txt`` is never read), and pint reads no file of its own (the registry is
built without pint's default definitions), so neither package may be read. Everything else
is recorded as a violation. The child runs with a fresh empty ``$HOME`` and
working directory, which must still be empty afterwards.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import regionrel

SEED = Path(__file__).resolve().parents[1] / "examples" / "leningrad_2018.txt"

CHILD = r"""
import builtins, datetime, importlib, io, json, os, pathlib, pkgutil, socket, sys
from collections.abc import MutableMapping
from decimal import Decimal

import regionrel
for info in pkgutil.walk_packages(regionrel.__path__, "regionrel."):
    importlib.import_module(info.name)
import pint
import pymorphy3, pymorphy3_dicts_ru

seed = sys.stdin.read()
allowed_dirs = tuple(
    os.path.dirname(os.path.abspath(m.__file__)) + os.sep
    for m in (pymorphy3, pymorphy3_dicts_ru)
)
violations, reads = [], []

real_open, real_os_open = builtins.open, os.open


def guarded_open(file, mode="r", *args, **kwargs):
    path = os.path.abspath(os.fspath(file)) if not isinstance(file, int) else file
    if isinstance(path, str) and set(mode) <= set("rbt") and path.startswith(allowed_dirs):
        reads.append(path)
        return real_open(file, mode, *args, **kwargs)
    violations.append(f"open({file!r}, {mode!r})")
    raise PermissionError("no I/O in regionrel")


def forbid(name):
    def guard(*args, **kwargs):
        violations.append(f"{name}{args!r}")
        raise PermissionError(f"{name} is forbidden")
    return guard


class EnvironGuard(MutableMapping):
    def __init__(self, real):
        self._real = real

    def __getitem__(self, key):
        violations.append(f"os.environ[{key!r}]")
        return self._real[key]

    def get(self, key, default=None):
        violations.append(f"os.environ.get({key!r})")
        return self._real.get(key, default)

    def __contains__(self, key):
        violations.append(f"{key!r} in os.environ")
        return key in self._real

    def __setitem__(self, key, value):
        violations.append(f"os.environ[{key!r}] = ...")

    def __delitem__(self, key):
        violations.append(f"del os.environ[{key!r}]")

    def __iter__(self):
        violations.append("iter(os.environ)")
        return iter(self._real)

    def __len__(self):
        violations.append("len(os.environ)")
        return len(self._real)


builtins.open = io.open = guarded_open
os.open = forbid("os.open")
for name in ("mkdir", "makedirs", "remove", "rename", "replace"):
    setattr(os, name, forbid(f"os.{name}"))
for name in ("write_text", "write_bytes", "touch", "mkdir", "unlink"):
    setattr(pathlib.Path, name, forbid(f"Path.{name}"))
socket.socket = forbid("socket.socket")
socket.create_connection = forbid("socket.create_connection")
socket.getaddrinfo = forbid("socket.getaddrinfo")
os.environ = EnvironGuard(os.environ)
os.getenv = forbid("os.getenv")

from regionrel import (
    Agreement, Deadline, Event, ExchangeRates, Money, PartnerStructure, Period, Renewal,
    Reported, Scale, TradeBalance, TradeReport, gazetteer, units,
)

results = {}
def record(name, value):
    results[name] = repr(value)

record("registry", units.registry()("1 USD").magnitude)
record("parse_money", regionrel.parse_money("7,109 million US dollars"))
record("parse_money ru", regionrel.parse_money("7 109 млн долл. США", locale="ru"))
record("parse_date", regionrel.parse_date("12.01.2021"))
record("parse_period", regionrel.parse_period("20182021"))
record("Period", Period.quarter(2018, 3))
record("Reported", Reported.parse("10,224.9"))
record("Scale", Scale.parse("млн", locale="ru"))
record("find_typos", regionrel.find_typos("4,115.9", 4000, 4100))
record("Money", Money.from_float(1.5, "EUR") + Money("2", "EUR"))
record("get", gazetteer.get("RU-LEN"))
record("find", gazetteer.find("Ferghana Region"))
record("group", gazetteer.group("North-West Federal District"))
record("body", gazetteer.governing_body("Council of Ministers of the Republic of Crimea"))
record("Agreement", Agreement.between(
    "Cooperation Agreement", "Government of the Leningrad Region",
    "Council of Ministers of the Republic of Crimea", term="2018-2021"))
record("Event", Event.from_title("The Ninth Russian-Azerbaijani Interregional Forum", when=2018))
record("Deadline", Deadline.parse("II quarter 2019"))
record("Renewal", Renewal.parse("for successive five-year periods"))
rates = ExchangeRates.from_table([("USD", "RUB", 2018, "62.7078"), ("EUR", "RUB", 2018, "73.9")])
record("convert", rates.convert(Money("7109", "USD"), "RUB", 2018))
record("convert via", rates.convert(Money("1", "USD"), "EUR", "2018-06-30", via="RUB"))
balance = TradeBalance(Money("7109", "USD"), Money("4115.9", "USD"))
record("balance", (balance.balance, balance.turnover))
record("shares", PartnerStructure.from_shares({"CN": "15.6", "NL": "9.2"}, unit="percent").hhi())
record("extract", regionrel.extract(seed))
report = TradeReport.from_text(seed)
record("audit", report.audit())
record("format_number", regionrel.format_number(Decimal("10224.9"), locale="ru"))
record("hhi", regionrel.hhi([0.5, 0.5]))
record("hhi_normalized", regionrel.hhi_normalized([0.5, 0.3, 0.2]))
record("hhi_unctad", regionrel.hhi_unctad([0.5, 0.3, 0.2]))
record("grubel_lloyd", regionrel.grubel_lloyd(7109, 4115.9))
record("grubel_lloyd_aggregate", regionrel.grubel_lloyd_aggregate({"a": 1, "b": 2}, {"a": 2, "b": 1}))
record("export_similarity", regionrel.export_similarity({"a": 1, "b": 2}, {"a": 2, "b": 1}))
record("export_diversification", regionrel.export_diversification({"a": 1, "b": 2}, {"a": 2, "b": 1}))
record("balassa_rca", regionrel.balassa_rca(10, 100, 1000, 100000))
record("trade_intensity", regionrel.trade_intensity(10, 100, 1000, 100000))
record("parse_number", regionrel.parse_number("10 224,9", locale="ru"))
record("rank", regionrel.rank(
    [TradeBalance(Money("7109", "USD"), Money("1", "USD"), reporter=gazetteer.get("RU-LEN")),
     TradeBalance(Money("5000", "USD"), Money("1", "USD"), reporter=gazetteer.get("RU-SPE"))],
    by="exports"))
record("report_from_text", regionrel.report_from_text(seed).audit().ok)
record("relations", regionrel.extract(seed).relations())
record("to_dict", regionrel.to_dict(balance))
record("from_dict", regionrel.from_dict(TradeBalance, regionrel.to_dict(balance)) == balance)
record("install_definitions", regionrel.install_definitions(pint.UnitRegistry(None, cache_folder=None))[:3])
# PROBE
os.environ = os.environ._real
print(json.dumps({"violations": violations, "reads": reads, "results": sorted(results)}))
"""


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _run(tmp_path: Path, probe: str = "") -> tuple[dict[str, list[str]], Path, Path]:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    (home / ".keep").write_text("")
    before = _tree(home)
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD.replace("# PROBE", probe), str(home)],
        input=SEED.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _tree(home) == before
    return json.loads(done.stdout), home, work


def test_no_file_socket_or_environment_access(tmp_path: Path) -> None:
    out, home, work = _run(tmp_path)
    assert out["violations"] == []
    assert len(out["results"]) == 41  # every call ran
    # Every public function but the two plots (matplotlib reads its own files) was called.
    functions = {n for n in regionrel.__all__ if inspect.isfunction(getattr(regionrel, n))}
    assert functions - {"plot_partner_shares", "plot_trade_series"} <= set(out["results"])
    # The only reads: the dictionary pymorphy3 ships (read when a Russian name is first
    # inflected); never regionrel's units.txt (embedded) nor pint's files.
    assert [p for p in out["reads"] if "pymorphy3" not in p] == []
    assert _tree(home) == [".keep"]
    assert _tree(work) == []


PROBES = {
    "write under HOME": "try:\n    open(sys.argv[1] + '/x', 'w')\nexcept PermissionError: pass",
    "read outside the packages": "try:\n    open('/etc/hostname')\nexcept PermissionError: pass",
    "os.open": "try:\n    os.open('/tmp/x', os.O_RDONLY)\nexcept PermissionError: pass",
    "environment": "os.environ.get('HOME')",
    "getenv": "try:\n    os.getenv('HOME')\nexcept PermissionError: pass",
    "socket": "try:\n    socket.socket()\nexcept PermissionError: pass",
    "pathlib write": "try:\n    pathlib.Path('y').write_text('')\nexcept PermissionError: pass",
}


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_the_guards_bite(tmp_path: Path, probe: str) -> None:
    """Each guard records a forbidden access made after the library's calls."""
    out, _, _ = _run(tmp_path, PROBES[probe])
    assert len(out["violations"]) == 1, out["violations"]
    assert not any(p.endswith("units.txt") for p in out["reads"])
