# Generated from forms/delegations_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_DelegationsPage(object):
    def setupUi(self, DelegationsPage):
        if not DelegationsPage.objectName():
            DelegationsPage.setObjectName(u"DelegationsPage")
        self.page_layout = QVBoxLayout(DelegationsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(DelegationsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.delegations_group = QGroupBox(self.splitter)
        self.delegations_group.setObjectName(u"delegations_group")
        self.delegations_layout = QVBoxLayout(self.delegations_group)
        self.delegations_layout.setObjectName(u"delegations_layout")
        self.delegations_view = QTableView(self.delegations_group)
        self.delegations_view.setObjectName(u"delegations_view")
        self.delegations_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.delegations_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegations_view.setAlternatingRowColors(True)
        self.delegations_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegations_view.horizontalHeader().setStretchLastSection(True)
        self.delegations_view.verticalHeader().setVisible(False)

        self.delegations_layout.addWidget(self.delegations_view)

        self.delegation_buttons = QHBoxLayout()
        self.delegation_buttons.setObjectName(u"delegation_buttons")
        self.add_state_button = QPushButton(self.delegations_group)
        self.add_state_button.setObjectName(u"add_state_button")

        self.delegation_buttons.addWidget(self.add_state_button)

        self.add_organisation_button = QPushButton(self.delegations_group)
        self.add_organisation_button.setObjectName(u"add_organisation_button")

        self.delegation_buttons.addWidget(self.add_organisation_button)

        self.add_guests_button = QPushButton(self.delegations_group)
        self.add_guests_button.setObjectName(u"add_guests_button")

        self.delegation_buttons.addWidget(self.add_guests_button)

        self.remove_delegation_button = QPushButton(self.delegations_group)
        self.remove_delegation_button.setObjectName(u"remove_delegation_button")

        self.delegation_buttons.addWidget(self.remove_delegation_button)

        self.edit_party_button = QPushButton(self.delegations_group)
        self.edit_party_button.setObjectName(u"edit_party_button")

        self.delegation_buttons.addWidget(self.edit_party_button)

        self.delegation_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.delegation_buttons.addItem(self.delegation_spacer)


        self.delegations_layout.addLayout(self.delegation_buttons)

        self.splitter.addWidget(self.delegations_group)
        self.members_group = QGroupBox(self.splitter)
        self.members_group.setObjectName(u"members_group")
        self.members_layout = QVBoxLayout(self.members_group)
        self.members_layout.setObjectName(u"members_layout")
        self.members_view = QTableView(self.members_group)
        self.members_view.setObjectName(u"members_view")
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.members_view.verticalHeader().setVisible(False)

        self.members_layout.addWidget(self.members_view)

        self.member_buttons = QHBoxLayout()
        self.member_buttons.setObjectName(u"member_buttons")
        self.add_member_button = QPushButton(self.members_group)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_buttons.addWidget(self.add_member_button)

        self.remove_member_button = QPushButton(self.members_group)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_buttons.addWidget(self.remove_member_button)

        self.edit_member_button = QPushButton(self.members_group)
        self.edit_member_button.setObjectName(u"edit_member_button")

        self.member_buttons.addWidget(self.edit_member_button)

        self.role_label = QLabel(self.members_group)
        self.role_label.setObjectName(u"role_label")

        self.member_buttons.addWidget(self.role_label)

        self.role_combo = QComboBox(self.members_group)
        self.role_combo.setObjectName(u"role_combo")

        self.member_buttons.addWidget(self.role_combo)

        self.member_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons.addItem(self.member_spacer)


        self.members_layout.addLayout(self.member_buttons)

        self.splitter.addWidget(self.members_group)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DelegationsPage)
    # setupUi

    def retranslateUi(self, DelegationsPage):
        self.delegations_group.setTitle(QCoreApplication.translate("DelegationsPage", u"Delegations of the event", None))
        self.add_state_button.setText(QCoreApplication.translate("DelegationsPage", u"Add &state\u2026", None))
        self.add_organisation_button.setText(QCoreApplication.translate("DelegationsPage", u"Add &organisation\u2026", None))
        self.add_guests_button.setText(QCoreApplication.translate("DelegationsPage", u"Add g&uests\u2026", None))
        self.remove_delegation_button.setText(QCoreApplication.translate("DelegationsPage", u"&Remove delegation", None))
        self.edit_party_button.setText(QCoreApplication.translate("DelegationsPage", u"Edit &names\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_party_button.setToolTip(QCoreApplication.translate("DelegationsPage", u"The names of the delegation's state, organisation or institution in every language", None))
#endif // QT_CONFIG(tooltip)
        self.members_group.setTitle(QCoreApplication.translate("DelegationsPage", u"Members of the selected delegation", None))
        self.add_member_button.setText(QCoreApplication.translate("DelegationsPage", u"Add &member\u2026", None))
        self.remove_member_button.setText(QCoreApplication.translate("DelegationsPage", u"Remo&ve member", None))
        self.edit_member_button.setText(QCoreApplication.translate("DelegationsPage", u"Edi&t member\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_member_button.setToolTip(QCoreApplication.translate("DelegationsPage", u"The member's honorific, rank, given name, surname and position in every language", None))
#endif // QT_CONFIG(tooltip)
        self.role_label.setText(QCoreApplication.translate("DelegationsPage", u"Ro&le:", None))
        pass
    # retranslateUi

