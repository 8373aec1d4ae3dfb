# Generated from forms/declaration_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

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

        self.values_error = QLabel(self.values_group)
        self.values_error.setObjectName(u"values_error")
        self.values_error.setStyleSheet(u"color: #b00020;")
        self.values_error.setWordWrap(True)
        self.values_error.setTextFormat(Qt.TextFormat.PlainText)

        self.values_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.values_error)


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

        self.stack.addWidget(self.work_page)

        self.page_layout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.next_meeting_year)
        self.host_label.setBuddy(self.next_meeting_host)
        self.preview_label.setBuddy(self.preview_language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeclarationPage)
    # setupUi

    def retranslateUi(self, DeclarationPage):
        self.empty_label.setText(QCoreApplication.translate("DeclarationPage", u"This event has no declaration yet.", None))
        self.create_button.setText(QCoreApplication.translate("DeclarationPage", u"&Create the declaration", None))
        self.library_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Clause library", None))
        self.search.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"Search clauses\u2026", None))
#if QT_CONFIG(accessibility)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("DeclarationPage", u"Kind of clause", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tag_filter.setAccessibleName(QCoreApplication.translate("DeclarationPage", u"Tag", None))
#endif // QT_CONFIG(accessibility)
        self.clause_preview.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"The selected clause's text", None))
        self.add_button.setText(QCoreApplication.translate("DeclarationPage", u"&Add to declaration \u2192", None))
        self.clauses_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Clauses of the declaration", None))
        self.remove_button.setText(QCoreApplication.translate("DeclarationPage", u"&Remove", None))
        self.up_button.setText(QCoreApplication.translate("DeclarationPage", u"&Up", None))
        self.down_button.setText(QCoreApplication.translate("DeclarationPage", u"Do&wn", None))
        self.values_group.setTitle(QCoreApplication.translate("DeclarationPage", u"Values the drafter enters", None))
        self.year_label.setText(QCoreApplication.translate("DeclarationPage", u"Next meeting's &year:", None))
        self.next_meeting_year.setPlaceholderText(QCoreApplication.translate("DeclarationPage", u"e.g. 2025", None))
        self.host_label.setText(QCoreApplication.translate("DeclarationPage", u"Next meeting's &host:", None))
        self.preview_label.setText(QCoreApplication.translate("DeclarationPage", u"&Preview in:", None))
        self.warnings_label.setText(QCoreApplication.translate("DeclarationPage", u"Warnings (export waits until there are none):", None))
        pass
    # retranslateUi

