#!/usr/bin/env python3
"""Build the wheel and prove it works installed, away from the source tree.

Usage: python scripts/wheel_check.py [--deps venv|registry] [--part both|post|server] [--specimen IMAGE]
       [--keep DIR]

1. Builds the wheel from a copy of the sources (the tree itself is left as it was) and checks that
   it carries the package data (Alembic scripts of both databases, translations, glyph model) and
   that its core requirements hold no Qt, OpenCV, Tesseract or SQLCipher.
2. A post: a fresh virtual environment with the wheel; ``midas mrz read`` reads a specimen image.
3. A central server: another fresh environment; ``midas-server migrate`` builds an SQLite database,
   ``midas-server serve`` answers /v1/health; neither may import a desktop library.

``--deps venv`` (the default, offline): the third-party libraries come from the environment running
this script (a ``.pth`` line, placed after the fresh environment's own packages, so the wheel's copy
of midas_desktop is the one imported; the desktop libraries are blocked for the server). ``--deps
registry``: each environment installs the wheel with its extra from the package registry
(``[desktop]`` or ``[server]``), as a fresh Debian 12 machine would.
Exit status 0 when every check passed; each check prints one line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPECIMEN = REPO.parent / "shared" / "specimens" / "real" / "images" / "mrz-MRVA_ICAO_Example.png"
SPECIMEN_LINES = [
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
]
# openpyxl is shared: the desktop's and the national console's XLSX exports.
DESKTOP_ONLY = ("PySide6", "shiboken6", "cv2", "sqlcipher3", "tesserocr", "numpy")
DESKTOP_DISTRIBUTIONS = ("pyside6", "opencv", "sqlcipher3", "tesserocr", "numpy")
REQUIRED_DATA = (
    "midas_desktop/db/post/env.py",
    "midas_desktop/db/post/script.py.mako",
    "midas_desktop/db/post/versions/0001_initial_post_store_schema.py",
    "midas_desktop/db/server/env.py",
    "midas_desktop/db/server/versions/0001_initial_central_schema.py",
    "midas_desktop/resources/i18n/midas_es.qm",
    "midas_desktop/resources/i18n/midas_en.qm",
    "midas_desktop/resources/ocr/mrz_ocrb.onnx",
    "midas_desktop/resources/ocr/mrz.traineddata",
    "midas_desktop/py.typed",
    "midas_desktop/server/console/templates/base.html",
    "midas_desktop/server/console/static/console.css",
    "midas_desktop/server/console/messages.json",
)
# A server's interpreter refuses the desktop's libraries, so any import of one fails loudly.
BLOCKER = f"""
import sys
_BLOCKED = {set(DESKTOP_ONLY)!r}
class _NotOnAServer:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in _BLOCKED:
            raise ImportError(name + " is a desktop library; the central server must not need it")
        return None
