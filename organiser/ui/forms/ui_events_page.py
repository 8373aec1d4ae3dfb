# Generated from forms/events_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_EventsPage(object):
    def setupUi(self, EventsPage):
        if not EventsPage.objectName():
            EventsPage.setObjectName(u"EventsPage")
        self.page_layout = QVBoxLayout(EventsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(EventsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.list_side = QWidget(self.splitter)
        self.list_side.setObjectName(u"list_side")
        self.list_layout = QVBoxLayout(self.list_side)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.event_filter = QLineEdit(self.list_side)
        self.event_filter.setObjectName(u"event_filter")
        self.event_filter.setClearButtonEnabled(True)

        self.list_layout.addWidget(self.event_filter)

        self.events_view = QTableView(self.list_side)
        self.events_view.setObjectName(u"events_view")
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_view.setSortingEnabled(True)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.horizontalHeader().setStretchLastSection(True)
        self.events_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.events_view)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.new_button = QPushButton(self.list_side)
        self.new_button.setObjectName(u"new_button")

        self.list_buttons.addWidget(self.new_button)

        self.delete_button = QPushButton(self.list_side)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons.addWidget(self.delete_button)

        self.list_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons.addItem(self.list_buttons_spacer)


        self.list_layout.addLayout(self.list_buttons)

        self.splitter.addWidget(self.list_side)
        self.detail_side = QWidget(self.splitter)
        self.detail_side.setObjectName(u"detail_side")
        self.detail_layout = QVBoxLayout(self.detail_side)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.event_group = QGroupBox(self.detail_side)
        self.event_group.setObjectName(u"event_group")
        self.event_group_layout = QVBoxLayout(self.event_group)
        self.event_group_layout.setObjectName(u"event_group_layout")

        self.detail_layout.addWidget(self.event_group)

        self.programme_group = QGroupBox(self.detail_side)
        self.programme_group.setObjectName(u"programme_group")
        self.programme_layout = QVBoxLayout(self.programme_group)
        self.programme_layout.setObjectName(u"programme_layout")
        self.programme_view = QTableView(self.programme_group)
        self.programme_view.setObjectName(u"programme_view")
        self.programme_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.programme_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.programme_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.programme_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.programme_view.setAlternatingRowColors(True)
        self.programme_view.horizontalHeader().setStretchLastSection(True)
        self.programme_view.verticalHeader().setVisible(False)

        self.programme_layout.addWidget(self.programme_view)

        self.programme_buttons = QHBoxLayout()
        self.programme_buttons.setObjectName(u"programme_buttons")
        self.add_item_button = QPushButton(self.programme_group)
        self.add_item_button.setObjectName(u"add_item_button")

        self.programme_buttons.addWidget(self.add_item_button)

        self.remove_item_button = QPushButton(self.programme_group)
        self.remove_item_button.setObjectName(u"remove_item_button")

        self.programme_buttons.addWidget(self.remove_item_button)

        self.item_up_button = QPushButton(self.programme_group)
        self.item_up_button.setObjectName(u"item_up_button")

        self.programme_buttons.addWidget(self.item_up_button)

        self.item_down_button = QPushButton(self.programme_group)
        self.item_down_button.setObjectName(u"item_down_button")

        self.programme_buttons.addWidget(self.item_down_button)

        self.speakers_button = QPushButton(self.programme_group)
        self.speakers_button.setObjectName(u"speakers_button")

        self.programme_buttons.addWidget(self.speakers_button)

        self.programme_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programme_buttons.addItem(self.programme_spacer)


        self.programme_layout.addLayout(self.programme_buttons)

        self.programme_error = QLabel(self.programme_group)
        self.programme_error.setObjectName(u"programme_error")
        self.programme_error.setStyleSheet(u"color: #b00020;")
        self.programme_error.setWordWrap(True)
        self.programme_error.setTextFormat(Qt.TextFormat.PlainText)

        self.programme_layout.addWidget(self.programme_error)


        self.detail_layout.addWidget(self.programme_group)

        self.splitter.addWidget(self.detail_side)

        self.page_layout.addWidget(self.splitter)


        self.retranslateUi(EventsPage)
    # setupUi

    def retranslateUi(self, EventsPage):
        self.event_filter.setPlaceholderText(QCoreApplication.translate("EventsPage", u"Filter events by title, city or date\u2026", None))
        self.new_button.setText(QCoreApplication.translate("EventsPage", u"New e&vent", None))
        self.delete_button.setText(QCoreApplication.translate("EventsPage", u"Delete event", None))
        self.event_group.setTitle(QCoreApplication.translate("EventsPage", u"Event", None))
        self.programme_group.setTitle(QCoreApplication.translate("EventsPage", u"Programme", None))
        self.add_item_button.setText(QCoreApplication.translate("EventsPage", u"Add ite&m", None))
        self.remove_item_button.setText(QCoreApplication.translate("EventsPage", u"Remove item", None))
        self.item_up_button.setText(QCoreApplication.translate("EventsPage", u"Move up", None))
        self.item_down_button.setText(QCoreApplication.translate("EventsPage", u"Move down", None))
        self.speakers_button.setText(QCoreApplication.translate("EventsPage", u"Speakers\u2026", None))
        pass
    # retranslateUi

