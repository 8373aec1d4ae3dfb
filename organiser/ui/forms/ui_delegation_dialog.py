# Generated from forms/delegation_dialog.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

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

        self.party = QComboBox(DelegationDialog)
        self.party.setObjectName(u"party")
        self.party.setMinimumSize(QSize(380, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.party)

        self.institution_label = QLabel(DelegationDialog)
        self.institution_label.setObjectName(u"institution_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution = QComboBox(DelegationDialog)
        self.institution.setObjectName(u"institution")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institution)


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
        self.institution_label.setText(QCoreApplication.translate("DelegationDialog", u"&Institution:", None))
    # retranslateUi

