"""The live camera: frames are read in a worker thread and the reader looks at one frame at a time.

The frame loop never waits for the reader: while a frame is being read (in a single-thread executor,
OpenCV and Tesseract release the GIL) newer frames keep flowing to the screen, and the next frame is
handed to the reader as soon as it is free. The first valid MRZ stops the camera and is reported.
A video file path works as a camera too (paced at its own frame rate), which is how fps is measured.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QImage

from midas_desktop.gui.ocr_bridge import read_document_image


def to_qimage(frame: Any) -> QImage:
    """A deep copy of a BGR or gray OpenCV frame as a QImage (safe to hand to the UI thread)."""
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        return QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_Grayscale8).copy()
    return QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888).copy()


class CameraWorker(QThread):
    sig_frame_ready = Signal(QImage)
    sig_fps_measured = Signal(float)
    sig_mrz_captured = Signal(dict, QImage)  # the reader's result object and the frame it read
    sig_camera_failed = Signal(str)

    def __init__(self, source: int | str, *, stop_on_capture: bool = True, read: bool = True) -> None:
        super().__init__()
        self.source = source
        self.stop_on_capture = stop_on_capture
        self.read_frames = read
        self.frames_shown = 0
        self.frames_read_by_ocr = 0
        self.fps = 0.0

    def run(self) -> None:
        import cv2

        capture = cv2.VideoCapture(self.source)
        if not capture.isOpened():
            self.sig_camera_failed.emit("camera")
            return
        is_file = isinstance(self.source, str)
        period = 1.0 / (capture.get(cv2.CAP_PROP_FPS) or 30.0) if is_file else 0.0
        reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mrz-reader")
        pending: Future[dict[str, object]] | None = None
        pending_frame: QImage | None = None
        window_start = time.perf_counter()
        window_frames = 0
        next_due = time.perf_counter()
        try:
            while not self.isInterruptionRequested():
                ok, frame = capture.read()
                if not ok:
                    break
                image = to_qimage(frame)
                self.sig_frame_ready.emit(image)
                self.frames_shown += 1
                window_frames += 1
                if pending is not None and pending.done():
                    result = pending.result() if pending.exception() is None else {"valid": False}
                    self.frames_read_by_ocr += 1
                    pending = None
                    if result.get("valid"):
                        assert pending_frame is not None
                        self.sig_mrz_captured.emit(result, pending_frame)
                        if self.stop_on_capture:
                            break
                if self.read_frames and pending is None:
                    pending = reader.submit(read_document_image, frame.copy())
                    pending_frame = image
                now = time.perf_counter()
                if now - window_start >= 1.0:
                    self.fps = window_frames / (now - window_start)
                    self.sig_fps_measured.emit(self.fps)
                    window_start, window_frames = now, 0
                if period:
                    # A file plays at its own rate, as a camera would deliver it.
                    next_due += period
                    delay = next_due - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                    else:
                        next_due = time.perf_counter()
        finally:
            capture.release()
            reader.shutdown(wait=True, cancel_futures=True)
