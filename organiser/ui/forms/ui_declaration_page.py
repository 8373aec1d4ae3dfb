# Generated from forms/declaration_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_DeclarationPage(object):
    def setupUi(self, DeclarationPage):
        if not DeclarationPage.objectName():
            DeclarationPage.setObjectName(u"DeclarationPage")
        self.page_layout = QVBoxLayout(DeclarationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(DeclarationPage)
        self.stack.setObjectName(u"stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.empty_layout.addWidget(self.empty_label)

        self.create_button = QPushButton(self.empty_page)
        self.create_button.setObjectName(u"create_button")

        self.empty_layout.addWidget(self.create_button)

        self.empty_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_spacer)

        self.stack.addWidget(self.empty_page)
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QVBoxLayout(self.work_page)
        self.work_layout.setObjectName(u"work_layout")
        self.work_layout.setContentsMargins(0, 0, 0, 0)
        self.drafts_row = QHBoxLayout()
        self.drafts_row.setObjectName(u"drafts_row")
        self.draft_label = QLabel(self.work_page)
        self.draft_label.setObjectName(u"draft_label")

        self.drafts_row.addWidget(self.draft_label)

        self.draft_combo = QComboBox(self.work_page)
        self.draft_combo.setObjectName(u"draft_combo")
        self.draft_combo.setMinimumSize(QSize(280, 0))

        self.drafts_row.addWidget(self.draft_combo)

        self.new_draft_button = QPushButton(self.work_page)
        self.new_draft_button.setObjectName(u"new_draft_button")

        self.drafts_row.addWidget(self.new_draft_button)

        self.rename_draft_button = QPushButton(self.work_page)
        self.rename_draft_button.setObjectName(u"rename_draft_button")

        self.drafts_row.addWidget(self.rename_draft_button)

        self.delete_draft_button = QPushButton(self.work_page)
        self.delete_draft_button.setObjectName(u"delete_draft_button")

        self.drafts_row.addWidget(self.delete_draft_button)

        self.drafts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drafts_row.addItem(self.drafts_spacer)

        self.save_revision_button = QPushButton(self.work_page)
        self.save_revision_button.setObjectName(u"save_revision_button")

        self.drafts_row.addWidget(self.save_revision_button)

        self.revisions_button = QPushButton(self.work_page)
        self.revisions_button.setObjectName(u"revisions_button")

        self.drafts_row.addWidget(self.revisions_button)


        self.work_layout.addLayout(self.drafts_row)

        self.languages_row = QHBoxLayout()
        self.languages_row.setObjectName(u"languages_row")
        self.languages_label = QLabel(self.work_page)
        self.languages_label.setObjectName(u"languages_label")

        self.languages_row.addWidget(self.languages_label)

        self.languages_box = QWidget(self.work_page)
        self.languages_box.setObjectName(u"languages_box")
        self.languages_layout = QHBoxLayout(self.languages_box)
        self.languages_layout.setObjectName(u"languages_layout")
        self.languages_layout.setContentsMargins(0, 0, 0, 0)

        self.languages_row.addWidget(self.languages_box)

        self.languages_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languages_row.addItem(self.languages_spacer)


        self.work_layout.addLayout(self.languages_row)

        self.splitter = QSplitter(self.work_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.library_group = QGroupBox(self.splitter)
        self.library_group.setObjectName(u"library_group")
        self.library_layout = QVBoxLayout(self.library_group)
        self.library_layout.setObjectName(u"library_layout")
        self.search = QLineEdit(self.library_group)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.library_layout.addWidget(self.search)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.kind_filter = QComboBox(self.library_group)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filter_row.addWidget(self.kind_filter)

        self.tag_filter = QComboBox(self.library_group)
        self.tag_filter.setObjectName(u"tag_filter")

        self.filter_row.addWidget(self.tag_filter)

        self.show_retired = QCheckBox(self.library_group)
        self.show_retired.setObjectName(u"show_retired")

        self.filter_row.addWidget(self.show_retired)


        self.library_layout.addLayout(self.filter_row)

        self.library_view = QListView(self.library_group)
        self.library_view.setObjectName(u"library_view")
        self.library_view.setDragEnabled(True)
        self.library_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_view.setAlternatingRowColors(True)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.setWordWrap(True)

        self.library_layout.addWidget(self.library_view)

        self.clause_preview = QPlainTextEdit(self.library_group)
        self.clause_preview.setObjectName(u"clause_preview")
        self.clause_preview.setReadOnly(True)
        self.clause_preview.setMaximumSize(QSize(16777215, 130))

        self.library_layout.addWidget(self.clause_preview)

        self.library_buttons = QHBoxLayout()
        self.library_buttons.setObjectName(u"library_buttons")
        self.new_clause_button = QPushButton(self.library_group)
        self.new_clause_button.setObjectName(u"new_clause_button")

        self.library_buttons.addWidget(self.new_clause_button)

        self.edit_clause_button = QPushButton(self.library_group)
        self.edit_clause_button.setObjectName(u"edit_clause_button")

        self.library_buttons.addWidget(self.edit_clause_button)

        self.duplicate_clause_button = QPushButton(self.library_group)
        self.duplicate_clause_button.setObjectName(u"duplicate_clause_button")

        self.library_buttons.addWidget(self.duplicate_clause_button)

        self.retire_clause_button = QPushButton(self.library_group)
        self.retire_clause_button.setObjectName(u"retire_clause_button")

        self.library_buttons.addWidget(self.retire_clause_button)


        self.library_layout.addLayout(self.library_buttons)

        self.library_file_buttons = QHBoxLayout()
        self.library_file_buttons.setObjectName(u"library_file_buttons")
        self.import_library_button = QPushButton(self.library_group)
        self.import_library_button.setObjectName(u"import_library_button")

        self.library_file_buttons.addWidget(self.import_library_button)

        self.export_library_button = QPushButton(self.library_group)
        self.export_library_button.setObjectName(u"export_library_button")

        self.library_file_buttons.addWidget(self.export_library_button)


        self.library_layout.addLayout(self.library_file_buttons)

        self.add_button = QPushButton(self.library_group)
        self.add_button.setObjectName(u"add_button")

        self.library_layout.addWidget(self.add_button)

        self.splitter.addWidget(self.library_group)
        self.middle = QWidget(self.splitter)
        self.middle.setObjectName(u"middle")
        self.middle_layout = QVBoxLayout(self.middle)
        self.middle_layout.setObjectName(u"middle_layout")
        self.middle_layout.setContentsMargins(0, 0, 0, 0)
        self.clauses_group = QGroupBox(self.middle)
        self.clauses_group.setObjectName(u"clauses_group")
        self.clauses_layout = QVBoxLayout(self.clauses_group)
        self.clauses_layout.setObjectName(u"clauses_layout")
        self.clauses_view = QListView(self.clauses_group)
        self.clauses_view.setObjectName(u"clauses_view")
        self.clauses_view.setDragEnabled(True)
        self.clauses_view.setAcceptDrops(True)
        self.clauses_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.clauses_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.clauses_view.setAlternatingRowColors(True)
        self.clauses_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clauses_view.setWordWrap(True)

        self.clauses_layout.addWidget(self.clauses_view)

        self.clause_buttons = QHBoxLayout()
        self.clause_buttons.setObjectName(u"clause_buttons")
        self.remove_button = QPushButton(self.clauses_group)
        self.remove_button.setObjectName(u"remove_button")

        self.clause_buttons.addWidget(self.remove_button)

        self.up_button = QPushButton(self.clauses_group)
        self.up_button.setObjectName(u"up_button")

        self.clause_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.clauses_group)
        self.down_button.setObjectName(u"down_button")

        self.clause_buttons.addWidget(self.down_button)


        self.clauses_layout.addLayout(self.clause_buttons)


        self.middle_layout.addWidget(self.clauses_group)

        self.values_group = QGroupBox(self.middle)
        self.values_group.setObjectName(u"values_group")
        self.values_layout = QFormLayout(self.values_group)
        self.values_layout.setObjectName(u"values_layout")
        self.year_label = QLabel(self.values_group)
        self.year_label.setObjectName(u"year_label")

        self.values_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.next_meeting_year = QLineEdit(self.values_group)
        self.next_meeting_year.setObjectName(u"next_meeting_year")

        self.values_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.next_meeting_year)

        self.host_label = QLabel(self.values_group)
        self.host_label.setObjectName(u"host_label")

        self.values_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.next_meeting_host = QComboBox(self.values_group)
        self.next_meeting_host.setObjectName(u"next_meeting_host")

        self.values_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_meeting_host)

        self.next_note = QLabel(self.values_group)
        self.next_note.setObjectName(u"next_note")
        self.next_note.setWordWrap(True)
        self.next_note.setTextFormat(Qt.TextFormat.PlainText)

        self.values_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.next_note)

        self.create_next_button = QPushButton(self.values_group)
        self.create_next_button.setObjectName(u"create_next_button")

        self.values_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.create_next_button)

        self.custom_values = QWidget(self.values_group)
        self.custom_values.setObjectName(u"custom_values")
        self.custom_layout = QFormLayout(self.custom_values)
        self.custom_layout.setObjectName(u"custom_layout")
        self.custom_layout.setContentsMargins(0, 0, 0, 0)

        self.values_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.custom_values)

        self.values_error = QLabel(self.values_group)
        self.values_error.setObjectName(u"values_error")
        self.values_error.setStyleSheet(u"color: #b00020;")
        self.values_error.setWordWrap(True)
        self.values_error.setTextFormat(Qt.TextFormat.PlainText)

        self.values_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.values_error)


        self.middle_layout.addWidget(self.values_group)

        self.splitter.addWidget(self.middle)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_row = QHBoxLayout()
        self.preview_row.setObjectName(u"preview_row")
        self.preview_label = QLabel(self.right)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_row.addWidget(self.preview_label)

        self.preview_language = QComboBox(self.right)
        self.preview_language.setObjectName(u"preview_language")

        self.preview_row.addWidget(self.preview_language)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_row.addItem(self.preview_spacer)


        self.right_layout.addLayout(self.preview_row)

        self.preview = QTextBrowser(self.right)
        self.preview.setObjectName(u"preview")

        self.right_layout.addWidget(self.preview)

        self.warnings_label = QLabel(self.right)
        self.warnings_label.setObjectName(u"warnings_label")

        self.right_layout.addWidget(self.warnings_label)

        self.warnings = QListWidget(self.right)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setMaximumSize(QSize(16777215, 120))

        self.right_layout.addWidget(self.warnings)

        self.splitter.addWidget(self.right)

        self.work_layout.addWidget(self.splitter)

        self.work_layout.setStretch(2, 1)
        self.stack.addWidget(self.work_page)

        self.page_layout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.draft_label.setBuddy(self.draft_combo)
        self.year_label.setBuddy(self.next_meeting_year)
        self.host_label.setBuddy(self.next_meeting_host)
        self.preview_label.setBuddy(self.preview_language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeclarationPage)
    # setupUi

    def retranslateUi(self, DeclarationPage):
        self.empty_label.setText(QCoreApplication.translate("DeclarationPage", u"This event has no declaration yet.", None))
        self.create_button.setText(QCoreApplication.translate("DeclarationPage", u"&Create the declaration", None))
        self.draft_label.setText(QCoreApplication.translate("DeclarationPage", u"&Draft:", None))
