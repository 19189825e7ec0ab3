"""The document as it comes in: the MRZ box (a keyboard-wedge reader or typing), an image file, the
scanner's drop folder, or the camera. The reader and the camera work off the UI thread; the box only
says which lines were submitted and how they came (``reader`` for the box, ``image``, ``camera``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QFileSystemWatcher, QIODevice, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import local_settings, workers
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ocr_bridge import ocr_available, read_document_image, reading_unsure
from midas_desktop.gui.wedge import WedgeEdit, mrz_lines

if TYPE_CHECKING:
    from midas_desktop.gui.camera import CameraWorker

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
#: What a referral carries of the counter's images (JPEG): enough to compare, small to store.
DOCUMENT_IMAGE_WIDTH = 1200
PORTRAIT_IMAGE_WIDTH = 360


def jpeg_bytes(image: QImage | None, width: int) -> bytes | None:
    if image is None or image.isNull():
        return None
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide takes the format as text at run time, whatever its stubs say.
    image.save(buffer, "JPEG", 80)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class DocumentInput(QGroupBox):
    sig_lines_submitted = Signal(list, str)  # the MRZ lines, how they came (reader | image | camera)
    sig_image_read = Signal(dict)  # the reader's result object

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Document"), parent)
        self.ocr_task: workers.Task | None = None
        self.camera: CameraWorker | None = None
        self.unsure_lines: list[str] | None = None  # the lines the image reader was unsure of
        self.seen_drops: set[str] = set()
        self.image: QImage | None = None  # the current document's image (a scan, a file, a frame)
        self.portrait: QImage | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._drop_folder_changed)

        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.wedge = WedgeEdit()
        self.wedge.setAccessibleName(self.tr("MRZ lines"))
        self.wedge.sig_lines_entered.connect(lambda lines: self._submit(lines, "reader"))
        layout.addWidget(self.wedge)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check (Ctrl+Enter)"))
        self.check_button.clicked.connect(self.submit_typed)
        self.image_button = QPushButton(self.tr("&Image… (Ctrl+O)"))
        self.image_button.clicked.connect(self.open_image)
        self.camera_button = QPushButton(self.tr("Ca&mera (Ctrl+K)"))
        self.camera_button.setCheckable(True)
        self.camera_button.clicked.connect(self.toggle_camera)
        for button in (self.check_button, self.image_button, self.camera_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.reading_progress = QProgressBar()
        self.reading_progress.setAccessibleName(self.tr("Reading progress"))
        self.reading_progress.setVisible(False)
        self.cancel_reading = QPushButton(self.tr("Cancel"))
        self.cancel_reading.setVisible(False)
        self.cancel_reading.clicked.connect(self.cancel_ocr)
        progress_row.addWidget(self.reading_progress)
        progress_row.addWidget(self.cancel_reading)
        layout.addLayout(progress_row)
        self.input_message = QLabel()
        self.input_message.setWordWrap(True)
        self.input_message.setAccessibleName(self.tr("Input message"))
        layout.addWidget(self.input_message)
        images = QHBoxLayout()
        self.image_view = QLabel(self.tr("No image"))
        self.image_view.setMinimumSize(200, 130)
        self.image_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_view.setAccessibleName(self.tr("Document image"))
        self.portrait_view = QLabel()
        self.portrait_view.setFixedSize(90, 115)
        self.portrait_view.setAccessibleName(self.tr("Portrait"))
        images.addWidget(self.image_view, 1)
        images.addWidget(self.portrait_view)
        layout.addLayout(images)
        self.fps_label = QLabel()
        layout.addWidget(self.fps_label)
        layout.addStretch()
        self.set_drop_folder(local_settings.drop_folder())

    # --- lines ------------------------------------------------------------------------------------

    def submit_typed(self) -> None:
        self._submit(mrz_lines(self.wedge.toPlainText()), "reader")

    def reading_unsure(self, lines: list[str]) -> bool:
        """The image reader was unsure of exactly these lines (typed or corrected lines are not)."""
        return self.unsure_lines is not None and list(lines) == self.unsure_lines

    def _submit(self, lines: list[str], source: str) -> None:
        if not lines:
            return
        if source == "reader":
            self._forget_images()  # a new document on the reader: the last one's image is not its
        self.sig_lines_submitted.emit(list(lines), source)

    def clear(self) -> None:
        """Everything of the last traveller goes (Esc, or after a decision)."""
        self.wedge.clear()
        self.input_message.clear()
        self._forget_images()

    def ready_for_next(self) -> None:
        self.wedge.clear()
        self.wedge.setFocus()

    def _forget_images(self) -> None:
        self.unsure_lines = None
        self.image = None
        self.portrait = None
        self.image_view.clear()
        self.image_view.setText(self.tr("No image"))
        self.portrait_view.clear()

    def referral_images(self) -> list[tuple[str, bytes]]:
        """The current document's image and portrait as JPEG, for a referral."""
        out = []
        for kind, image, width in (
            ("document", self.image, DOCUMENT_IMAGE_WIDTH),
            ("portrait", self.portrait, PORTRAIT_IMAGE_WIDTH),
        ):
            data = jpeg_bytes(image, width)
            if data:
                out.append((kind, data))
        return out

    # --- images: file, scanner drop folder, camera ---------------------------------------------

    def _no_reader(self) -> bool:
        if ocr_available():
            return False
        self.input_message.setText(self.tr("Image reading is not installed."))
        return True

    def open_image(self) -> None:
        if self._no_reader():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a document image"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)"),
        )
        if path:
            self.read_image_file(Path(path))

    def read_image_file(self, path: Path) -> workers.Task | None:
        """Read the MRZ of an image file in the background; the lines are submitted when read."""
        if self._no_reader():
            return None
        self.cancel_ocr()
        image = QImage(str(path))
        self._show_image(image)
        self.input_message.setText(self.tr("Reading %1 …").replace("%1", path.name))
        self.reading_progress.setRange(0, 0)  # busy: the reader gives no steps
        self.reading_progress.setVisible(True)
        self.cancel_reading.setVisible(True)
        task = workers.start(
            lambda _progress, _cancelled: read_document_image(str(path)),
            finished=lambda result: self._image_read(result, image, "image"),
            failed=lambda exc: self.input_message.setText(user_message(exc)),
            cancelled=lambda: self.input_message.setText(self.tr("Reading cancelled.")),
            done=self._ocr_done,
        )
        self.ocr_task = task
        return task

    def cancel_ocr(self) -> None:
        if self.ocr_task is not None:
            self.ocr_task.cancel()

    def _ocr_done(self) -> None:
        self.ocr_task = None
        self.reading_progress.setVisible(False)
        self.cancel_reading.setVisible(False)

    def _image_read(self, result: dict[str, Any], image: QImage, source: str) -> None:
        self.image = image if not image.isNull() else None
        self._show_portrait(image, result.get("portrait"))
        lines = [str(line) for line in result.get("lines") or []]
        if not lines:
            self.input_message.setText(
                self.tr("No MRZ could be read from the image; scan again or type the lines.")
            )
            return
        self.input_message.setText(
            self.tr("MRZ read.")
            if result.get("valid")
            else self.tr(
                "The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter."
            )
        )
        self.wedge.set_lines(lines)
        self.unsure_lines = lines if reading_unsure(result) else None
        self.sig_image_read.emit(result)
        self._submit(lines, source)

    def _show_image(self, image: QImage) -> None:
        if image.isNull():
            return
        self.image_view.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.image_view.width(),
                self.image_view.height(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_portrait(self, image: QImage, box: object) -> None:
        if not isinstance(box, dict) or image.isNull():
            self.portrait = None
            self.portrait_view.clear()
            return
        crop = image.copy(QRect(int(box["x"]), int(box["y"]), int(box["w"]), int(box["h"])))
        self.portrait = crop
        self.portrait_view.setPixmap(
            QPixmap.fromImage(crop).scaled(
                self.portrait_view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def set_drop_folder(self, folder: str) -> None:
        for watched in self.watcher.directories():
            self.watcher.removePath(watched)
        if folder and Path(folder).is_dir():
            self.seen_drops = {str(p) for p in Path(folder).iterdir()}
            self.watcher.addPath(folder)

    def _drop_folder_changed(self, folder: str) -> None:
        fresh = [
            p
            for p in Path(folder).iterdir()
            if p.suffix.lower() in IMAGE_SUFFIXES and str(p) not in self.seen_drops and p.is_file()
        ]
        self.seen_drops.update(str(p) for p in fresh)
        if fresh:
            newest = max(fresh, key=lambda p: p.stat().st_mtime)
            self.read_image_file(newest)

    def toggle_camera(self) -> None:
        if self.camera is not None:
            self.stop_camera()
            return
        if self._no_reader():
            self.camera_button.setChecked(False)
            return
        from midas_desktop.gui.camera import CameraWorker

        source_text = local_settings.camera_source()
        source: int | str = int(source_text) if source_text.isdigit() else source_text
        self.camera = CameraWorker(source)
        self.camera.sig_frame_ready.connect(self._show_image)
        self.camera.sig_fps_measured.connect(
            lambda fps: self.fps_label.setText(self.tr("%1 fps").replace("%1", f"{fps:.0f}"))
        )
        self.camera.sig_mrz_captured.connect(self._camera_captured)
        self.camera.sig_camera_failed.connect(
            lambda _what: self.input_message.setText(self.tr("The camera could not be opened."))
        )
        self.camera.finished.connect(self._camera_stopped)
        self.camera_button.setChecked(True)
        self.input_message.setText(self.tr("Hold the document still in front of the camera …"))
        self.camera.start()

    def _camera_captured(self, result: dict[str, Any], image: QImage) -> None:
        self._show_image(image)
        self._image_read(result, image, "camera")

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.requestInterruption()
            self.camera.wait(5000)
            self._camera_stopped()

    def _camera_stopped(self) -> None:
        if self.camera is not None:
            self.camera.deleteLater()
        self.camera = None
        self.camera_button.setChecked(False)
        self.fps_label.clear()

    def shutdown(self) -> None:
        self.stop_camera()
        self.cancel_ocr()