sys.meta_path.insert(0, _NotOnAServer())
"""


class CheckFailed(Exception):
    pass


def ok(message: str) -> None:
    print(f"ok   {message}", flush=True)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(command[:3])} ... failed ({result.returncode}): {result.stderr[-1500:]}"
        )
    return result.stdout


def build_wheel(work: Path, isolated: bool) -> Path:
    source = work / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(REPO / "midas_desktop", source / "midas_desktop", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)]
    if not isolated:
        command.insert(5, "--no-build-isolation")  # offline: the setuptools of this environment
    run(command, work)
    (wheel,) = (work / "dist").glob("midas_desktop-*.whl")
    return wheel


def inspect_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = [name for name in REQUIRED_DATA if name not in names]
        if missing:
            raise CheckFailed(f"the wheel lacks package data: {', '.join(missing)}")
        if not any(n.startswith("midas_desktop/db/post/versions/") and n.endswith(".py") for n in names):
            raise CheckFailed("the wheel has no post migrations")
        metadata = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    requires = [
        line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")
    ]
    core = [r for r in requires if "extra ==" not in r]
    if any(r.lower().startswith(DESKTOP_DISTRIBUTIONS) for r in core):
        raise CheckFailed(f"the core requirements hold a desktop library: {core}")
    server = [r for r in requires if 'extra == "server"' in r]
    if not any(r.startswith("fastapi") for r in server):
        raise CheckFailed("the [server] extra does not bring FastAPI")
    ok(f"{wheel.name}: {len(names)} files with the package data; core requirements {', '.join(core)}")


def fresh_environment(path: Path, wheel: Path, deps: str, extra: str, blocked: bool) -> Path:
    """A new virtual environment with the wheel installed; returns its bin folder."""
    run([sys.executable, "-m", "venv", "--without-pip", str(path)], path.parent)
    python = path / "bin" / "python"
    pip = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    if deps == "registry":
        run([*pip, f"{wheel}[{extra}]"], path.parent, timeout=1800)
    else:
        run([*pip, "--no-deps", "--no-index", str(wheel)], path.parent)
        purelib = run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], path.parent
        )
        site = Path(purelib.strip())
        # After the environment's own folder on sys.path: its midas_desktop (the wheel's) wins.
        libraries = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        (site / "zz_libraries_of_the_builder.pth").write_text("\n".join(sorted(libraries)) + "\n")
        if blocked:
            (site / "sitecustomize.py").write_text(BLOCKER)
    where = run([str(python), "-c", "import midas_desktop; print(midas_desktop.__file__)"], path.parent)
    if not where.strip().startswith(str(path)):
        raise CheckFailed(f"midas_desktop is imported from {where.strip()}, not from the installed wheel")
    return path / "bin"


def check_post(work: Path, wheel: Path, deps: str, specimen: Path) -> None:
    bin_dir = fresh_environment(work / "post", wheel, deps, "desktop", blocked=False)
    env = {**os.environ, "XDG_DATA_HOME": str(work / "xdg")}
    env.pop("PYTHONPATH", None)
    output = run([str(bin_dir / "midas"), "mrz", "read", "--json", "--no-portrait", str(specimen)], work, env)
    reading = json.loads(output.splitlines()[0])
    result = reading.get("result") or reading
    lines = result.get("lines") if isinstance(result, dict) else None
    if specimen == SPECIMEN and lines != SPECIMEN_LINES:
        raise CheckFailed(f"midas mrz read gave {lines}, not the specimen's lines")
    ok(f"post: 'midas mrz read' read {specimen.name} from the installed wheel (glyph model as package data)")
    translations = run(
        [str(bin_dir / "python"), "-c",
         "from midas_desktop.gui.i18n import I18N_DIR; print(sorted(p.name for p in I18N_DIR.glob('*.qm')))"],
        work, env,
    )  # fmt: skip
    if "midas_es.qm" not in translations:
        raise CheckFailed(f"the translations are not found: {translations}")
    ok("post: the translations are found in the installed package")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def check_server(work: Path, wheel: Path, deps: str) -> None:
    bin_dir = fresh_environment(work / "server", wheel, deps, "server", blocked=deps == "venv")
    if deps == "registry":
        installed = run(
            [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "list"], work
        ).lower()
        if any(name in installed for name in DESKTOP_DISTRIBUTIONS):
            raise CheckFailed("installing [server] brought a desktop library")
    env = {**os.environ, "XDG_DATA_HOME": str(work / "xdg")}
    env.pop("PYTHONPATH", None)
    url = f"sqlite:///{work / 'central.db'}"
    output = run([str(bin_dir / "midas-server"), "migrate", "--db", url], work, env)
    if "database at revision" not in output:
        raise CheckFailed(f"midas-server migrate said: {output!r}")
    ok(f"server: 'midas-server migrate' on SQLite ({output.strip()}), no desktop library imported")
    port = free_port()
    log = (work / "serve.log").open("wb")
    server = subprocess.Popen(
        [str(bin_dir / "midas-server"), "serve", "--db", url, "--port", str(port)],
        cwd=work, env=env, stdout=log, stderr=log, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as answer:
                    health = json.loads(answer.read())
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise CheckFailed(
                        "midas-server serve did not come up: " + (work / "serve.log").read_text()[-1500:]
                    ) from None
                time.sleep(0.2)
        if not health.get("ok"):
            raise CheckFailed(f"/v1/health said {health}")
        ok("server: 'midas-server serve' answers /v1/health from the installed wheel")
        # The console's templates, catalogue and stylesheet come from the installed package's data.
        for path, wanted in (
            ("/console/login", "MIDAS national console"),
            ("/console/static/console.css", "--ink"),
        ):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as answer:
                if wanted not in answer.read().decode("utf-8"):
                    raise CheckFailed(f"{path} from the installed wheel lacks {wanted!r}")
        ok("server: the national console's pages and stylesheet come from the installed wheel")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deps", choices=("venv", "registry"), default="venv")
    parser.add_argument("--part", choices=("both", "post", "server"), default="both")
    parser.add_argument("--specimen", type=Path, default=SPECIMEN)
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args()
    if not args.specimen.is_file():
        print(f"FAIL no specimen image at {args.specimen}", file=sys.stderr)
        return 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="midas-wheel-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        wheel = build_wheel(work, isolated=args.deps == "registry")
        inspect_wheel(wheel)
        if args.part in ("both", "post"):
            check_post(work, wheel, args.deps, args.specimen)
        if args.part in ("both", "server"):
            check_server(work, wheel, args.deps)
    except (CheckFailed, subprocess.TimeoutExpired) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print("the wheel works installed: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
