# Generated from forms/event_form.ui by tools/generate_forms.py — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

from organiser.ui.date_edit import DateEdit

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        self.event_form_layout = QVBoxLayout(EventForm)
        self.event_form_layout.setObjectName(u"event_form_layout")
        self.event_form_layout.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.council_label = QLabel(EventForm)
        self.council_label.setObjectName(u"council_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.council_label)

        self.council = QComboBox(EventForm)
        self.council.setObjectName(u"council")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.council)

        self.kind_label = QLabel(EventForm)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(EventForm)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.ordinal_label = QLabel(EventForm)
        self.ordinal_label.setObjectName(u"ordinal_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ordinal_label)

        self.ordinal = QSpinBox(EventForm)
        self.ordinal.setObjectName(u"ordinal")
        self.ordinal.setMinimum(0)
        self.ordinal.setMaximum(999)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ordinal)

        self.title_label = QLabel(EventForm)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.title = QLineEdit(EventForm)
        self.title.setObjectName(u"title")

        self.title_row.addWidget(self.title)

        self.propose_title = QToolButton(EventForm)
        self.propose_title.setObjectName(u"propose_title")

        self.title_row.addWidget(self.propose_title)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.title_row)

        self.topic_label = QLabel(EventForm)
        self.topic_label.setObjectName(u"topic_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic = QLineEdit(EventForm)
        self.topic.setObjectName(u"topic")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topic)

        self.start_label = QLabel(EventForm)
        self.start_label.setObjectName(u"start_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_date = DateEdit(EventForm)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_label = QLabel(EventForm)
        self.end_label.setObjectName(u"end_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_row = QHBoxLayout()
        self.end_row.setObjectName(u"end_row")
        self.has_end_date = QCheckBox(EventForm)
        self.has_end_date.setObjectName(u"has_end_date")

        self.end_row.addWidget(self.has_end_date)

        self.end_date = DateEdit(EventForm)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setCalendarPopup(True)

        self.end_row.addWidget(self.end_date)

        self.end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_row.addItem(self.end_spacer)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.end_row)

        self.city_label = QLabel(EventForm)
        self.city_label.setObjectName(u"city_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(EventForm)
        self.city.setObjectName(u"city")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city)

        self.country_label = QLabel(EventForm)
        self.country_label.setObjectName(u"country_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QComboBox(EventForm)
        self.country.setObjectName(u"country")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.country)

        self.venue_label = QLabel(EventForm)
        self.venue_label.setObjectName(u"venue_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue = QLineEdit(EventForm)
        self.venue.setObjectName(u"venue")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.venue)

        self.host_label = QLabel(EventForm)
        self.host_label.setObjectName(u"host_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_institution = QComboBox(EventForm)
        self.host_institution.setObjectName(u"host_institution")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.host_institution)


        self.event_form_layout.addLayout(self.fields)

        self.error_label = QLabel(EventForm)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.event_form_layout.addWidget(self.error_label)

        self.form_buttons = QHBoxLayout()
        self.form_buttons.setObjectName(u"form_buttons")
        self.form_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form_buttons.addItem(self.form_buttons_spacer)

        self.revert_button = QPushButton(EventForm)
        self.revert_button.setObjectName(u"revert_button")

        self.form_buttons.addWidget(self.revert_button)

        self.save_button = QPushButton(EventForm)
        self.save_button.setObjectName(u"save_button")

        self.form_buttons.addWidget(self.save_button)


        self.event_form_layout.addLayout(self.form_buttons)

#if QT_CONFIG(shortcut)
        self.council_label.setBuddy(self.council)
        self.kind_label.setBuddy(self.kind)
        self.ordinal_label.setBuddy(self.ordinal)
        self.title_label.setBuddy(self.title)
        self.topic_label.setBuddy(self.topic)
        self.start_label.setBuddy(self.start_date)
        self.end_label.setBuddy(self.end_date)
        self.city_label.setBuddy(self.city)
        self.country_label.setBuddy(self.country)
        self.venue_label.setBuddy(self.venue)
        self.host_label.setBuddy(self.host_institution)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventForm)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, EventForm):
        self.council_label.setText(QCoreApplication.translate("EventForm", u"&Council:", None))
        self.kind_label.setText(QCoreApplication.translate("EventForm", u"&Kind:", None))
        self.ordinal_label.setText(QCoreApplication.translate("EventForm", u"&No. in series:", None))
        self.ordinal.setSpecialValueText(QCoreApplication.translate("EventForm", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.ordinal.setToolTip(QCoreApplication.translate("EventForm", u"The event's number in the council's series (\u2014 for none)", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("EventForm", u"Tit&le:", None))
        self.propose_title.setText(QCoreApplication.translate("EventForm", u"Propose", None))
#if QT_CONFIG(tooltip)
        self.propose_title.setToolTip(QCoreApplication.translate("EventForm", u"Propose a title from the kind, the number and the council", None))
#endif // QT_CONFIG(tooltip)
        self.topic_label.setText(QCoreApplication.translate("EventForm", u"To&pic:", None))
        self.start_label.setText(QCoreApplication.translate("EventForm", u"Sta&rt date:", None))
        self.start_date.setDisplayFormat(QCoreApplication.translate("EventForm", u"d MMMM yyyy", None))
        self.end_label.setText(QCoreApplication.translate("EventForm", u"End &date:", None))
        self.has_end_date.setText(QCoreApplication.translate("EventForm", u"more than one day, until", None))
        self.end_date.setDisplayFormat(QCoreApplication.translate("EventForm", u"d MMMM yyyy", None))
        self.city_label.setText(QCoreApplication.translate("EventForm", u"Cit&y:", None))
        self.country_label.setText(QCoreApplication.translate("EventForm", u"C&ountry:", None))
        self.venue_label.setText(QCoreApplication.translate("EventForm", u"Ven&ue:", None))
        self.host_label.setText(QCoreApplication.translate("EventForm", u"Hos&t institution:", None))
        self.revert_button.setText(QCoreApplication.translate("EventForm", u"Revert", None))
        self.save_button.setText(QCoreApplication.translate("EventForm", u"&Save event", None))
        pass
    # retranslateUi