#if QT_CONFIG(tooltip)
        self.draft_combo.setToolTip(QCoreApplication.translate("DeclarationPage", u"The draft shown here is the one the event's documents are made from", None))
#endif // QT_CONFIG(tooltip)
        self.new_draft_button.setText(QCoreApplication.translate("DeclarationPage", u"New dra&ft", None))
#if QT_CONFIG(tooltip)
        self.new_draft_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"A new draft holding what this one holds now", None))
#endif // QT_CONFIG(tooltip)
        self.rename_draft_button.setText(QCoreApplication.translate("DeclarationPage", u"Rena&me\u2026", None))
        self.delete_draft_button.setText(QCoreApplication.translate("DeclarationPage", u"De&lete draft", None))
        self.save_revision_button.setText(QCoreApplication.translate("DeclarationPage", u"Save re&vision\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_revision_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"Save what the draft holds now as a revision, with a comment", None))
#endif // QT_CONFIG(tooltip)
        self.revisions_button.setText(QCoreApplication.translate("DeclarationPage", u"Revision&s\u2026", None))
#if QT_CONFIG(tooltip)
        self.revisions_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"The draft's revisions: compare two word by word, export the comparison, restore one", None))
#endif // QT_CONFIG(tooltip)
        self.languages_label.setText(QCoreApplication.translate("DeclarationPage", u"Languages of the declaration (the same clauses in each):", None))
        self.library_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Clause library", None))
        self.search.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"Search clauses\u2026", None))
