# Generated from forms/clause_editor.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ClauseEditor(object):
    def setupUi(self, ClauseEditor):
        if not ClauseEditor.objectName():
            ClauseEditor.setObjectName(u"ClauseEditor")
        ClauseEditor.setMinimumSize(QSize(760, 560))
        self.dialog_layout = QVBoxLayout(ClauseEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.key_label = QLabel(ClauseEditor)
        self.key_label.setObjectName(u"key_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key = QLineEdit(ClauseEditor)
        self.key.setObjectName(u"key")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key)

        self.kind_label = QLabel(ClauseEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ClauseEditor)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.tags_label = QLabel(ClauseEditor)
        self.tags_label.setObjectName(u"tags_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(ClauseEditor)
        self.tags.setObjectName(u"tags")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tags)

        self.original_label = QLabel(ClauseEditor)
        self.original_label.setObjectName(u"original_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.original_label)

        self.original_language = QComboBox(ClauseEditor)
        self.original_language.setObjectName(u"original_language")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.original_language)

        self.note_label = QLabel(ClauseEditor)
        self.note_label.setObjectName(u"note_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(ClauseEditor)
        self.note.setObjectName(u"note")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialog_layout.addLayout(self.fields)

        self.texts_label = QLabel(ClauseEditor)
        self.texts_label.setObjectName(u"texts_label")
        self.texts_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.texts_label)

        self.texts_tabs = QTabWidget(ClauseEditor)
        self.texts_tabs.setObjectName(u"texts_tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.texts_tabs.sizePolicy().hasHeightForWidth())
        self.texts_tabs.setSizePolicy(sizePolicy)

        self.dialog_layout.addWidget(self.texts_tabs)

        self.lower_row = QHBoxLayout()
        self.lower_row.setObjectName(u"lower_row")
        self.placeholders_group = QGroupBox(ClauseEditor)
        self.placeholders_group.setObjectName(u"placeholders_group")
        self.placeholders_layout = QVBoxLayout(self.placeholders_group)
        self.placeholders_layout.setObjectName(u"placeholders_layout")
        self.placeholders_view = QTableView(self.placeholders_group)
        self.placeholders_view.setObjectName(u"placeholders_view")
        self.placeholders_view.setAlternatingRowColors(True)
        self.placeholders_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholders_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

        self.placeholders_layout.addWidget(self.placeholders_view)

        self.placeholders_hint = QLabel(self.placeholders_group)
        self.placeholders_hint.setObjectName(u"placeholders_hint")
        self.placeholders_hint.setWordWrap(True)

        self.placeholders_layout.addWidget(self.placeholders_hint)


        self.lower_row.addWidget(self.placeholders_group)

        self.usage_group = QGroupBox(ClauseEditor)
        self.usage_group.setObjectName(u"usage_group")
        self.usage_layout = QVBoxLayout(self.usage_group)
        self.usage_layout.setObjectName(u"usage_layout")
        self.usage = QListWidget(self.usage_group)
        self.usage.setObjectName(u"usage")
        self.usage.setWordWrap(True)
        self.usage.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.usage_layout.addWidget(self.usage)


        self.lower_row.addWidget(self.usage_group)

        self.lower_row.setStretch(0, 3)
        self.lower_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.lower_row)

        self.error_label = QLabel(ClauseEditor)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(ClauseEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.key_label.setBuddy(self.key)
        self.kind_label.setBuddy(self.kind)
        self.tags_label.setBuddy(self.tags)
        self.original_label.setBuddy(self.original_language)
        self.note_label.setBuddy(self.note)
        self.texts_label.setBuddy(self.texts_tabs)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClauseEditor)
    # setupUi

    def retranslateUi(self, ClauseEditor):
        ClauseEditor.setWindowTitle(QCoreApplication.translate("ClauseEditor", u"Clause", None))
        self.key_label.setText(QCoreApplication.translate("ClauseEditor", u"&Key:", None))
        self.key.setPlaceholderText(QCoreApplication.translate("ClauseEditor", u"lower-case letters, digits and '-', e.g. operative-joint-training", None))
        self.kind_label.setText(QCoreApplication.translate("ClauseEditor", u"K&ind:", None))
        self.tags_label.setText(QCoreApplication.translate("ClauseEditor", u"&Tags:", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("ClauseEditor", u"separated by commas, e.g. training, cooperation", None))
        self.original_label.setText(QCoreApplication.translate("ClauseEditor", u"&Agreed in:", None))
#if QT_CONFIG(tooltip)
        self.original_language.setToolTip(QCoreApplication.translate("ClauseEditor", u"The language the clause was agreed in; its texts in other languages are translations of it.", None))
#endif // QT_CONFIG(tooltip)
        self.note_label.setText(QCoreApplication.translate("ClauseEditor", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ClauseEditor", u"when to use it, where it comes from", None))
        self.texts_label.setText(QCoreApplication.translate("ClauseEditor", u"Te&xts, one per language. Placeholders: {name} or {name:format}; a brace itself is written {{ or }}.", None))
        self.placeholders_group.setTitle(QCoreApplication.translate("ClauseEditor", u"&Placeholders found in the texts", None))
        self.placeholders_hint.setText(QCoreApplication.translate("ClauseEditor", u"The known ones come from the event; type the ones you define here (double-click the type).", None))
        self.usage_group.setTitle(QCoreApplication.translate("ClauseEditor", u"Used by", None))
    # retranslateUi

