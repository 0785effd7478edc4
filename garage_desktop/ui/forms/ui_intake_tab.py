# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDateTimeEdit, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSlider, QSpacerItem,
    QSpinBox, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.damage_diagram import DamageDiagram
from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_IntakeTab(object):
    def setupUi(self, IntakeTab):
        if not IntakeTab.objectName():
            IntakeTab.setObjectName(u"IntakeTab")
        IntakeTab.resize(1280, 760)
        self.mainLayout = QGridLayout(IntakeTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setHorizontalSpacing(10)
        self.mainLayout.setVerticalSpacing(6)
        self.modeLabel = QLabel(IntakeTab)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setWordWrap(True)
        self.modeLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.modeLabel, 0, 0, 1, 2)

        self.formScroll = VerticalScrollArea(IntakeTab)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScrollContents = ScrollContents()
        self.formScrollContents.setObjectName(u"formScrollContents")
        self.formColumns = QHBoxLayout(self.formScrollContents)
        self.formColumns.setSpacing(10)
        self.formColumns.setObjectName(u"formColumns")
        self.formColumns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(6)
        self.leftColumn.setObjectName(u"leftColumn")
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(6)
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.formScrollContents)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.formScrollContents)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.newCustomerButton = QPushButton(self.formScrollContents)
        self.newCustomerButton.setObjectName(u"newCustomerButton")

        self.searchRow.addWidget(self.newCustomerButton)


        self.leftColumn.addLayout(self.searchRow)

        self.customerGroup = QGroupBox(self.formScrollContents)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerGrid = QGridLayout(self.customerGroup)
        self.customerGrid.setObjectName(u"customerGrid")
        self.customerGrid.setVerticalSpacing(2)
        self.nameLabel = QLabel(self.customerGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.customerGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.customerGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.customerGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.customerGroup)
        self.nameError.setObjectName(u"nameError")

        self.customerGrid.addWidget(self.nameError, 1, 1, 1, 1)

        self.phoneLabel = QLabel(self.customerGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.customerGrid.addWidget(self.phoneLabel, 2, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.customerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.customerGrid.addWidget(self.phoneEdit, 2, 1, 1, 1)

        self.phoneError = QLabel(self.customerGroup)
        self.phoneError.setObjectName(u"phoneError")

        self.customerGrid.addWidget(self.phoneError, 3, 1, 1, 1)

        self.addressLabel = QLabel(self.customerGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.customerGrid.addWidget(self.addressLabel, 4, 0, 1, 1)

        self.addressEdit = QLineEdit(self.customerGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.customerGrid.addWidget(self.addressEdit, 4, 1, 1, 1)

        self.addressError = QLabel(self.customerGroup)
        self.addressError.setObjectName(u"addressError")

        self.customerGrid.addWidget(self.addressError, 5, 1, 1, 1)


        self.leftColumn.addWidget(self.customerGroup)

        self.vehicleGroup = QGroupBox(self.formScrollContents)
        self.vehicleGroup.setObjectName(u"vehicleGroup")
        self.vehicleGrid = QGridLayout(self.vehicleGroup)
        self.vehicleGrid.setObjectName(u"vehicleGrid")
        self.vehicleGrid.setVerticalSpacing(2)
        self.plateLabel = QLabel(self.vehicleGroup)
        self.plateLabel.setObjectName(u"plateLabel")

        self.vehicleGrid.addWidget(self.plateLabel, 0, 0, 1, 1)

        self.plateEdit = QLineEdit(self.vehicleGroup)
        self.plateEdit.setObjectName(u"plateEdit")
        self.plateEdit.setMaxLength(12)
        self.plateEdit.setPlaceholderText(u"\u7cb5A12345")

        self.vehicleGrid.addWidget(self.plateEdit, 0, 1, 1, 1)

        self.vinLabel = QLabel(self.vehicleGroup)
        self.vinLabel.setObjectName(u"vinLabel")

        self.vehicleGrid.addWidget(self.vinLabel, 0, 2, 1, 1)

        self.vinEdit = QLineEdit(self.vehicleGroup)
        self.vinEdit.setObjectName(u"vinEdit")
        self.vinEdit.setMaxLength(24)

        self.vehicleGrid.addWidget(self.vinEdit, 0, 3, 1, 1)

        self.plateError = QLabel(self.vehicleGroup)
        self.plateError.setObjectName(u"plateError")

        self.vehicleGrid.addWidget(self.plateError, 1, 1, 1, 1)

        self.vinError = QLabel(self.vehicleGroup)
        self.vinError.setObjectName(u"vinError")

        self.vehicleGrid.addWidget(self.vinError, 1, 3, 1, 1)

        self.makeLabel = QLabel(self.vehicleGroup)
        self.makeLabel.setObjectName(u"makeLabel")

        self.vehicleGrid.addWidget(self.makeLabel, 2, 0, 1, 1)

        self.makeEdit = QLineEdit(self.vehicleGroup)
        self.makeEdit.setObjectName(u"makeEdit")

        self.vehicleGrid.addWidget(self.makeEdit, 2, 1, 1, 1)

        self.modelLabel = QLabel(self.vehicleGroup)
        self.modelLabel.setObjectName(u"modelLabel")

        self.vehicleGrid.addWidget(self.modelLabel, 2, 2, 1, 1)

        self.modelEdit = QLineEdit(self.vehicleGroup)
        self.modelEdit.setObjectName(u"modelEdit")

        self.vehicleGrid.addWidget(self.modelEdit, 2, 3, 1, 1)

        self.makeError = QLabel(self.vehicleGroup)
        self.makeError.setObjectName(u"makeError")

        self.vehicleGrid.addWidget(self.makeError, 3, 1, 1, 1)

        self.modelError = QLabel(self.vehicleGroup)
        self.modelError.setObjectName(u"modelError")

        self.vehicleGrid.addWidget(self.modelError, 3, 3, 1, 1)

        self.yearLabel = QLabel(self.vehicleGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.vehicleGrid.addWidget(self.yearLabel, 4, 0, 1, 1)

        self.yearSpin = QSpinBox(self.vehicleGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setSpecialValueText(u"\u2014")
        self.yearSpin.setMinimum(1949)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(1949)

        self.vehicleGrid.addWidget(self.yearSpin, 4, 1, 1, 1)

        self.colourLabel = QLabel(self.vehicleGroup)
        self.colourLabel.setObjectName(u"colourLabel")

        self.vehicleGrid.addWidget(self.colourLabel, 4, 2, 1, 1)

        self.colourEdit = QLineEdit(self.vehicleGroup)
        self.colourEdit.setObjectName(u"colourEdit")

        self.vehicleGrid.addWidget(self.colourEdit, 4, 3, 1, 1)

        self.yearError = QLabel(self.vehicleGroup)
        self.yearError.setObjectName(u"yearError")

        self.vehicleGrid.addWidget(self.yearError, 5, 1, 1, 1)

        self.colourError = QLabel(self.vehicleGroup)
        self.colourError.setObjectName(u"colourError")

        self.vehicleGrid.addWidget(self.colourError, 5, 3, 1, 1)

        self.fuelTypeLabel = QLabel(self.vehicleGroup)
        self.fuelTypeLabel.setObjectName(u"fuelTypeLabel")

        self.vehicleGrid.addWidget(self.fuelTypeLabel, 6, 0, 1, 1)

        self.fuelTypeCombo = QComboBox(self.vehicleGroup)
        self.fuelTypeCombo.setObjectName(u"fuelTypeCombo")

        self.vehicleGrid.addWidget(self.fuelTypeCombo, 6, 1, 1, 1)

        self.modelClassLabel = QLabel(self.vehicleGroup)
        self.modelClassLabel.setObjectName(u"modelClassLabel")

        self.vehicleGrid.addWidget(self.modelClassLabel, 6, 2, 1, 1)

        self.modelClassCombo = QComboBox(self.vehicleGroup)
        self.modelClassCombo.setObjectName(u"modelClassCombo")

        self.vehicleGrid.addWidget(self.modelClassCombo, 6, 3, 1, 1)

        self.fuelTypeError = QLabel(self.vehicleGroup)
        self.fuelTypeError.setObjectName(u"fuelTypeError")

        self.vehicleGrid.addWidget(self.fuelTypeError, 7, 1, 1, 1)

        self.modelClassError = QLabel(self.vehicleGroup)
        self.modelClassError.setObjectName(u"modelClassError")

        self.vehicleGrid.addWidget(self.modelClassError, 7, 3, 1, 1)

        self.purchaseDateLabel = QLabel(self.vehicleGroup)
        self.purchaseDateLabel.setObjectName(u"purchaseDateLabel")

        self.vehicleGrid.addWidget(self.purchaseDateLabel, 8, 0, 1, 1)

        self.purchaseDateEdit = QDateEdit(self.vehicleGroup)
        self.purchaseDateEdit.setObjectName(u"purchaseDateEdit")
        self.purchaseDateEdit.setSpecialValueText(u"\u2014")
        self.purchaseDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.purchaseDateEdit.setCalendarPopup(True)
        self.purchaseDateEdit.setMinimumDate(QDate(1990, 1, 1))
        self.purchaseDateEdit.setDate(QDate(1990, 1, 1))

        self.vehicleGrid.addWidget(self.purchaseDateEdit, 8, 1, 1, 1)

        self.purchaseDateError = QLabel(self.vehicleGroup)
        self.purchaseDateError.setObjectName(u"purchaseDateError")

        self.vehicleGrid.addWidget(self.purchaseDateError, 9, 1, 1, 1)

        self.coefficientLabel = QLabel(self.vehicleGroup)
        self.coefficientLabel.setObjectName(u"coefficientLabel")

        self.vehicleGrid.addWidget(self.coefficientLabel, 8, 2, 1, 2)

        self.vehicleGrid.setColumnStretch(1, 2)
        self.vehicleGrid.setColumnStretch(3, 3)

        self.leftColumn.addWidget(self.vehicleGroup)

        self.comebackHolder = QWidget(self.formScrollContents)
        self.comebackHolder.setObjectName(u"comebackHolder")

        self.leftColumn.addWidget(self.comebackHolder)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.formColumns.addLayout(self.leftColumn)

        self.middleColumn = QVBoxLayout()
        self.middleColumn.setSpacing(6)
        self.middleColumn.setObjectName(u"middleColumn")
        self.visitGroup = QGroupBox(self.formScrollContents)
        self.visitGroup.setObjectName(u"visitGroup")
        self.visitGrid = QGridLayout(self.visitGroup)
        self.visitGrid.setObjectName(u"visitGrid")
        self.visitGrid.setVerticalSpacing(2)
        self.mileageLabel = QLabel(self.visitGroup)
        self.mileageLabel.setObjectName(u"mileageLabel")

        self.visitGrid.addWidget(self.mileageLabel, 0, 0, 1, 1)

        self.mileageRow = QHBoxLayout()
        self.mileageRow.setSpacing(6)
        self.mileageRow.setObjectName(u"mileageRow")
        self.mileageEdit = QLineEdit(self.visitGroup)
        self.mileageEdit.setObjectName(u"mileageEdit")
        self.mileageEdit.setMaximumSize(QSize(120, 16777215))

        self.mileageRow.addWidget(self.mileageEdit)

        self.lastMileageLabel = QLabel(self.visitGroup)
        self.lastMileageLabel.setObjectName(u"lastMileageLabel")

        self.mileageRow.addWidget(self.lastMileageLabel)


        self.visitGrid.addLayout(self.mileageRow, 0, 1, 1, 1)

        self.mileageError = QLabel(self.visitGroup)
        self.mileageError.setObjectName(u"mileageError")

        self.visitGrid.addWidget(self.mileageError, 1, 1, 1, 1)

        self.fuelLevelLabel = QLabel(self.visitGroup)
        self.fuelLevelLabel.setObjectName(u"fuelLevelLabel")

        self.visitGrid.addWidget(self.fuelLevelLabel, 2, 0, 1, 1)

        self.fuelRow = QHBoxLayout()
        self.fuelRow.setSpacing(6)
        self.fuelRow.setObjectName(u"fuelRow")
        self.fuelEmptyLabel = QLabel(self.visitGroup)
        self.fuelEmptyLabel.setObjectName(u"fuelEmptyLabel")

        self.fuelRow.addWidget(self.fuelEmptyLabel)

        self.fuelLevelSlider = QSlider(self.visitGroup)
        self.fuelLevelSlider.setObjectName(u"fuelLevelSlider")
        self.fuelLevelSlider.setMaximum(8)
        self.fuelLevelSlider.setPageStep(2)
        self.fuelLevelSlider.setValue(4)
        self.fuelLevelSlider.setOrientation(Qt.Horizontal)
        self.fuelLevelSlider.setTickPosition(QSlider.TicksBelow)
        self.fuelLevelSlider.setTickInterval(1)

        self.fuelRow.addWidget(self.fuelLevelSlider)

        self.fuelFullLabel = QLabel(self.visitGroup)
        self.fuelFullLabel.setObjectName(u"fuelFullLabel")

        self.fuelRow.addWidget(self.fuelFullLabel)

        self.fuelLevelValue = QLabel(self.visitGroup)
        self.fuelLevelValue.setObjectName(u"fuelLevelValue")
        self.fuelLevelValue.setMinimumSize(QSize(40, 0))
        self.fuelLevelValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.fuelLevelValue.setText(u"4/8")

        self.fuelRow.addWidget(self.fuelLevelValue)


        self.visitGrid.addLayout(self.fuelRow, 2, 1, 1, 1)

        self.fuelLevelError = QLabel(self.visitGroup)
        self.fuelLevelError.setObjectName(u"fuelLevelError")

        self.visitGrid.addWidget(self.fuelLevelError, 3, 1, 1, 1)

        self.complaintLabel = QLabel(self.visitGroup)
        self.complaintLabel.setObjectName(u"complaintLabel")
        self.complaintLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.visitGrid.addWidget(self.complaintLabel, 4, 0, 1, 1)

        self.complaintEdit = QPlainTextEdit(self.visitGroup)
        self.complaintEdit.setObjectName(u"complaintEdit")
        self.complaintEdit.setTabChangesFocus(True)
        self.complaintEdit.setMinimumSize(QSize(0, 80))
        self.complaintEdit.setMaximumSize(QSize(16777215, 110))

        self.visitGrid.addWidget(self.complaintEdit, 4, 1, 1, 1)

        self.complaintError = QLabel(self.visitGroup)
        self.complaintError.setObjectName(u"complaintError")

        self.visitGrid.addWidget(self.complaintError, 5, 1, 1, 1)

        self.itemsLeftLabel = QLabel(self.visitGroup)
        self.itemsLeftLabel.setObjectName(u"itemsLeftLabel")

        self.visitGrid.addWidget(self.itemsLeftLabel, 6, 0, 1, 1)

        self.itemsLeftEdit = QLineEdit(self.visitGroup)
        self.itemsLeftEdit.setObjectName(u"itemsLeftEdit")

        self.visitGrid.addWidget(self.itemsLeftEdit, 6, 1, 1, 1)

        self.itemsLeftError = QLabel(self.visitGroup)
        self.itemsLeftError.setObjectName(u"itemsLeftError")

        self.visitGrid.addWidget(self.itemsLeftError, 7, 1, 1, 1)

        self.notesLabel = QLabel(self.visitGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.visitGrid.addWidget(self.notesLabel, 8, 0, 1, 1)

        self.notesEdit = QLineEdit(self.visitGroup)
        self.notesEdit.setObjectName(u"notesEdit")

        self.visitGrid.addWidget(self.notesEdit, 8, 1, 1, 1)

        self.notesError = QLabel(self.visitGroup)
        self.notesError.setObjectName(u"notesError")

        self.visitGrid.addWidget(self.notesError, 9, 1, 1, 1)

        self.jobClassLabel = QLabel(self.visitGroup)
        self.jobClassLabel.setObjectName(u"jobClassLabel")

        self.visitGrid.addWidget(self.jobClassLabel, 10, 0, 1, 1)

        self.jobClassCombo = QComboBox(self.visitGroup)
        self.jobClassCombo.setObjectName(u"jobClassCombo")

        self.visitGrid.addWidget(self.jobClassCombo, 10, 1, 1, 1)

        self.jobClassError = QLabel(self.visitGroup)
        self.jobClassError.setObjectName(u"jobClassError")

        self.visitGrid.addWidget(self.jobClassError, 11, 1, 1, 1)

        self.regulatoryClassLabel = QLabel(self.visitGroup)
        self.regulatoryClassLabel.setObjectName(u"regulatoryClassLabel")

        self.visitGrid.addWidget(self.regulatoryClassLabel, 12, 0, 1, 1)

        self.regulatoryClassCombo = QComboBox(self.visitGroup)
        self.regulatoryClassCombo.setObjectName(u"regulatoryClassCombo")

        self.visitGrid.addWidget(self.regulatoryClassCombo, 12, 1, 1, 1)

        self.regulatoryClassError = QLabel(self.visitGroup)
        self.regulatoryClassError.setObjectName(u"regulatoryClassError")

        self.visitGrid.addWidget(self.regulatoryClassError, 13, 1, 1, 1)

        self.payerLabel = QLabel(self.visitGroup)
        self.payerLabel.setObjectName(u"payerLabel")

        self.visitGrid.addWidget(self.payerLabel, 14, 0, 1, 1)

        self.payerCombo = QComboBox(self.visitGroup)
        self.payerCombo.setObjectName(u"payerCombo")

        self.visitGrid.addWidget(self.payerCombo, 14, 1, 1, 1)

        self.payerError = QLabel(self.visitGroup)
        self.payerError.setObjectName(u"payerError")

        self.visitGrid.addWidget(self.payerError, 15, 1, 1, 1)

        self.promisedAtLabel = QLabel(self.visitGroup)
        self.promisedAtLabel.setObjectName(u"promisedAtLabel")

        self.visitGrid.addWidget(self.promisedAtLabel, 16, 0, 1, 1)

        self.promisedAtEdit = QDateTimeEdit(self.visitGroup)
        self.promisedAtEdit.setObjectName(u"promisedAtEdit")
        self.promisedAtEdit.setCalendarPopup(True)

        self.visitGrid.addWidget(self.promisedAtEdit, 16, 1, 1, 1)

        self.promisedAtError = QLabel(self.visitGroup)
        self.promisedAtError.setObjectName(u"promisedAtError")

        self.visitGrid.addWidget(self.promisedAtError, 17, 1, 1, 1)

        self.visitGrid.setColumnStretch(1, 1)

        self.middleColumn.addWidget(self.visitGroup)

        self.formError = QLabel(self.formScrollContents)
        self.formError.setObjectName(u"formError")

        self.middleColumn.addWidget(self.formError)

        self.resultLabel = QLabel(self.formScrollContents)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.middleColumn.addWidget(self.resultLabel)

        self.middleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.middleColumn.addItem(self.middleSpacer)


        self.formColumns.addLayout(self.middleColumn)

        self.formScroll.setWidget(self.formScrollContents)

        self.mainLayout.addWidget(self.formScroll, 1, 0, 1, 2)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.clearButton = QPushButton(IntakeTab)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(IntakeTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.receiveButton = QPushButton(IntakeTab)
        self.receiveButton.setObjectName(u"receiveButton")

        self.buttonRow.addWidget(self.receiveButton)


        self.mainLayout.addLayout(self.buttonRow, 2, 0, 1, 2)

        self.waitingGroup = QGroupBox(IntakeTab)
        self.waitingGroup.setObjectName(u"waitingGroup")
        self.waitingLayout = QVBoxLayout(self.waitingGroup)
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingList = QTreeWidget(self.waitingGroup)
        self.waitingList.setObjectName(u"waitingList")
        self.waitingList.setMinimumSize(QSize(0, 48))
        self.waitingList.setRootIsDecorated(False)
        self.waitingList.setAlternatingRowColors(True)
        self.waitingList.setUniformRowHeights(True)

        self.waitingLayout.addWidget(self.waitingList)


        self.mainLayout.addWidget(self.waitingGroup, 3, 0, 1, 2)

        self.damageGroup = QGroupBox(IntakeTab)
        self.damageGroup.setObjectName(u"damageGroup")
        self.damageLayout = QVBoxLayout(self.damageGroup)
        self.damageLayout.setObjectName(u"damageLayout")
        self.damageDiagram = DamageDiagram(self.damageGroup)
        self.damageDiagram.setObjectName(u"damageDiagram")

        self.damageLayout.addWidget(self.damageDiagram)

        self.damageMarksError = QLabel(self.damageGroup)
        self.damageMarksError.setObjectName(u"damageMarksError")

        self.damageLayout.addWidget(self.damageMarksError)


        self.mainLayout.addWidget(self.damageGroup, 0, 2, 4, 1)

        self.mainLayout.setRowStretch(3, 1)
        self.mainLayout.setColumnStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.plateLabel.setBuddy(self.plateEdit)
        self.vinLabel.setBuddy(self.vinEdit)
        self.makeLabel.setBuddy(self.makeEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.colourLabel.setBuddy(self.colourEdit)
        self.fuelTypeLabel.setBuddy(self.fuelTypeCombo)
        self.modelClassLabel.setBuddy(self.modelClassCombo)
        self.purchaseDateLabel.setBuddy(self.purchaseDateEdit)
        self.mileageLabel.setBuddy(self.mileageEdit)
        self.fuelLevelLabel.setBuddy(self.fuelLevelSlider)
        self.complaintLabel.setBuddy(self.complaintEdit)
        self.itemsLeftLabel.setBuddy(self.itemsLeftEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.jobClassLabel.setBuddy(self.jobClassCombo)
        self.regulatoryClassLabel.setBuddy(self.regulatoryClassCombo)
        self.payerLabel.setBuddy(self.payerCombo)
        self.promisedAtLabel.setBuddy(self.promisedAtEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.newCustomerButton)
        QWidget.setTabOrder(self.newCustomerButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.plateEdit)
        QWidget.setTabOrder(self.plateEdit, self.vinEdit)
        QWidget.setTabOrder(self.vinEdit, self.makeEdit)
        QWidget.setTabOrder(self.makeEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.colourEdit)
        QWidget.setTabOrder(self.colourEdit, self.fuelTypeCombo)
        QWidget.setTabOrder(self.fuelTypeCombo, self.modelClassCombo)
        QWidget.setTabOrder(self.modelClassCombo, self.purchaseDateEdit)
        QWidget.setTabOrder(self.purchaseDateEdit, self.mileageEdit)
        QWidget.setTabOrder(self.mileageEdit, self.fuelLevelSlider)
        QWidget.setTabOrder(self.fuelLevelSlider, self.complaintEdit)
        QWidget.setTabOrder(self.complaintEdit, self.itemsLeftEdit)
        QWidget.setTabOrder(self.itemsLeftEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.jobClassCombo)
        QWidget.setTabOrder(self.jobClassCombo, self.regulatoryClassCombo)
        QWidget.setTabOrder(self.regulatoryClassCombo, self.payerCombo)
        QWidget.setTabOrder(self.payerCombo, self.promisedAtEdit)
        QWidget.setTabOrder(self.promisedAtEdit, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.damageDiagram)
        QWidget.setTabOrder(self.damageDiagram, self.waitingList)

        self.retranslateUi(IntakeTab)

        self.receiveButton.setDefault(True)


        QMetaObject.connectSlotsByName(IntakeTab)
    # setupUi

    def retranslateUi(self, IntakeTab):
        IntakeTab.setWindowTitle(QCoreApplication.translate("IntakeTab", u"Intake", None))
        self.modeLabel.setText(QCoreApplication.translate("IntakeTab", u"New walk-in", None))
        self.searchLabel.setText(QCoreApplication.translate("IntakeTab", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"Plate, phone, name, initials (lzm) or VIN", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("IntakeTab", u"Type part of a plate, a phone number, a name, its pinyin initials or part of the VIN; pick a line to fill in the customer and the car", None))
#endif // QT_CONFIG(tooltip)
        self.newCustomerButton.setText(QCoreApplication.translate("IntakeTab", u"Ne&w customer", None))
#if QT_CONFIG(tooltip)
        self.newCustomerButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Empty the customer and vehicle fields to register someone new", None))
#endif // QT_CONFIG(tooltip)
        self.customerGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Customer", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakeTab", u"&Name:", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeTab", u"P&hone:", None))
        self.addressLabel.setText(QCoreApplication.translate("IntakeTab", u"&Address:", None))
        self.vehicleGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Vehicle", None))
        self.plateLabel.setText(QCoreApplication.translate("IntakeTab", u"&Plate:", None))
        self.vinLabel.setText(QCoreApplication.translate("IntakeTab", u"&VIN:", None))
        self.vinEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"17 characters", None))
        self.makeLabel.setText(QCoreApplication.translate("IntakeTab", u"Ma&ke:", None))
        self.modelLabel.setText(QCoreApplication.translate("IntakeTab", u"Mo&del:", None))
        self.yearLabel.setText(QCoreApplication.translate("IntakeTab", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("IntakeTab", u"Model year; leave at \u2014 when unknown", None))
#endif // QT_CONFIG(tooltip)
        self.colourLabel.setText(QCoreApplication.translate("IntakeTab", u"Colo&ur:", None))
        self.fuelTypeLabel.setText(QCoreApplication.translate("IntakeTab", u"Fu&el:", None))
        self.modelClassLabel.setText(QCoreApplication.translate("IntakeTab", u"C&lass:", None))
#if QT_CONFIG(tooltip)
        self.modelClassCombo.setToolTip(QCoreApplication.translate("IntakeTab", u"Model class: its complexity coefficient multiplies the labour charge", None))
#endif // QT_CONFIG(tooltip)
        self.purchaseDateLabel.setText(QCoreApplication.translate("IntakeTab", u"&Bought:", None))
#if QT_CONFIG(tooltip)
        self.purchaseDateEdit.setToolTip(QCoreApplication.translate("IntakeTab", u"Purchase date (\u8cfc\u8eca\u65e5\u671f, else the first registration): the \u4e09\u5305 periods run from it; leave at \u2014 when unknown", None))
#endif // QT_CONFIG(tooltip)
        self.coefficientLabel.setText("")
        self.visitGroup.setTitle(QCoreApplication.translate("IntakeTab", u"This visit", None))
        self.mileageLabel.setText(QCoreApplication.translate("IntakeTab", u"&Mileage (km):", None))
        self.mileageEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"odometer", None))
        self.lastMileageLabel.setText("")
        self.fuelLevelLabel.setText(QCoreApplication.translate("IntakeTab", u"Fuel &gauge:", None))
        self.fuelEmptyLabel.setText(QCoreApplication.translate("IntakeTab", u"E", None))
#if QT_CONFIG(tooltip)
        self.fuelLevelSlider.setToolTip(QCoreApplication.translate("IntakeTab", u"Fuel (or charge) level in eighths of a tank", None))
#endif // QT_CONFIG(tooltip)
        self.fuelFullLabel.setText(QCoreApplication.translate("IntakeTab", u"F", None))
        self.complaintLabel.setText(QCoreApplication.translate("IntakeTab", u"&Complaint:", None))
        self.complaintEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"In the customer's own words", None))
        self.itemsLeftLabel.setText(QCoreApplication.translate("IntakeTab", u"&Items left in car:", None))
        self.itemsLeftEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"e.g. dash camera, umbrella, child seat", None))
        self.notesLabel.setText(QCoreApplication.translate("IntakeTab", u"Intake note&s:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"What the inspector noticed on arrival", None))
        self.jobClassLabel.setText(QCoreApplication.translate("IntakeTab", u"&Job class:", None))
        self.regulatoryClassLabel.setText(QCoreApplication.translate("IntakeTab", u"&Regulatory class:", None))
#if QT_CONFIG(tooltip)
        self.regulatoryClassCombo.setToolTip(QCoreApplication.translate("IntakeTab", u"Decides the warranty period and whether a completion certificate is needed; follows the job class unless you change it", None))
#endif // QT_CONFIG(tooltip)
        self.payerLabel.setText(QCoreApplication.translate("IntakeTab", u"Paid &by:", None))
        self.promisedAtLabel.setText(QCoreApplication.translate("IntakeTab", u"Promised &time:", None))
        self.promisedAtEdit.setDisplayFormat(QCoreApplication.translate("IntakeTab", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(tooltip)
        self.promisedAtEdit.setToolTip(QCoreApplication.translate("IntakeTab", u"When the car will be ready, as promised to the customer", None))
#endif // QT_CONFIG(tooltip)
        self.resultLabel.setText("")
        self.clearButton.setText(QCoreApplication.translate("IntakeTab", u"Clear form", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Start a new walk-in intake (forgets the current order)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("IntakeTab", u"Save changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Save the corrected intake record (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("IntakeTab", u"Receive car (create order)", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Register the customer and car and open the repair order (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.waitingGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Waiting at intake", None))
        ___qtreewidgetitem = self.waitingList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("IntakeTab", u"Stage", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("IntakeTab", u"Customer", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("IntakeTab", u"Plate", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("IntakeTab", u"Time", None))
#if QT_CONFIG(tooltip)
        self.waitingList.setToolTip(QCoreApplication.translate("IntakeTab", u"Today's bookings not yet arrived and cars waiting for diagnosis; double-click (or Enter) to open", None))
#endif // QT_CONFIG(tooltip)
        self.damageGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Existing damage (click the car to mark it)", None))
    # retranslateUi