#if QT_CONFIG(accessibility)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("DeclarationPage", u"Kind of clause", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tag_filter.setAccessibleName(QCoreApplication.translate("DeclarationPage", u"Tag", None))
#endif // QT_CONFIG(accessibility)
        self.show_retired.setText(QCoreApplication.translate("DeclarationPage", u"Sh&ow retired", None))
        self.clause_preview.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"The selected clause's text", None))
        self.new_clause_button.setText(QCoreApplication.translate("DeclarationPage", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_clause_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"Write a new clause for the library", None))
#endif // QT_CONFIG(tooltip)
        self.edit_clause_button.setText(QCoreApplication.translate("DeclarationPage", u"Edit\u2026", None))
        self.duplicate_clause_button.setText(QCoreApplication.translate("DeclarationPage", u"Dupli&cate\u2026", None))
        self.retire_clause_button.setText(QCoreApplication.translate("DeclarationPage", u"Retire", None))
#if QT_CONFIG(tooltip)
        self.retire_clause_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"No longer offer the clause for new declarations; those using it keep it", None))
#endif // QT_CONFIG(tooltip)
        self.import_library_button.setText(QCoreApplication.translate("DeclarationPage", u"Import li&brary\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_library_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"Add the clauses of a library file; each conflict is shown side by side for you to decide", None))
#endif // QT_CONFIG(tooltip)
        self.export_library_button.setText(QCoreApplication.translate("DeclarationPage", u"Export library\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_library_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"Write every clause of the library to a file to share", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("DeclarationPage", u"&Add to declaration \u2192", None))
        self.clauses_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Clauses of the declaration", None))
        self.remove_button.setText(QCoreApplication.translate("DeclarationPage", u"&Remove", None))
        self.up_button.setText(QCoreApplication.translate("DeclarationPage", u"&Up", None))
        self.down_button.setText(QCoreApplication.translate("DeclarationPage", u"Down", None))
        self.values_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Values the drafter enters", None))
        self.year_label.setText(QCoreApplication.translate("DeclarationPage", u"Next meeting's &year:", None))
        self.next_meeting_year.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"e.g. 2025", None))
        self.host_label.setText(QCoreApplication.translate("DeclarationPage", u"Next meeting's hos&t:", None))
        self.create_next_button.setText(QCoreApplication.translate("DeclarationPage", u"Create the ne&xt meeting", None))
#if QT_CONFIG(tooltip)
        self.create_next_button.setToolTip(QCoreApplication.translate("DeclarationPage", u"Plan the meeting this declaration decides: the next number, in the year and host state above", None))
#endif // QT_CONFIG(tooltip)
        self.preview_label.setText(QCoreApplication.translate("DeclarationPage", u"&Preview in:", None))
        self.warnings_label.setText(QCoreApplication.translate("DeclarationPage", u"Warnings (export waits until there are none):", None))
        pass
    # retranslateUi

