# Generated from forms/member_dialog.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        self.dialog_layout = QVBoxLayout(MemberDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.existing_radio = QRadioButton(MemberDialog)
        self.existing_radio.setObjectName(u"existing_radio")
        self.existing_radio.setChecked(True)

        self.dialog_layout.addWidget(self.existing_radio)

        self.person = QComboBox(MemberDialog)
        self.person.setObjectName(u"person")
        self.person.setMinimumSize(QSize(420, 0))

        self.dialog_layout.addWidget(self.person)

        self.new_radio = QRadioButton(MemberDialog)
        self.new_radio.setObjectName(u"new_radio")

        self.dialog_layout.addWidget(self.new_radio)

        self.new_person = QWidget(MemberDialog)
        self.new_person.setObjectName(u"new_person")
        self.new_fields = QFormLayout(self.new_person)
        self.new_fields.setObjectName(u"new_fields")
        self.new_fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_fields.setContentsMargins(0, 0, 0, 0)
        self.honorific_label = QLabel(self.new_person)
        self.honorific_label.setObjectName(u"honorific_label")

        self.new_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.honorific_label)

        self.honorific = QComboBox(self.new_person)
        self.honorific.setObjectName(u"honorific")
        self.honorific.setEditable(True)

        self.new_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.honorific)

        self.given_label = QLabel(self.new_person)
        self.given_label.setObjectName(u"given_label")

        self.new_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_label)

        self.given_name = QLineEdit(self.new_person)
        self.given_name.setObjectName(u"given_name")

        self.new_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.surname_label = QLabel(self.new_person)
        self.surname_label.setObjectName(u"surname_label")

        self.new_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname = QLineEdit(self.new_person)
        self.surname.setObjectName(u"surname")

        self.new_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surname)

        self.rank_label = QLabel(self.new_person)
        self.rank_label.setObjectName(u"rank_label")

        self.new_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rank_label)

        self.rank = QLineEdit(self.new_person)
        self.rank.setObjectName(u"rank")

        self.new_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rank)

        self.position_label = QLabel(self.new_person)
        self.position_label.setObjectName(u"position_label")

        self.new_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(self.new_person)
        self.position.setObjectName(u"position")

        self.new_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)


        self.dialog_layout.addWidget(self.new_person)

        self.role_fields = QFormLayout()
        self.role_fields.setObjectName(u"role_fields")
        self.role_label = QLabel(MemberDialog)
        self.role_label.setObjectName(u"role_label")

        self.role_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(MemberDialog)
        self.role.setObjectName(u"role")

        self.role_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role)


        self.dialog_layout.addLayout(self.role_fields)

        self.error_label = QLabel(MemberDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(MemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.honorific_label.setBuddy(self.honorific)
        self.given_label.setBuddy(self.given_name)
        self.surname_label.setBuddy(self.surname)
        self.rank_label.setBuddy(self.rank)
        self.position_label.setBuddy(self.position)
        self.role_label.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Add member", None))
        self.existing_radio.setText(QCoreApplication.translate("MemberDialog", u"An &existing person:", None))
        self.new_radio.setText(QCoreApplication.translate("MemberDialog", u"A &new person, named in the editing language:", None))
        self.honorific_label.setText(QCoreApplication.translate("MemberDialog", u"&Honorific:", None))
        self.given_label.setText(QCoreApplication.translate("MemberDialog", u"&Given name:", None))
        self.surname_label.setText(QCoreApplication.translate("MemberDialog", u"&Surname:", None))
#if QT_CONFIG(tooltip)
        self.surname.setToolTip(QCoreApplication.translate("MemberDialog", u"As written; lists show it in capitals", None))
#endif // QT_CONFIG(tooltip)
        self.rank_label.setText(QCoreApplication.translate("MemberDialog", u"&Rank:", None))
        self.rank.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. Ambassador (optional)", None))
        self.position_label.setText(QCoreApplication.translate("MemberDialog", u"&Position:", None))
        self.role_label.setText(QCoreApplication.translate("MemberDialog", u"R&ole:", None))
    # retranslateUi

