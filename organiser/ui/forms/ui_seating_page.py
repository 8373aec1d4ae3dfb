# Generated from forms/seating_page.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGraphicsView,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SeatingPage(object):
    def setupUi(self, SeatingPage):
        if not SeatingPage.objectName():
            SeatingPage.setObjectName(u"SeatingPage")
        self.page_layout = QVBoxLayout(SeatingPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.options_row = QHBoxLayout()
        self.options_row.setObjectName(u"options_row")
        self.arrangement_label = QLabel(SeatingPage)
        self.arrangement_label.setObjectName(u"arrangement_label")

        self.options_row.addWidget(self.arrangement_label)

        self.arrangement = QComboBox(SeatingPage)
        self.arrangement.setObjectName(u"arrangement")

        self.options_row.addWidget(self.arrangement)

        self.members_check = QCheckBox(SeatingPage)
        self.members_check.setObjectName(u"members_check")
        self.members_check.setChecked(True)

        self.options_row.addWidget(self.members_check)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.options_row.addItem(self.options_spacer)

        self.print_button = QPushButton(SeatingPage)
        self.print_button.setObjectName(u"print_button")

        self.options_row.addWidget(self.print_button)

        self.export_button = QPushButton(SeatingPage)
        self.export_button.setObjectName(u"export_button")

        self.options_row.addWidget(self.export_button)


        self.page_layout.addLayout(self.options_row)

        self.order_label = QLabel(SeatingPage)
        self.order_label.setObjectName(u"order_label")
        self.order_label.setWordWrap(True)
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.order_label)

        self.view = QGraphicsView(SeatingPage)
        self.view.setObjectName(u"view")
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing|QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

        self.page_layout.addWidget(self.view)

        self.error_label = QLabel(SeatingPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.error_label)

#if QT_CONFIG(shortcut)
        self.arrangement_label.setBuddy(self.arrangement)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeatingPage)
    # setupUi

    def retranslateUi(self, SeatingPage):
        self.arrangement_label.setText(QCoreApplication.translate("SeatingPage", u"&Arrangement:", None))
#if QT_CONFIG(accessibility)
        self.arrangement.setAccessibleName(QCoreApplication.translate("SeatingPage", u"Arrangement of the tables", None))
#endif // QT_CONFIG(accessibility)
        self.members_check.setText(QCoreApplication.translate("SeatingPage", u"&Members behind their head", None))
        self.print_button.setText(QCoreApplication.translate("SeatingPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("SeatingPage", u"Print the seating plan", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("SeatingPage", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("SeatingPage", u"Save the seating plan as a Word document (.docx) or a picture (.png)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("SeatingPage", u"Seating plan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

