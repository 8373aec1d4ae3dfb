# Generated from forms/main_window.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.action_new = QAction(MainWindow)
        self.action_new.setObjectName(u"action_new")
        self.action_open = QAction(MainWindow)
        self.action_open.setObjectName(u"action_open")
        self.action_save_copy = QAction(MainWindow)
        self.action_save_copy.setObjectName(u"action_save_copy")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_find = QAction(MainWindow)
        self.action_find.setObjectName(u"action_find")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 6)
        self.main_splitter = QSplitter(self.central_widget)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.main_splitter)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(150, 0))
        self.navigation.setMaximumSize(QSize(260, 16777215))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.main_splitter.addWidget(self.navigation)
        self.content = QWidget(self.main_splitter)
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.event_label = QLabel(self.content)
        self.event_label.setObjectName(u"event_label")
        self.event_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.event_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.language_label = QLabel(self.content)
        self.language_label.setObjectName(u"language_label")

        self.header_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(self.content)
        self.language_combo.setObjectName(u"language_combo")

        self.header_layout.addWidget(self.language_combo)


        self.content_layout.addLayout(self.header_layout)

        self.pages = QStackedWidget(self.content)
        self.pages.setObjectName(u"pages")

        self.content_layout.addWidget(self.pages)

        self.main_splitter.addWidget(self.content)

        self.central_layout.addWidget(self.main_splitter)

        MainWindow.setCentralWidget(self.central_widget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_workspace = QMenu(self.menubar)
        self.menu_workspace.setObjectName(u"menu_workspace")
        self.menu_recent = QMenu(self.menu_workspace)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_edit = QMenu(self.menubar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_go = QMenu(self.menubar)
        self.menu_go.setObjectName(u"menu_go")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menu_workspace.menuAction())
        self.menubar.addAction(self.menu_edit.menuAction())
        self.menubar.addAction(self.menu_go.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_workspace.addAction(self.action_new)
        self.menu_workspace.addAction(self.action_open)
        self.menu_workspace.addAction(self.menu_recent.menuAction())
        self.menu_workspace.addSeparator()
        self.menu_workspace.addAction(self.action_save_copy)
        self.menu_workspace.addSeparator()
        self.menu_workspace.addAction(self.action_quit)
        self.menu_edit.addAction(self.action_find)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"organiser", None))
        self.action_new.setText(QCoreApplication.translate("MainWindow", u"&New Workspace\u2026", None))
        self.action_open.setText(QCoreApplication.translate("MainWindow", u"&Open Workspace\u2026", None))
        self.action_save_copy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_save_copy.setToolTip(QCoreApplication.translate("MainWindow", u"Save a consistent copy (backup) of the workspace", None))
#endif // QT_CONFIG(tooltip)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About organiser", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
        self.event_label.setText(QCoreApplication.translate("MainWindow", u"No event selected", None))
        self.language_label.setText(QCoreApplication.translate("MainWindow", u"Edit&ing language:", None))
#if QT_CONFIG(tooltip)
        self.language_combo.setToolTip(QCoreApplication.translate("MainWindow", u"The language whose names and titles the forms show and edit", None))
#endif // QT_CONFIG(tooltip)
        self.menu_workspace.setTitle(QCoreApplication.translate("MainWindow", u"&Workspace", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menu_go.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

