# Generated from forms/main_window.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenuBar, QSizePolicy,
    QStatusBar, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1000, 640)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.workspace_label = QLabel(self.central_widget)
        self.workspace_label.setObjectName(u"workspace_label")

        self.central_layout.addWidget(self.workspace_label)

        self.event_filter = QLineEdit(self.central_widget)
        self.event_filter.setObjectName(u"event_filter")
        self.event_filter.setClearButtonEnabled(True)

        self.central_layout.addWidget(self.event_filter)

        self.events_view = QTableView(self.central_widget)
        self.events_view.setObjectName(u"events_view")
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_view.setSortingEnabled(True)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.horizontalHeader().setStretchLastSection(True)
        self.events_view.verticalHeader().setVisible(False)

        self.central_layout.addWidget(self.events_view)

        MainWindow.setCentralWidget(self.central_widget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"organiser", None))
        self.workspace_label.setText(QCoreApplication.translate("MainWindow", u"Workspace", None))
        self.event_filter.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter events by title, city or date\u2026", None))
    # retranslateUi

