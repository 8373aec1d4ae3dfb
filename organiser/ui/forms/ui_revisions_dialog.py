# Generated from forms/revisions_dialog.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_RevisionsDialog(object):
    def setupUi(self, RevisionsDialog):
        if not RevisionsDialog.objectName():
            RevisionsDialog.setObjectName(u"RevisionsDialog")
        RevisionsDialog.setMinimumSize(QSize(900, 640))
        self.dialog_layout = QVBoxLayout(RevisionsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading = QLabel(RevisionsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.author_row = QHBoxLayout()
        self.author_row.setObjectName(u"author_row")
        self.author_label = QLabel(RevisionsDialog)
        self.author_label.setObjectName(u"author_label")

        self.author_row.addWidget(self.author_label)

        self.author = QLineEdit(RevisionsDialog)
        self.author.setObjectName(u"author")

        self.author_row.addWidget(self.author)


        self.dialog_layout.addLayout(self.author_row)

        self.splitter = QSplitter(RevisionsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.top = QWidget(self.splitter)
        self.top.setObjectName(u"top")
        self.top_layout = QVBoxLayout(self.top)
        self.top_layout.setObjectName(u"top_layout")
        self.top_layout.setContentsMargins(0, 0, 0, 0)
        self.revisions_view = QTableView(self.top)
        self.revisions_view.setObjectName(u"revisions_view")
        self.revisions_view.setAlternatingRowColors(True)
        self.revisions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.revisions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revisions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.top_layout.addWidget(self.revisions_view)

        self.revision_buttons = QHBoxLayout()
        self.revision_buttons.setObjectName(u"revision_buttons")
        self.save_button = QPushButton(self.top)
        self.save_button.setObjectName(u"save_button")

        self.revision_buttons.addWidget(self.save_button)

        self.restore_button = QPushButton(self.top)
        self.restore_button.setObjectName(u"restore_button")

        self.revision_buttons.addWidget(self.restore_button)

        self.revision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revision_buttons.addItem(self.revision_spacer)


        self.top_layout.addLayout(self.revision_buttons)

        self.splitter.addWidget(self.top)
        self.bottom = QWidget(self.splitter)
        self.bottom.setObjectName(u"bottom")
        self.bottom_layout = QVBoxLayout(self.bottom)
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.compare_row = QHBoxLayout()
        self.compare_row.setObjectName(u"compare_row")
        self.from_label = QLabel(self.bottom)
        self.from_label.setObjectName(u"from_label")

        self.compare_row.addWidget(self.from_label)

        self.from_revision = QComboBox(self.bottom)
        self.from_revision.setObjectName(u"from_revision")

        self.compare_row.addWidget(self.from_revision)

        self.to_label = QLabel(self.bottom)
        self.to_label.setObjectName(u"to_label")

        self.compare_row.addWidget(self.to_label)

        self.to_revision = QComboBox(self.bottom)
        self.to_revision.setObjectName(u"to_revision")

        self.compare_row.addWidget(self.to_revision)

        self.language_label = QLabel(self.bottom)
        self.language_label.setObjectName(u"language_label")

        self.compare_row.addWidget(self.language_label)

        self.language = QComboBox(self.bottom)
        self.language.setObjectName(u"language")

        self.compare_row.addWidget(self.language)

        self.compare_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_row.addItem(self.compare_spacer)

        self.export_button = QPushButton(self.bottom)
        self.export_button.setObjectName(u"export_button")

        self.compare_row.addWidget(self.export_button)


        self.bottom_layout.addLayout(self.compare_row)

        self.summary = QLabel(self.bottom)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.bottom_layout.addWidget(self.summary)

        self.diff_view = QTextBrowser(self.bottom)
        self.diff_view.setObjectName(u"diff_view")

        self.bottom_layout.addWidget(self.diff_view)

        self.splitter.addWidget(self.bottom)

        self.dialog_layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(RevisionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.author_label.setBuddy(self.author)
        self.from_label.setBuddy(self.from_revision)
        self.to_label.setBuddy(self.to_revision)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RevisionsDialog)
    # setupUi

    def retranslateUi(self, RevisionsDialog):
        RevisionsDialog.setWindowTitle(QCoreApplication.translate("RevisionsDialog", u"Revisions", None))
        self.author_label.setText(QCoreApplication.translate("RevisionsDialog", u"Revisions are saved under your &name:", None))
#if QT_CONFIG(tooltip)
        self.author.setToolTip(QCoreApplication.translate("RevisionsDialog", u"A preference of yours, kept for next time", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("RevisionsDialog", u"&Save revision\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("RevisionsDialog", u"Save what the draft holds now, with a comment", None))
#endif // QT_CONFIG(tooltip)
        self.restore_button.setText(QCoreApplication.translate("RevisionsDialog", u"&Restore the selected revision", None))
        self.from_label.setText(QCoreApplication.translate("RevisionsDialog", u"&Compare", None))
#if QT_CONFIG(accessibility)
        self.from_revision.setAccessibleName(QCoreApplication.translate("RevisionsDialog", u"Older revision", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("RevisionsDialog", u"&with", None))
#if QT_CONFIG(accessibility)
        self.to_revision.setAccessibleName(QCoreApplication.translate("RevisionsDialog", u"Newer revision", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("RevisionsDialog", u"&in", None))
        self.export_button.setText(QCoreApplication.translate("RevisionsDialog", u"&Export comparison\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("RevisionsDialog", u"A Word document with the differences as tracked changes", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

