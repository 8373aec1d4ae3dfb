# Generated from forms/names_dialog.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_NamesDialog(object):
    def setupUi(self, NamesDialog):
        if not NamesDialog.objectName():
            NamesDialog.setObjectName(u"NamesDialog")
        NamesDialog.setMinimumSize(QSize(760, 380))
        self.dialog_layout = QVBoxLayout(NamesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header = QWidget(NamesDialog)
        self.header.setObjectName(u"header")
        self.header_layout = QFormLayout(self.header)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.header_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_layout.addWidget(self.header)

        self.hint_label = QLabel(NamesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.names_table = QTableWidget(NamesDialog)
        self.names_table.setObjectName(u"names_table")
        self.names_table.setAlternatingRowColors(True)
        self.names_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.names_table.setTabKeyNavigation(True)
        self.names_table.horizontalHeader().setStretchLastSection(True)

        self.dialog_layout.addWidget(self.names_table)

        self.error_label = QLabel(NamesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(NamesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(NamesDialog)
    # setupUi

    def retranslateUi(self, NamesDialog):
        NamesDialog.setWindowTitle(QCoreApplication.translate("NamesDialog", u"Names per language", None))
        self.hint_label.setText(QCoreApplication.translate("NamesDialog", u"Write each name as that language writes it; a language left empty has no name, and a document in it will say so before it is written.", None))
    # retranslateUi

