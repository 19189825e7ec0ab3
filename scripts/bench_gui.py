"""Measure the desktop app: cold start to the login screen, and the camera's fps while the reader works.

Usage: ``python scripts/bench_gui.py [--runs 7] [--camera-seconds 10]``. Start-up runs
``midas_desktop.gui.app`` in a fresh process (offscreen) that quits once the login screen is shown;
the median is printed.
The camera figure feeds a generated video of a specimen page (30 fps) to the camera worker through
``VideoCapture(path)`` while the MRZ reader keeps reading frames.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def startup_seconds(runs: int) -> list[float]:
    store = Path(tempfile.mkdtemp()) / "post.db"
    store.write_bytes(b"")  # an existing store: the login screen, not the first-run one
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MIDAS_GUI_BENCH="1", MIDAS_STORE=str(store))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "midas_desktop.gui.app"], env=env, check=True, capture_output=True
        )
        times.append(time.perf_counter() - start)
    return times


def make_video(path: Path, seconds: float) -> Path:
    import cv2
    import numpy as np

    from midas_desktop.domain.mrz import compose_td3
    from tests.gui.conftest import specimen_image

    lines = compose_td3(
        document_code="P",
        issuing_state="USA",
        surname="GARCIA LOPEZ",
        given_names="MARIA",
        document_number="G7654321",
        nationality="USA",
        birth_date=__import__("datetime").date(1990, 5, 1),
        sex="F",
        expiry_date=__import__("datetime").date(2032, 1, 1),
    )
    page = cv2.imread(str(specimen_image(lines, path.with_suffix(".png"))))
    frame = cv2.resize(page, (1280, 720))
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (1280, 720))
    rng = np.random.default_rng(1)
    for _ in range(int(seconds * 30)):
        noisy = cv2.add(frame, rng.integers(0, 12, frame.shape, dtype=np.uint8))
        writer.write(noisy)
    writer.release()
    return path


def camera_fps(seconds: float) -> tuple[float, int, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from midas_desktop.gui.camera import CameraWorker

    app = QCoreApplication.instance() or QCoreApplication([])
    video = make_video(Path(tempfile.mkdtemp()) / "camera.avi", seconds)
    worker = CameraWorker(str(video), stop_on_capture=False)
    received = []
    worker.sig_frame_ready.connect(lambda _image: received.append(time.perf_counter()))
    worker.finished.connect(app.quit)
    worker.start()
    app.exec()
    elapsed = received[-1] - received[0]
    return (len(received) - 1) / elapsed, len(received), worker.frames_read_by_ocr


def main() -> int:
    parser = argparse.ArgumentParser(description="start-up and camera fps of the desktop app")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--camera-seconds", type=float, default=10.0)
    args = parser.parse_args()
    times = startup_seconds(args.runs)
    print(
        f"start-up to login screen: median {statistics.median(times):.2f} s over {len(times)} cold starts "
        f"(min {min(times):.2f}, max {max(times):.2f})"
    )
    fps, frames, reads = camera_fps(args.camera_seconds)
    print(f"camera: {fps:.1f} fps shown over {frames} frames while the reader read {reads} frames")
    return 0


if __name__ == "__main__":
    sys.exit(main())
