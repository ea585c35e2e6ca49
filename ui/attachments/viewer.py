"""Shows an attached image or PDF from memory: the decrypted bytes go into a ``QBuffer`` that
``QPdfDocument`` reads, or into a ``QImage``; nothing is ever written to a file (no temp file,
no cache). Closing the viewer drops the document and empties the buffer."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..common.widgets import Note


class AttachmentViewer(QDialog):
    def __init__(self, meta: dict, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("View {0}").format(meta["name"]))
        self.resize(760, 820)
        self.document: QPdfDocument | None = None
        self.buffer: QBuffer | None = None
        self.image: QImage | None = None
        lay = QVBoxLayout(self)
        if meta["media_type"] == "application/pdf":
            lay.addWidget(self._pdf(data), 1)
        else:
            lay.addWidget(self._image(data), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.finished.connect(self._drop)

    def _pdf(self, data: bytes) -> QWidget:
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        return self.view

    def _image(self, data: bytes) -> QWidget:
        self.image = QImage()
        if not self.image.loadFromData(data):
            return Note(self.tr("This image cannot be shown. Use Save a copy to open it in another program."),
                        "warning")
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setPixmap(QPixmap.fromImage(self.image))
        self.view = QScrollArea()
        self.view.setWidget(label)
        self.view.setWidgetResizable(True)
        return self.view

    def _drop(self, _result: int = 0) -> None:
        """Forget the decrypted content as soon as the viewer closes."""
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
        self.image = None
