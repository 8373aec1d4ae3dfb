# Generated from forms/documents_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        self.page_layout = QVBoxLayout(DocumentsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.choices = QHBoxLayout()
        self.choices.setObjectName(u"choices")
        self.documents_group = QGroupBox(DocumentsPage)
        self.documents_group.setObjectName(u"documents_group")
        self.documents_layout = QVBoxLayout(self.documents_group)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents = QListWidget(self.documents_group)
        self.documents.setObjectName(u"documents")

        self.documents_layout.addWidget(self.documents)


        self.choices.addWidget(self.documents_group)

        self.languages_group = QGroupBox(DocumentsPage)
        self.languages_group.setObjectName(u"languages_group")
        self.languages_layout = QVBoxLayout(self.languages_group)
        self.languages_layout.setObjectName(u"languages_layout")
        self.languages = QListWidget(self.languages_group)
        self.languages.setObjectName(u"languages")

        self.languages_layout.addWidget(self.languages)


        self.choices.addWidget(self.languages_group)


        self.page_layout.addLayout(self.choices)

        self.options_row = QHBoxLayout()
        self.options_row.setObjectName(u"options_row")
        self.several_group = QGroupBox(DocumentsPage)
        self.several_group.setObjectName(u"several_group")
        self.several_layout = QVBoxLayout(self.several_group)
        self.several_layout.setObjectName(u"several_layout")
        self.side_by_side_radio = QRadioButton(self.several_group)
        self.side_by_side_radio.setObjectName(u"side_by_side_radio")
        self.side_by_side_radio.setChecked(True)

        self.several_layout.addWidget(self.side_by_side_radio)

        self.per_language_radio = QRadioButton(self.several_group)
        self.per_language_radio.setObjectName(u"per_language_radio")

        self.several_layout.addWidget(self.per_language_radio)


        self.options_row.addWidget(self.several_group)

        self.output_group = QGroupBox(DocumentsPage)
        self.output_group.setObjectName(u"output_group")
        self.output_layout = QVBoxLayout(self.output_group)
        self.output_layout.setObjectName(u"output_layout")
        self.pdf_check = QCheckBox(self.output_group)
        self.pdf_check.setObjectName(u"pdf_check")

        self.output_layout.addWidget(self.pdf_check)

        self.page_per_signatory_check = QCheckBox(self.output_group)
        self.page_per_signatory_check.setObjectName(u"page_per_signatory_check")

        self.output_layout.addWidget(self.page_per_signatory_check)


        self.options_row.addWidget(self.output_group)


        self.page_layout.addLayout(self.options_row)

        self.template_row = QHBoxLayout()
        self.template_row.setObjectName(u"template_row")
        self.template_label = QLabel(DocumentsPage)
        self.template_label.setObjectName(u"template_label")

        self.template_row.addWidget(self.template_label)

        self.template_folder = QLineEdit(DocumentsPage)
        self.template_folder.setObjectName(u"template_folder")
        self.template_folder.setReadOnly(True)

        self.template_row.addWidget(self.template_folder)

        self.template_browse_button = QPushButton(DocumentsPage)
        self.template_browse_button.setObjectName(u"template_browse_button")

        self.template_row.addWidget(self.template_browse_button)

        self.template_builtin_button = QPushButton(DocumentsPage)
        self.template_builtin_button.setObjectName(u"template_builtin_button")

        self.template_row.addWidget(self.template_builtin_button)


        self.page_layout.addLayout(self.template_row)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_label = QLabel(DocumentsPage)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_row.addWidget(self.folder_label)

        self.folder = QLineEdit(DocumentsPage)
        self.folder.setObjectName(u"folder")

        self.folder_row.addWidget(self.folder)

        self.browse_button = QPushButton(DocumentsPage)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_row.addWidget(self.browse_button)


        self.page_layout.addLayout(self.folder_row)

        self.error_label = QLabel(DocumentsPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.error_label)

        self.export_row = QHBoxLayout()
        self.export_row.setObjectName(u"export_row")
        self.export_button = QPushButton(DocumentsPage)
        self.export_button.setObjectName(u"export_button")

        self.export_row.addWidget(self.export_button)

        self.export_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_row.addItem(self.export_spacer)


        self.page_layout.addLayout(self.export_row)

        self.results_group = QGroupBox(DocumentsPage)
        self.results_group.setObjectName(u"results_group")
        self.results_layout = QVBoxLayout(self.results_group)
        self.results_layout.setObjectName(u"results_layout")
        self.results = QListWidget(self.results_group)
        self.results.setObjectName(u"results")

        self.results_layout.addWidget(self.results)

        self.results_note = QLabel(self.results_group)
        self.results_note.setObjectName(u"results_note")
        self.results_note.setWordWrap(True)
        self.results_note.setTextFormat(Qt.TextFormat.PlainText)

        self.results_layout.addWidget(self.results_note)

        self.results_buttons = QHBoxLayout()
        self.results_buttons.setObjectName(u"results_buttons")
        self.open_button = QPushButton(self.results_group)
        self.open_button.setObjectName(u"open_button")

        self.results_buttons.addWidget(self.open_button)

        self.show_button = QPushButton(self.results_group)
        self.show_button.setObjectName(u"show_button")

        self.results_buttons.addWidget(self.show_button)

        self.results_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.results_buttons.addItem(self.results_spacer)


        self.results_layout.addLayout(self.results_buttons)


        self.page_layout.addWidget(self.results_group)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_folder)
        self.folder_label.setBuddy(self.folder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.documents_group.setTitle(QCoreApplication.translate("DocumentsPage", u"Documents", None))
#if QT_CONFIG(accessibility)
        self.documents.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Documents to export", None))
#endif // QT_CONFIG(accessibility)
        self.languages_group.setTitle(QCoreApplication.translate("DocumentsPage", u"Languages", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Languages to export in", None))
#endif // QT_CONFIG(accessibility)
        self.several_group.setTitle(QCoreApplication.translate("DocumentsPage", u"Several languages", None))
        self.side_by_side_radio.setText(QCoreApplication.translate("DocumentsPage", u"Declaration in two languages si&de by side (others: one per language)", None))
        self.per_language_radio.setText(QCoreApplication.translate("DocumentsPage", u"One document per &language", None))
        self.output_group.setTitle(QCoreApplication.translate("DocumentsPage", u"Output", None))
        self.pdf_check.setText(QCoreApplication.translate("DocumentsPage", u"Also &PDF (through LibreOffice)", None))
        self.page_per_signatory_check.setText(QCoreApplication.translate("DocumentsPage", u"Signature sheet: a page per signator&y", None))
        self.template_label.setText(QCoreApplication.translate("DocumentsPage", u"Word &templates:", None))
#if QT_CONFIG(accessibility)
        self.template_folder.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Folder of your own Word templates", None))
#endif // QT_CONFIG(accessibility)
        self.template_browse_button.setText(QCoreApplication.translate("DocumentsPage", u"B&rowse\u2026", None))
#if QT_CONFIG(tooltip)
        self.template_browse_button.setToolTip(QCoreApplication.translate("DocumentsPage", u"Use the Word templates of a folder (declaration.docx, programme.docx \u2026, edited in Word)", None))
#endif // QT_CONFIG(tooltip)
        self.template_builtin_button.setText(QCoreApplication.translate("DocumentsPage", u"Use b&uilt-in", None))
        self.folder_label.setText(QCoreApplication.translate("DocumentsPage", u"Destination &folder:", None))
        self.browse_button.setText(QCoreApplication.translate("DocumentsPage", u"&Browse\u2026", None))
        self.export_button.setText(QCoreApplication.translate("DocumentsPage", u"E&xport", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("DocumentsPage", u"Export the chosen documents (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.results_group.setTitle(QCoreApplication.translate("DocumentsPage", u"Exported files", None))
#if QT_CONFIG(tooltip)
        self.results_note.setToolTip(QCoreApplication.translate("DocumentsPage", u"What an export chose to make its document fit (the declaration's signature block)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("DocumentsPage", u"&Open", None))
        self.show_button.setText(QCoreApplication.translate("DocumentsPage", u"&Show in Folder", None))
        pass
    # retranslateUi

