# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointments_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QStackedWidget, QTableWidget, QTimeEdit, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.load_chart import LoadChart

class Ui_AppointmentsTab(object):
    def setupUi(self, AppointmentsTab):
        if not AppointmentsTab.objectName():
            AppointmentsTab.setObjectName(u"AppointmentsTab")
        AppointmentsTab.resize(1280, 760)
        self.rootLayout = QVBoxLayout(AppointmentsTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.navBar = QHBoxLayout()
        self.navBar.setObjectName(u"navBar")
        self.previousButton = QPushButton(AppointmentsTab)
        self.previousButton.setObjectName(u"previousButton")

        self.navBar.addWidget(self.previousButton)

        self.todayButton = QPushButton(AppointmentsTab)
        self.todayButton.setObjectName(u"todayButton")

        self.navBar.addWidget(self.todayButton)

        self.nextButton = QPushButton(AppointmentsTab)
        self.nextButton.setObjectName(u"nextButton")

        self.navBar.addWidget(self.nextButton)

        self.dateEdit = QDateEdit(AppointmentsTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumSize(QSize(150, 0))

        self.navBar.addWidget(self.dateEdit)

        self.navSpacer1 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.navBar.addItem(self.navSpacer1)

        self.dayButton = QPushButton(AppointmentsTab)
        self.dayButton.setObjectName(u"dayButton")
        self.dayButton.setCheckable(True)
        self.dayButton.setChecked(True)
        self.dayButton.setAutoExclusive(True)

        self.navBar.addWidget(self.dayButton)

        self.weekButton = QPushButton(AppointmentsTab)
        self.weekButton.setObjectName(u"weekButton")
        self.weekButton.setCheckable(True)
        self.weekButton.setAutoExclusive(True)

        self.navBar.addWidget(self.weekButton)

        self.navSpacer2 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.navBar.addItem(self.navSpacer2)

        self.summaryLabel = QLabel(AppointmentsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.navBar.addWidget(self.summaryLabel)


        self.rootLayout.addLayout(self.navBar)

        self.mainSplitter = QSplitter(AppointmentsTab)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.mainSplitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.viewStack = QStackedWidget(self.leftPane)
        self.viewStack.setObjectName(u"viewStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.viewStack.sizePolicy().hasHeightForWidth())
        self.viewStack.setSizePolicy(sizePolicy1)
        self.viewStack.setMinimumSize(QSize(0, 240))
        self.viewStack.setMaximumSize(QSize(16777215, 240))
        self.dayPage = QWidget()
        self.dayPage.setObjectName(u"dayPage")
        self.dayPageLayout = QVBoxLayout(self.dayPage)
        self.dayPageLayout.setObjectName(u"dayPageLayout")
        self.dayPageLayout.setContentsMargins(0, 0, 0, 0)
        self.loadChart = LoadChart(self.dayPage)
        self.loadChart.setObjectName(u"loadChart")

        self.dayPageLayout.addWidget(self.loadChart)

        self.viewStack.addWidget(self.dayPage)
        self.weekPage = QWidget()
        self.weekPage.setObjectName(u"weekPage")
        self.weekPageLayout = QVBoxLayout(self.weekPage)
        self.weekPageLayout.setObjectName(u"weekPageLayout")
        self.weekPageLayout.setContentsMargins(0, 0, 0, 0)
        self.weekGrid = QTableWidget(self.weekPage)
        self.weekGrid.setObjectName(u"weekGrid")
        self.weekGrid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.weekGrid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.weekGrid.setCornerButtonEnabled(False)

        self.weekPageLayout.addWidget(self.weekGrid)

        self.viewStack.addWidget(self.weekPage)

        self.leftLayout.addWidget(self.viewStack)

        self.listLabel = QLabel(self.leftPane)
        self.listLabel.setObjectName(u"listLabel")

        self.leftLayout.addWidget(self.listLabel)

        self.bookingTable = QTableWidget(self.leftPane)
        self.bookingTable.setObjectName(u"bookingTable")
        self.bookingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.bookingTable.setAlternatingRowColors(True)
        self.bookingTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.bookingTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.bookingTable.setWordWrap(False)

        self.leftLayout.addWidget(self.bookingTable)

        self.emptyLabel = QLabel(self.leftPane)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.leftLayout.addWidget(self.emptyLabel)

        self.actionBar = QHBoxLayout()
        self.actionBar.setObjectName(u"actionBar")
        self.newButton = QPushButton(self.leftPane)
        self.newButton.setObjectName(u"newButton")

        self.actionBar.addWidget(self.newButton)

        self.moveButton = QPushButton(self.leftPane)
        self.moveButton.setObjectName(u"moveButton")

        self.actionBar.addWidget(self.moveButton)

        self.cancelButton = QPushButton(self.leftPane)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionBar.addWidget(self.cancelButton)

        self.noShowButton = QPushButton(self.leftPane)
        self.noShowButton.setObjectName(u"noShowButton")

        self.actionBar.addWidget(self.noShowButton)

        self.confirmMessageButton = QPushButton(self.leftPane)
        self.confirmMessageButton.setObjectName(u"confirmMessageButton")

        self.actionBar.addWidget(self.confirmMessageButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.arrivedButton = QPushButton(self.leftPane)
        self.arrivedButton.setObjectName(u"arrivedButton")

        self.actionBar.addWidget(self.arrivedButton)


        self.leftLayout.addLayout(self.actionBar)

        self.mainSplitter.addWidget(self.leftPane)
        self.bookingPanel = QGroupBox(self.mainSplitter)
        self.bookingPanel.setObjectName(u"bookingPanel")
        self.bookingPanel.setMinimumSize(QSize(340, 0))
        self.panelLayout = QVBoxLayout(self.bookingPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.moveLabel = QLabel(self.bookingPanel)
        self.moveLabel.setObjectName(u"moveLabel")
        self.moveLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.moveLabel)

        self.bookingForm = QFormLayout()
        self.bookingForm.setObjectName(u"bookingForm")
        self.bookingForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.startLabel = QLabel(self.bookingPanel)
        self.startLabel.setObjectName(u"startLabel")

        self.bookingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startDateEdit = QDateEdit(self.bookingPanel)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.startLayout.addWidget(self.startDateEdit)

        self.startTimeEdit = QTimeEdit(self.bookingPanel)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.startLayout.addWidget(self.startTimeEdit)


        self.bookingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.startLayout)

        self.start_atError = QLabel(self.bookingPanel)
        self.start_atError.setObjectName(u"start_atError")

        self.bookingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_atError)

        self.durationLabel = QLabel(self.bookingPanel)
        self.durationLabel.setObjectName(u"durationLabel")

        self.bookingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.bookingPanel)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(480)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.bookingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.duration_minError = QLabel(self.bookingPanel)
        self.duration_minError.setObjectName(u"duration_minError")

        self.bookingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duration_minError)

        self.nameLabel = QLabel(self.bookingPanel)
        self.nameLabel.setObjectName(u"nameLabel")

        self.bookingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.contactNameEdit = QLineEdit(self.bookingPanel)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.bookingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contact_nameError = QLabel(self.bookingPanel)
        self.contact_nameError.setObjectName(u"contact_nameError")

        self.bookingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_nameError)

        self.phoneLabel = QLabel(self.bookingPanel)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.bookingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.contactPhoneEdit = QLineEdit(self.bookingPanel)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.bookingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.contact_phoneError = QLabel(self.bookingPanel)
        self.contact_phoneError.setObjectName(u"contact_phoneError")

        self.bookingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contact_phoneError)

        self.plateLabel = QLabel(self.bookingPanel)
        self.plateLabel.setObjectName(u"plateLabel")

        self.bookingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plateEdit = QLineEdit(self.bookingPanel)
        self.plateEdit.setObjectName(u"plateEdit")
        self.plateEdit.setMaxLength(12)

        self.bookingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.plateEdit)

        self.plateError = QLabel(self.bookingPanel)
        self.plateError.setObjectName(u"plateError")

        self.bookingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.plateError)

        self.plateHint = QLabel(self.bookingPanel)
        self.plateHint.setObjectName(u"plateHint")
        self.plateHint.setWordWrap(True)

        self.bookingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.plateHint)

        self.jobClassLabel = QLabel(self.bookingPanel)
        self.jobClassLabel.setObjectName(u"jobClassLabel")

        self.bookingForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.jobClassLabel)

        self.jobClassCombo = QComboBox(self.bookingPanel)
        self.jobClassCombo.setObjectName(u"jobClassCombo")

        self.bookingForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.jobClassCombo)

        self.payerLabel = QLabel(self.bookingPanel)
        self.payerLabel.setObjectName(u"payerLabel")

        self.bookingForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payerCombo = QComboBox(self.bookingPanel)
        self.payerCombo.setObjectName(u"payerCombo")

        self.bookingForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.payerCombo)

        self.noteLabel = QLabel(self.bookingPanel)
        self.noteLabel.setObjectName(u"noteLabel")

        self.bookingForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.bookingPanel)
        self.noteEdit.setObjectName(u"noteEdit")

        self.bookingForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteError = QLabel(self.bookingPanel)
        self.noteError.setObjectName(u"noteError")

        self.bookingForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.noteError)


        self.panelLayout.addLayout(self.bookingForm)

        self.formError = QLabel(self.bookingPanel)
        self.formError.setObjectName(u"formError")

        self.panelLayout.addWidget(self.formError)

        self.panelButtons = QHBoxLayout()
        self.panelButtons.setObjectName(u"panelButtons")
        self.bookButton = QPushButton(self.bookingPanel)
        self.bookButton.setObjectName(u"bookButton")

        self.panelButtons.addWidget(self.bookButton)

        self.clearButton = QPushButton(self.bookingPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.panelButtons.addWidget(self.clearButton)

        self.applyMoveButton = QPushButton(self.bookingPanel)
        self.applyMoveButton.setObjectName(u"applyMoveButton")

        self.panelButtons.addWidget(self.applyMoveButton)

        self.backButton = QPushButton(self.bookingPanel)
        self.backButton.setObjectName(u"backButton")

        self.panelButtons.addWidget(self.backButton)


        self.panelLayout.addLayout(self.panelButtons)

        self.resultLabel = QLabel(self.bookingPanel)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.RichText)

        self.panelLayout.addWidget(self.resultLabel)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

        self.mainSplitter.addWidget(self.bookingPanel)

        self.rootLayout.addWidget(self.mainSplitter)

        self.rootLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.bookingTable)
        self.startLabel.setBuddy(self.startDateEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.nameLabel.setBuddy(self.contactNameEdit)
        self.phoneLabel.setBuddy(self.contactPhoneEdit)
        self.plateLabel.setBuddy(self.plateEdit)
        self.jobClassLabel.setBuddy(self.jobClassCombo)
        self.payerLabel.setBuddy(self.payerCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.bookingTable)
        QWidget.setTabOrder(self.bookingTable, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.plateEdit)
        QWidget.setTabOrder(self.plateEdit, self.jobClassCombo)
        QWidget.setTabOrder(self.jobClassCombo, self.payerCombo)
        QWidget.setTabOrder(self.payerCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.bookButton)
        QWidget.setTabOrder(self.bookButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.applyMoveButton)
        QWidget.setTabOrder(self.applyMoveButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.noShowButton)
        QWidget.setTabOrder(self.noShowButton, self.confirmMessageButton)
        QWidget.setTabOrder(self.confirmMessageButton, self.arrivedButton)
        QWidget.setTabOrder(self.arrivedButton, self.previousButton)
        QWidget.setTabOrder(self.previousButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.dayButton)
        QWidget.setTabOrder(self.dayButton, self.weekButton)
        QWidget.setTabOrder(self.weekButton, self.weekGrid)

        self.retranslateUi(AppointmentsTab)

        QMetaObject.connectSlotsByName(AppointmentsTab)
    # setupUi

    def retranslateUi(self, AppointmentsTab):
        AppointmentsTab.setWindowTitle(QCoreApplication.translate("AppointmentsTab", u"Appointments", None))
        self.previousButton.setText(QCoreApplication.translate("AppointmentsTab", u"\u25c0 Pre&vious", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"The previous day or week (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Back to today", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("AppointmentsTab", u"Ne&xt \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"The next day or week (Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("AppointmentsTab", u"The day shown (in the week view: its week)", None))
#endif // QT_CONFIG(tooltip)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AppointmentsTab", u"yyyy-MM-dd ddd", None))
        self.dayButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Day", None))
#if QT_CONFIG(tooltip)
        self.dayButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"The day's bookings and its load per hour", None))
#endif // QT_CONFIG(tooltip)
        self.weekButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Week", None))
#if QT_CONFIG(tooltip)
        self.weekButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Monday to Sunday: the load of every hour, to find a quiet time", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
#if QT_CONFIG(tooltip)
        self.loadChart.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Cars booked in each hour against the bays; click an hour to book in it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weekGrid.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Cars booked per hour; red is over capacity, amber nearly full. Click an hour to book in it", None))
#endif // QT_CONFIG(tooltip)
        self.listLabel.setText(QCoreApplication.translate("AppointmentsTab", u"Bookin&gs", None))
        self.emptyLabel.setText(QCoreApplication.translate("AppointmentsTab", u"No bookings on this day yet.", None))
        self.newButton.setText(QCoreApplication.translate("AppointmentsTab", u"N&ew booking", None))
        self.moveButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Move\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Cancel booking\u2026", None))
        self.noShowButton.setText(QCoreApplication.translate("AppointmentsTab", u"No-s&how", None))
        self.confirmMessageButton.setText(QCoreApplication.translate("AppointmentsTab", u"Con&firm by message\u2026", None))
        self.arrivedButton.setText(QCoreApplication.translate("AppointmentsTab", u"Car arrived \u2192 &intake", None))
        self.bookingPanel.setTitle(QCoreApplication.translate("AppointmentsTab", u"New booking", None))
        self.moveLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("AppointmentsTab", u"&Start:", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("AppointmentsTab", u"yyyy-MM-dd ddd", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("AppointmentsTab", u"HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("AppointmentsTab", u"D&uration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("AppointmentsTab", u" min", None))
        self.nameLabel.setText(QCoreApplication.translate("AppointmentsTab", u"&Name:", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("AppointmentsTab", u"Who is coming", None))
        self.phoneLabel.setText(QCoreApplication.translate("AppointmentsTab", u"&Phone:", None))
        self.plateLabel.setText(QCoreApplication.translate("AppointmentsTab", u"P&late:", None))
        self.plateEdit.setPlaceholderText(QCoreApplication.translate("AppointmentsTab", u"If known, e.g. \u4eacA12345", None))
        self.jobClassLabel.setText(QCoreApplication.translate("AppointmentsTab", u"&Job class:", None))
        self.payerLabel.setText(QCoreApplication.translate("AppointmentsTab", u"Pa&yer:", None))
        self.noteLabel.setText(QCoreApplication.translate("AppointmentsTab", u"N&ote:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AppointmentsTab", u"What the customer said it is about", None))
        self.bookButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Book", None))
#if QT_CONFIG(tooltip)
        self.bookButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Book this time (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("AppointmentsTab", u"Clea&r", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Empty the form for another customer", None))
#endif // QT_CONFIG(tooltip)
        self.applyMoveButton.setText(QCoreApplication.translate("AppointmentsTab", u"&Apply new time", None))
#if QT_CONFIG(tooltip)
        self.applyMoveButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Move the booking to this time (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("AppointmentsTab", u"Bac&k to new booking", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("AppointmentsTab", u"Leave the booking where it was", None))
#endif // QT_CONFIG(tooltip)
        self.resultLabel.setText("")
    # retranslateUi
