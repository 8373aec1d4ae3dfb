# Generated from forms/library_import.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LibraryImport(object):
    def setupUi(self, LibraryImport):
        if not LibraryImport.objectName():
            LibraryImport.setObjectName(u"LibraryImport")
        LibraryImport.setMinimumSize(QSize(860, 520))
        self.dialog_layout = QVBoxLayout(LibraryImport)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary = QLabel(LibraryImport)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary)

        self.conflicts_area = QScrollArea(LibraryImport)
        self.conflicts_area.setObjectName(u"conflicts_area")
        self.conflicts_area.setWidgetResizable(True)
        self.conflicts = QWidget()
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts_layout = QVBoxLayout(self.conflicts)
        self.conflicts_layout.setObjectName(u"conflicts_layout")
        self.conflicts_area.setWidget(self.conflicts)

        self.dialog_layout.addWidget(self.conflicts_area)

        self.buttons = QDialogButtonBox(LibraryImport)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(LibraryImport)
    # setupUi

    def retranslateUi(self, LibraryImport):
        LibraryImport.setWindowTitle(QCoreApplication.translate("LibraryImport", u"Import a clause library", None))
    # retranslateUi

