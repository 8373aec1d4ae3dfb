# Generated from forms/delegation_dialog.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DelegationDialog(object):
    def setupUi(self, DelegationDialog):
        if not DelegationDialog.objectName():
            DelegationDialog.setObjectName(u"DelegationDialog")
        self.dialog_layout = QVBoxLayout(DelegationDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.party_label = QLabel(DelegationDialog)
        self.party_label.setObjectName(u"party_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.party_label)

        self.party_row = QHBoxLayout()
        self.party_row.setObjectName(u"party_row")
        self.party = QComboBox(DelegationDialog)
        self.party.setObjectName(u"party")
        self.party.setMinimumSize(QSize(380, 0))

        self.party_row.addWidget(self.party)

        self.new_party_button = QPushButton(DelegationDialog)
        self.new_party_button.setObjectName(u"new_party_button")

        self.party_row.addWidget(self.new_party_button)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.party_row)

        self.institution_label = QLabel(DelegationDialog)
        self.institution_label.setObjectName(u"institution_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution_row = QHBoxLayout()
        self.institution_row.setObjectName(u"institution_row")
        self.institution = QComboBox(DelegationDialog)
        self.institution.setObjectName(u"institution")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.institution.sizePolicy().hasHeightForWidth())
        self.institution.setSizePolicy(sizePolicy)

        self.institution_row.addWidget(self.institution)

        self.new_institution_button = QPushButton(DelegationDialog)
        self.new_institution_button.setObjectName(u"new_institution_button")

        self.institution_row.addWidget(self.new_institution_button)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.institution_row)


        self.dialog_layout.addLayout(self.fields)

        self.error_label = QLabel(DelegationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(DelegationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.party_label.setBuddy(self.party)
        self.institution_label.setBuddy(self.institution)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DelegationDialog)
    # setupUi

    def retranslateUi(self, DelegationDialog):
        DelegationDialog.setWindowTitle(QCoreApplication.translate("DelegationDialog", u"Add delegation", None))
        self.party_label.setText(QCoreApplication.translate("DelegationDialog", u"&State:", None))
        self.new_party_button.setText(QCoreApplication.translate("DelegationDialog", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_party_button.setToolTip(QCoreApplication.translate("DelegationDialog", u"Add a state or organisation that is not in the list yet, with its names per language", None))
#endif // QT_CONFIG(tooltip)
        self.institution_label.setText(QCoreApplication.translate("DelegationDialog", u"&Institution:", None))
        self.new_institution_button.setText(QCoreApplication.translate("DelegationDialog", u"N&ew\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_institution_button.setToolTip(QCoreApplication.translate("DelegationDialog", u"Add an institution that is not in the list yet, with its names per language", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

