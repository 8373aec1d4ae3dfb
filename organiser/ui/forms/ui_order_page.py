# Generated from forms/order_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrderPage(object):
    def setupUi(self, OrderPage):
        if not OrderPage.objectName():
            OrderPage.setObjectName(u"OrderPage")
        self.page_layout = QVBoxLayout(OrderPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.rule_group = QGroupBox(OrderPage)
        self.rule_group.setObjectName(u"rule_group")
        self.rule_layout = QHBoxLayout(self.rule_group)
        self.rule_layout.setObjectName(u"rule_layout")
        self.language_label = QLabel(self.rule_group)
        self.language_label.setObjectName(u"language_label")

        self.rule_layout.addWidget(self.language_label)

        self.language = QComboBox(self.rule_group)
        self.language.setObjectName(u"language")

        self.rule_layout.addWidget(self.language)

        self.host_label = QLabel(self.rule_group)
        self.host_label.setObjectName(u"host_label")

        self.rule_layout.addWidget(self.host_label)

        self.host_placement = QComboBox(self.rule_group)
        self.host_placement.setObjectName(u"host_placement")

        self.rule_layout.addWidget(self.host_placement)

        self.rule_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rule_layout.addItem(self.rule_spacer)


        self.page_layout.addWidget(self.rule_group)

        self.order_view = QTableView(OrderPage)
        self.order_view.setObjectName(u"order_view")
        self.order_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.order_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.order_view.setAlternatingRowColors(True)
        self.order_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.order_view.horizontalHeader().setStretchLastSection(True)
        self.order_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.order_view)

        self.error_label = QLabel(OrderPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.error_label)

        self.order_buttons = QHBoxLayout()
        self.order_buttons.setObjectName(u"order_buttons")
        self.up_button = QPushButton(OrderPage)
        self.up_button.setObjectName(u"up_button")

        self.order_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(OrderPage)
        self.down_button.setObjectName(u"down_button")

        self.order_buttons.addWidget(self.down_button)

        self.reset_button = QPushButton(OrderPage)
        self.reset_button.setObjectName(u"reset_button")

        self.order_buttons.addWidget(self.reset_button)

        self.order_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.order_buttons.addItem(self.order_spacer)


        self.page_layout.addLayout(self.order_buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.host_label.setBuddy(self.host_placement)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderPage)
    # setupUi

    def retranslateUi(self, OrderPage):
        self.rule_group.setTitle(QCoreApplication.translate("OrderPage", u"Rule", None))
        self.language_label.setText(QCoreApplication.translate("OrderPage", u"Alphabetical order of the &language:", None))
        self.host_label.setText(QCoreApplication.translate("OrderPage", u"Hos&t delegation:", None))
        self.up_button.setText(QCoreApplication.translate("OrderPage", u"Move &up\u2026", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("OrderPage", u"Move the delegation one place up by hand, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("OrderPage", u"Move &down\u2026", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("OrderPage", u"Move the delegation one place down by hand, with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.reset_button.setText(QCoreApplication.translate("OrderPage", u"&Reset to the rule", None))
        pass
    # retranslateUi

