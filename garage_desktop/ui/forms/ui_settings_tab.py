# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QTimeEdit, QToolButton, QVBoxLayout,
    QWidget)

class Ui_SettingsTab(object):
    def setupUi(self, SettingsTab):
        if not SettingsTab.objectName():
            SettingsTab.setObjectName(u"SettingsTab")
        SettingsTab.resize(1280, 760)
        self.settingsLayout = QVBoxLayout(SettingsTab)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.ownerOnlyLabel = QLabel(SettingsTab)
        self.ownerOnlyLabel.setObjectName(u"ownerOnlyLabel")
        self.ownerOnlyLabel.setWordWrap(True)
        self.ownerOnlyLabel.setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c46c; border-radius: 3px; padding: 6px; }")

        self.settingsLayout.addWidget(self.ownerOnlyLabel)

        self.settingsPages = QTabWidget(SettingsTab)
        self.settingsPages.setObjectName(u"settingsPages")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalPageLayout = QVBoxLayout(self.generalPage)
        self.generalPageLayout.setObjectName(u"generalPageLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.formScroll = QScrollArea(self.generalPage)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setMinimumSize(QSize(500, 0))
        self.formScroll.setMaximumSize(QSize(560, 16777215))
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formLayout = QVBoxLayout(self.formContents)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 6, 0)
        self.profileGroup = QGroupBox(self.formContents)
        self.profileGroup.setObjectName(u"profileGroup")
        self.profileLayout = QFormLayout(self.profileGroup)
        self.profileLayout.setObjectName(u"profileLayout")
        self.garageNameLabel = QLabel(self.profileGroup)
        self.garageNameLabel.setObjectName(u"garageNameLabel")

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.garageNameLabel)

        self.garageNameEdit = QLineEdit(self.profileGroup)
        self.garageNameEdit.setObjectName(u"garageNameEdit")

        self.profileLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.garageNameEdit)

        self.garageNameError = QLabel(self.profileGroup)
        self.garageNameError.setObjectName(u"garageNameError")

        self.profileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.garageNameError)

        self.garageAddressLabel = QLabel(self.profileGroup)
        self.garageAddressLabel.setObjectName(u"garageAddressLabel")

        self.profileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.garageAddressLabel)

        self.garageAddressEdit = QLineEdit(self.profileGroup)
        self.garageAddressEdit.setObjectName(u"garageAddressEdit")

        self.profileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.garageAddressEdit)

        self.garageAddressError = QLabel(self.profileGroup)
        self.garageAddressError.setObjectName(u"garageAddressError")

        self.profileLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.garageAddressError)

        self.garagePhoneLabel = QLabel(self.profileGroup)
        self.garagePhoneLabel.setObjectName(u"garagePhoneLabel")

        self.profileLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.garagePhoneLabel)

        self.garagePhoneEdit = QLineEdit(self.profileGroup)
        self.garagePhoneEdit.setObjectName(u"garagePhoneEdit")

        self.profileLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.garagePhoneEdit)

        self.garagePhoneError = QLabel(self.profileGroup)
        self.garagePhoneError.setObjectName(u"garagePhoneError")

        self.profileLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.garagePhoneError)

        self.licenceNoLabel = QLabel(self.profileGroup)
        self.licenceNoLabel.setObjectName(u"licenceNoLabel")

        self.profileLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.licenceNoLabel)

        self.licenceNoEdit = QLineEdit(self.profileGroup)
        self.licenceNoEdit.setObjectName(u"licenceNoEdit")

        self.profileLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.licenceNoEdit)

        self.licenceNoError = QLabel(self.profileGroup)
        self.licenceNoError.setObjectName(u"licenceNoError")

        self.profileLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.licenceNoError)

        self.taxIdLabel = QLabel(self.profileGroup)
        self.taxIdLabel.setObjectName(u"taxIdLabel")

        self.profileLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.taxIdLabel)

        self.taxIdEdit = QLineEdit(self.profileGroup)
        self.taxIdEdit.setObjectName(u"taxIdEdit")

        self.profileLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.taxIdEdit)

        self.taxIdError = QLabel(self.profileGroup)
        self.taxIdError.setObjectName(u"taxIdError")

        self.profileLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.taxIdError)

        self.documentLanguageLabel = QLabel(self.profileGroup)
        self.documentLanguageLabel.setObjectName(u"documentLanguageLabel")

        self.profileLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.documentLanguageLabel)

        self.documentLanguageCombo = QComboBox(self.profileGroup)
        self.documentLanguageCombo.setObjectName(u"documentLanguageCombo")

        self.profileLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.documentLanguageCombo)

        self.documentLanguageError = QLabel(self.profileGroup)
        self.documentLanguageError.setObjectName(u"documentLanguageError")

        self.profileLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.documentLanguageError)

        self.messageTemplatesButton = QPushButton(self.profileGroup)
        self.messageTemplatesButton.setObjectName(u"messageTemplatesButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageTemplatesButton.sizePolicy().hasHeightForWidth())
        self.messageTemplatesButton.setSizePolicy(sizePolicy)

        self.profileLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.messageTemplatesButton)


        self.formLayout.addWidget(self.profileGroup)

        self.pricingGroup = QGroupBox(self.formContents)
        self.pricingGroup.setObjectName(u"pricingGroup")
        self.pricingLayout = QFormLayout(self.pricingGroup)
        self.pricingLayout.setObjectName(u"pricingLayout")
        self.hourlyRateLabel = QLabel(self.pricingGroup)
        self.hourlyRateLabel.setObjectName(u"hourlyRateLabel")

        self.pricingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hourlyRateLabel)

        self.hourlyRateEdit = QLineEdit(self.pricingGroup)
        self.hourlyRateEdit.setObjectName(u"hourlyRateEdit")
        self.hourlyRateEdit.setMaximumSize(QSize(140, 16777215))

        self.pricingLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hourlyRateEdit)

        self.hourlyRateError = QLabel(self.pricingGroup)
        self.hourlyRateError.setObjectName(u"hourlyRateError")

        self.pricingLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hourlyRateError)

        self.hourUnitLabel = QLabel(self.pricingGroup)
        self.hourUnitLabel.setObjectName(u"hourUnitLabel")

        self.pricingLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hourUnitLabel)

        self.hourUnitCombo = QComboBox(self.pricingGroup)
        self.hourUnitCombo.addItem("")
        self.hourUnitCombo.addItem("")
        self.hourUnitCombo.setObjectName(u"hourUnitCombo")
        self.hourUnitCombo.setMaximumSize(QSize(140, 16777215))

        self.pricingLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hourUnitCombo)

        self.taxRateLabel = QLabel(self.pricingGroup)
        self.taxRateLabel.setObjectName(u"taxRateLabel")

        self.pricingLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.taxRateLabel)

        self.taxRateEdit = QLineEdit(self.pricingGroup)
        self.taxRateEdit.setObjectName(u"taxRateEdit")
        self.taxRateEdit.setMaximumSize(QSize(140, 16777215))

        self.pricingLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.taxRateEdit)

        self.taxRateError = QLabel(self.pricingGroup)
        self.taxRateError.setObjectName(u"taxRateError")

        self.pricingLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.taxRateError)

        self.pricesIncludeTaxCheck = QCheckBox(self.pricingGroup)
        self.pricesIncludeTaxCheck.setObjectName(u"pricesIncludeTaxCheck")

        self.pricingLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pricesIncludeTaxCheck)

        self.notifyAboveLabel = QLabel(self.pricingGroup)
        self.notifyAboveLabel.setObjectName(u"notifyAboveLabel")

        self.pricingLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notifyAboveLabel)

        self.notifyAboveEdit = QLineEdit(self.pricingGroup)
        self.notifyAboveEdit.setObjectName(u"notifyAboveEdit")
        self.notifyAboveEdit.setMaximumSize(QSize(140, 16777215))

        self.pricingLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notifyAboveEdit)

        self.notifyAboveDefaultError = QLabel(self.pricingGroup)
        self.notifyAboveDefaultError.setObjectName(u"notifyAboveDefaultError")

        self.pricingLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notifyAboveDefaultError)


        self.formLayout.addWidget(self.pricingGroup)

        self.workshopGroup = QGroupBox(self.formContents)
        self.workshopGroup.setObjectName(u"workshopGroup")
        self.workshopLayout = QFormLayout(self.workshopGroup)
        self.workshopLayout.setObjectName(u"workshopLayout")
        self.baysLabel = QLabel(self.workshopGroup)
        self.baysLabel.setObjectName(u"baysLabel")

        self.workshopLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.baysLabel)

        self.baysSpin = QSpinBox(self.workshopGroup)
        self.baysSpin.setObjectName(u"baysSpin")
        self.baysSpin.setMinimum(1)
        self.baysSpin.setMaximum(99)
        self.baysSpin.setMaximumSize(QSize(140, 16777215))

        self.workshopLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.baysSpin)

        self.baysError = QLabel(self.workshopGroup)
        self.baysError.setObjectName(u"baysError")

        self.workshopLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.baysError)

        self.openingTimeLabel = QLabel(self.workshopGroup)
        self.openingTimeLabel.setObjectName(u"openingTimeLabel")

        self.workshopLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openingTimeLabel)

        self.openingTimeEdit = QTimeEdit(self.workshopGroup)
        self.openingTimeEdit.setObjectName(u"openingTimeEdit")
        self.openingTimeEdit.setDisplayFormat(u"HH:mm")
        self.openingTimeEdit.setMaximumSize(QSize(140, 16777215))

        self.workshopLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openingTimeEdit)

        self.openingTimeError = QLabel(self.workshopGroup)
        self.openingTimeError.setObjectName(u"openingTimeError")

        self.workshopLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.openingTimeError)

        self.closingTimeLabel = QLabel(self.workshopGroup)
        self.closingTimeLabel.setObjectName(u"closingTimeLabel")

        self.workshopLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closingTimeLabel)

        self.closingTimeEdit = QTimeEdit(self.workshopGroup)
        self.closingTimeEdit.setObjectName(u"closingTimeEdit")
        self.closingTimeEdit.setDisplayFormat(u"HH:mm")
        self.closingTimeEdit.setMaximumSize(QSize(140, 16777215))

        self.workshopLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closingTimeEdit)

        self.closingTimeError = QLabel(self.workshopGroup)
        self.closingTimeError.setObjectName(u"closingTimeError")

        self.workshopLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.closingTimeError)

        self.backupFolderLabel = QLabel(self.workshopGroup)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.workshopLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderLayout = QHBoxLayout()
        self.backupFolderLayout.setObjectName(u"backupFolderLayout")
        self.backupFolderEdit = QLineEdit(self.workshopGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderLayout.addWidget(self.backupFolderEdit)

        self.backupFolderButton = QToolButton(self.workshopGroup)
        self.backupFolderButton.setObjectName(u"backupFolderButton")

        self.backupFolderLayout.addWidget(self.backupFolderButton)


        self.workshopLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.backupFolderLayout)

        self.idleLockLabel = QLabel(self.workshopGroup)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.workshopLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.workshopGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(0)
        self.idleLockSpin.setMaximum(240)
        self.idleLockSpin.setMaximumSize(QSize(140, 16777215))

        self.workshopLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.idleLockError = QLabel(self.workshopGroup)
        self.idleLockError.setObjectName(u"idleLockError")

        self.workshopLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idleLockError)

        self.sanbaoValidLabel = QLabel(self.workshopGroup)
        self.sanbaoValidLabel.setObjectName(u"sanbaoValidLabel")

        self.workshopLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sanbaoValidLabel)

        self.sanbaoValidLayout = QHBoxLayout()
        self.sanbaoValidLayout.setObjectName(u"sanbaoValidLayout")
        self.sanbaoValidYearsSpin = QSpinBox(self.workshopGroup)
        self.sanbaoValidYearsSpin.setObjectName(u"sanbaoValidYearsSpin")
        self.sanbaoValidYearsSpin.setMinimum(1)
        self.sanbaoValidYearsSpin.setMaximum(20)
        self.sanbaoValidYearsSpin.setSingleStep(1)

        self.sanbaoValidLayout.addWidget(self.sanbaoValidYearsSpin)

        self.sanbaoValidKmSpin = QSpinBox(self.workshopGroup)
        self.sanbaoValidKmSpin.setObjectName(u"sanbaoValidKmSpin")
        self.sanbaoValidKmSpin.setMinimum(1000)
        self.sanbaoValidKmSpin.setMaximum(1000000)
        self.sanbaoValidKmSpin.setSingleStep(5000)

        self.sanbaoValidLayout.addWidget(self.sanbaoValidKmSpin)

        self.sanbaoValidLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sanbaoValidLayout.addItem(self.sanbaoValidLayoutSpacer)


        self.workshopLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.sanbaoValidLayout)

        self.sanbaoRepairLabel = QLabel(self.workshopGroup)
        self.sanbaoRepairLabel.setObjectName(u"sanbaoRepairLabel")

        self.workshopLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sanbaoRepairLabel)

        self.sanbaoRepairLayout = QHBoxLayout()
        self.sanbaoRepairLayout.setObjectName(u"sanbaoRepairLayout")
        self.sanbaoRepairYearsSpin = QSpinBox(self.workshopGroup)
        self.sanbaoRepairYearsSpin.setObjectName(u"sanbaoRepairYearsSpin")
        self.sanbaoRepairYearsSpin.setMinimum(1)
        self.sanbaoRepairYearsSpin.setMaximum(20)
        self.sanbaoRepairYearsSpin.setSingleStep(1)

        self.sanbaoRepairLayout.addWidget(self.sanbaoRepairYearsSpin)

        self.sanbaoRepairKmSpin = QSpinBox(self.workshopGroup)
        self.sanbaoRepairKmSpin.setObjectName(u"sanbaoRepairKmSpin")
        self.sanbaoRepairKmSpin.setMinimum(1000)
        self.sanbaoRepairKmSpin.setMaximum(1000000)
        self.sanbaoRepairKmSpin.setSingleStep(5000)

        self.sanbaoRepairLayout.addWidget(self.sanbaoRepairKmSpin)

        self.sanbaoRepairLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sanbaoRepairLayout.addItem(self.sanbaoRepairLayoutSpacer)


        self.workshopLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.sanbaoRepairLayout)

        self.sanbaoError = QLabel(self.workshopGroup)
        self.sanbaoError.setObjectName(u"sanbaoError")

        self.workshopLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sanbaoError)


        self.formLayout.addWidget(self.workshopGroup)

        self.formError = QLabel(self.formContents)
        self.formError.setObjectName(u"formError")

        self.formLayout.addWidget(self.formError)

        self.saveButtonsLayout = QHBoxLayout()
        self.saveButtonsLayout.setObjectName(u"saveButtonsLayout")
        self.savedLabel = QLabel(self.formContents)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setStyleSheet(u"color: #2e7d32;")

        self.saveButtonsLayout.addWidget(self.savedLabel)

        self.saveButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtonsLayout.addItem(self.saveButtonsSpacer)

        self.revertButton = QPushButton(self.formContents)
        self.revertButton.setObjectName(u"revertButton")

        self.saveButtonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.formContents)
        self.saveButton.setObjectName(u"saveButton")

        self.saveButtonsLayout.addWidget(self.saveButton)


        self.formLayout.addLayout(self.saveButtonsLayout)

        self.thisPcGroup = QGroupBox(self.formContents)
        self.thisPcGroup.setObjectName(u"thisPcGroup")
        self.thisPcLayout = QFormLayout(self.thisPcGroup)
        self.thisPcLayout.setObjectName(u"thisPcLayout")
        self.windowLanguageLabel = QLabel(self.thisPcGroup)
        self.windowLanguageLabel.setObjectName(u"windowLanguageLabel")

        self.thisPcLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowLanguageLabel)

        self.windowLanguageCombo = QComboBox(self.thisPcGroup)
        self.windowLanguageCombo.setObjectName(u"windowLanguageCombo")

        self.thisPcLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowLanguageCombo)

        self.windowLanguageNote = QLabel(self.thisPcGroup)
        self.windowLanguageNote.setObjectName(u"windowLanguageNote")
        self.windowLanguageNote.setWordWrap(True)
        self.windowLanguageNote.setStyleSheet(u"color: #555555;")

        self.thisPcLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.windowLanguageNote)


        self.formLayout.addWidget(self.thisPcGroup)

        self.formBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formBottomSpacer)

        self.formScroll.setWidget(self.formContents)

        self.columnsLayout.addWidget(self.formScroll)

        self.listsLayout = QVBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.modelClassesGroup = QGroupBox(self.generalPage)
        self.modelClassesGroup.setObjectName(u"modelClassesGroup")
        self.modelClassesLayout = QVBoxLayout(self.modelClassesGroup)
        self.modelClassesLayout.setObjectName(u"modelClassesLayout")
        self.modelClassesHint = QLabel(self.modelClassesGroup)
        self.modelClassesHint.setObjectName(u"modelClassesHint")
        self.modelClassesHint.setWordWrap(True)

        self.modelClassesLayout.addWidget(self.modelClassesHint)

        self.modelClassTable = QTableWidget(self.modelClassesGroup)
        if (self.modelClassTable.columnCount() < 4):
            self.modelClassTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.modelClassTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.modelClassTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.modelClassTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.modelClassTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.modelClassTable.setObjectName(u"modelClassTable")
        self.modelClassTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.AnyKeyPressed)
        self.modelClassTable.setAlternatingRowColors(True)
        self.modelClassTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.modelClassTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.modelClassTable.horizontalHeader().setStretchLastSection(True)
        self.modelClassTable.verticalHeader().setVisible(False)

        self.modelClassesLayout.addWidget(self.modelClassTable)

        self.modelClassError = QLabel(self.modelClassesGroup)
        self.modelClassError.setObjectName(u"modelClassError")

        self.modelClassesLayout.addWidget(self.modelClassError)

        self.modelClassButtons = QHBoxLayout()
        self.modelClassButtons.setObjectName(u"modelClassButtons")
        self.addClassButton = QPushButton(self.modelClassesGroup)
        self.addClassButton.setObjectName(u"addClassButton")

        self.modelClassButtons.addWidget(self.addClassButton)

        self.editClassButton = QPushButton(self.modelClassesGroup)
        self.editClassButton.setObjectName(u"editClassButton")

        self.modelClassButtons.addWidget(self.editClassButton)

        self.removeClassButton = QPushButton(self.modelClassesGroup)
        self.removeClassButton.setObjectName(u"removeClassButton")

        self.modelClassButtons.addWidget(self.removeClassButton)

        self.modelClassButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modelClassButtons.addItem(self.modelClassButtonsSpacer)


        self.modelClassesLayout.addLayout(self.modelClassButtons)


        self.listsLayout.addWidget(self.modelClassesGroup)

        self.operatorsGroup = QGroupBox(self.generalPage)
        self.operatorsGroup.setObjectName(u"operatorsGroup")
        self.operatorsLayout = QVBoxLayout(self.operatorsGroup)
        self.operatorsLayout.setObjectName(u"operatorsLayout")
        self.operatorTable = QTableWidget(self.operatorsGroup)
        if (self.operatorTable.columnCount() < 4):
            self.operatorTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.operatorTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.operatorTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.operatorTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.operatorTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.operatorTable.setObjectName(u"operatorTable")
        self.operatorTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.operatorTable.setAlternatingRowColors(True)
        self.operatorTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.operatorTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.operatorTable.horizontalHeader().setStretchLastSection(False)
        self.operatorTable.verticalHeader().setVisible(False)

        self.operatorsLayout.addWidget(self.operatorTable)

        self.operatorButtons = QHBoxLayout()
        self.operatorButtons.setObjectName(u"operatorButtons")
        self.addOperatorButton = QPushButton(self.operatorsGroup)
        self.addOperatorButton.setObjectName(u"addOperatorButton")

        self.operatorButtons.addWidget(self.addOperatorButton)

        self.editOperatorButton = QPushButton(self.operatorsGroup)
        self.editOperatorButton.setObjectName(u"editOperatorButton")

        self.operatorButtons.addWidget(self.editOperatorButton)

        self.operatorButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.operatorButtons.addItem(self.operatorButtonsSpacer)


        self.operatorsLayout.addLayout(self.operatorButtons)


        self.listsLayout.addWidget(self.operatorsGroup)

        self.listsLayout.setStretch(0, 1)
        self.listsLayout.setStretch(1, 1)

        self.columnsLayout.addLayout(self.listsLayout)

        self.columnsLayout.setStretch(1, 1)

        self.generalPageLayout.addLayout(self.columnsLayout)

        self.settingsPages.addTab(self.generalPage, "")
        self.catalogsPage = QWidget()
        self.catalogsPage.setObjectName(u"catalogsPage")
        self.catalogsPageLayout = QVBoxLayout(self.catalogsPage)
        self.catalogsPageLayout.setObjectName(u"catalogsPageLayout")
        self.settingsPages.addTab(self.catalogsPage, "")

        self.settingsLayout.addWidget(self.settingsPages)

#if QT_CONFIG(shortcut)
        self.garageNameLabel.setBuddy(self.garageNameEdit)
        self.garageAddressLabel.setBuddy(self.garageAddressEdit)
        self.garagePhoneLabel.setBuddy(self.garagePhoneEdit)
        self.licenceNoLabel.setBuddy(self.licenceNoEdit)
        self.taxIdLabel.setBuddy(self.taxIdEdit)
        self.documentLanguageLabel.setBuddy(self.documentLanguageCombo)
        self.hourlyRateLabel.setBuddy(self.hourlyRateEdit)
        self.hourUnitLabel.setBuddy(self.hourUnitCombo)
        self.taxRateLabel.setBuddy(self.taxRateEdit)
        self.notifyAboveLabel.setBuddy(self.notifyAboveEdit)
        self.baysLabel.setBuddy(self.baysSpin)
        self.openingTimeLabel.setBuddy(self.openingTimeEdit)
        self.closingTimeLabel.setBuddy(self.closingTimeEdit)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
        self.sanbaoValidLabel.setBuddy(self.sanbaoValidYearsSpin)
        self.sanbaoRepairLabel.setBuddy(self.sanbaoRepairYearsSpin)
        self.windowLanguageLabel.setBuddy(self.windowLanguageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.garageNameEdit, self.garageAddressEdit)
        QWidget.setTabOrder(self.garageAddressEdit, self.garagePhoneEdit)
        QWidget.setTabOrder(self.garagePhoneEdit, self.licenceNoEdit)
        QWidget.setTabOrder(self.licenceNoEdit, self.taxIdEdit)
        QWidget.setTabOrder(self.taxIdEdit, self.hourlyRateEdit)
        QWidget.setTabOrder(self.hourlyRateEdit, self.hourUnitCombo)
        QWidget.setTabOrder(self.hourUnitCombo, self.taxRateEdit)
        QWidget.setTabOrder(self.taxRateEdit, self.pricesIncludeTaxCheck)
        QWidget.setTabOrder(self.pricesIncludeTaxCheck, self.notifyAboveEdit)
        QWidget.setTabOrder(self.notifyAboveEdit, self.baysSpin)
        QWidget.setTabOrder(self.baysSpin, self.openingTimeEdit)
        QWidget.setTabOrder(self.openingTimeEdit, self.closingTimeEdit)
        QWidget.setTabOrder(self.closingTimeEdit, self.backupFolderEdit)
        QWidget.setTabOrder(self.backupFolderEdit, self.backupFolderButton)
        QWidget.setTabOrder(self.backupFolderButton, self.idleLockSpin)
        QWidget.setTabOrder(self.idleLockSpin, self.sanbaoValidYearsSpin)
        QWidget.setTabOrder(self.sanbaoValidYearsSpin, self.sanbaoValidKmSpin)
        QWidget.setTabOrder(self.sanbaoValidKmSpin, self.sanbaoRepairYearsSpin)
        QWidget.setTabOrder(self.sanbaoRepairYearsSpin, self.sanbaoRepairKmSpin)
        QWidget.setTabOrder(self.sanbaoRepairKmSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.modelClassTable)
        QWidget.setTabOrder(self.modelClassTable, self.addClassButton)
        QWidget.setTabOrder(self.addClassButton, self.editClassButton)
        QWidget.setTabOrder(self.editClassButton, self.removeClassButton)
        QWidget.setTabOrder(self.removeClassButton, self.operatorTable)
        QWidget.setTabOrder(self.operatorTable, self.addOperatorButton)
        QWidget.setTabOrder(self.addOperatorButton, self.editOperatorButton)

        self.retranslateUi(SettingsTab)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsTab)
    # setupUi

    def retranslateUi(self, SettingsTab):
        SettingsTab.setWindowTitle(QCoreApplication.translate("SettingsTab", u"Settings", None))
        self.ownerOnlyLabel.setText(QCoreApplication.translate("SettingsTab", u"Only the owner changes settings. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).", None))
        self.profileGroup.setTitle(QCoreApplication.translate("SettingsTab", u"Garage profile", None))
        self.garageNameLabel.setText(QCoreApplication.translate("SettingsTab", u"Garage &name:", None))
#if QT_CONFIG(tooltip)
        self.garageNameEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Printed at the top of the work order and the settlement list", None))
#endif // QT_CONFIG(tooltip)
        self.garageAddressLabel.setText(QCoreApplication.translate("SettingsTab", u"A&ddress:", None))
        self.garagePhoneLabel.setText(QCoreApplication.translate("SettingsTab", u"&Phone:", None))
        self.licenceNoLabel.setText(QCoreApplication.translate("SettingsTab", u"&Licence no.:", None))
#if QT_CONFIG(tooltip)
        self.licenceNoEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Number of the road transport operating licence for vehicle repair, printed on the settlement list", None))
#endif // QT_CONFIG(tooltip)
        self.taxIdLabel.setText(QCoreApplication.translate("SettingsTab", u"Ta&x ID:", None))
#if QT_CONFIG(tooltip)
        self.taxIdEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Unified social credit code, printed on invoices and the settlement list", None))
#endif // QT_CONFIG(tooltip)
        self.documentLanguageLabel.setText(QCoreApplication.translate("SettingsTab", u"Paperwork in:", None))
#if QT_CONFIG(tooltip)
        self.documentLanguageCombo.setToolTip(QCoreApplication.translate("SettingsTab", u"The language of the work orders, settlement lists, QC sheets and every other printout, and of the month-end workbook. The customers' papers may be in Simplified Chinese while this PC's window reads Traditional.", None))
#endif // QT_CONFIG(tooltip)
        self.messageTemplatesButton.setText(QCoreApplication.translate("SettingsTab", u"&Message templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.messageTemplatesButton.setToolTip(QCoreApplication.translate("SettingsTab", u"The wording of the messages the advisors copy for WeChat or SMS (booking confirmed, car ready, delay, follow-up, service, inspection and insurance due), in the paperwork language", None))
#endif // QT_CONFIG(tooltip)
        self.pricingGroup.setTitle(QCoreApplication.translate("SettingsTab", u"Pricing", None))
        self.hourlyRateLabel.setText(QCoreApplication.translate("SettingsTab", u"Hourly &rate (yuan per hour):", None))
#if QT_CONFIG(tooltip)
        self.hourlyRateEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Labour charge = standard hours \u00d7 hourly rate \u00d7 complexity coefficient of the car's model class", None))
#endif // QT_CONFIG(tooltip)
        self.hourUnitLabel.setText(QCoreApplication.translate("SettingsTab", u"One labour &unit is:", None))
        self.hourUnitCombo.setItemText(0, QCoreApplication.translate("SettingsTab", u"1 hour", None))
        self.hourUnitCombo.setItemText(1, QCoreApplication.translate("SettingsTab", u"5 minutes", None))

#if QT_CONFIG(tooltip)
        self.hourUnitCombo.setToolTip(QCoreApplication.translate("SettingsTab", u"Some makers count 5 minutes as one labour unit: standard times are then typed in 5-minute units, while the rate stays per hour", None))
#endif // QT_CONFIG(tooltip)
        self.taxRateLabel.setText(QCoreApplication.translate("SettingsTab", u"&VAT rate (%):", None))
#if QT_CONFIG(tooltip)
        self.taxRateEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Value-added tax on repair services in percent, e.g. 13 (general taxpayer) or the reduced small-scale rate", None))
#endif // QT_CONFIG(tooltip)
        self.pricesIncludeTaxCheck.setText(QCoreApplication.translate("SettingsTab", u"Prices &include tax", None))
#if QT_CONFIG(tooltip)
        self.pricesIncludeTaxCheck.setToolTip(QCoreApplication.translate("SettingsTab", u"Checked: the prices quoted to customers already contain VAT", None))
#endif // QT_CONFIG(tooltip)
        self.notifyAboveLabel.setText(QCoreApplication.translate("SettingsTab", u"Notif&y the customer above (yuan):", None))
#if QT_CONFIG(tooltip)
        self.notifyAboveEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"Default amount above which added work needs the customer's agreement by phone first; each order can change it", None))
#endif // QT_CONFIG(tooltip)
        self.workshopGroup.setTitle(QCoreApplication.translate("SettingsTab", u"Workshop", None))
        self.baysLabel.setText(QCoreApplication.translate("SettingsTab", u"&Bays (cars per hour):", None))
#if QT_CONFIG(tooltip)
        self.baysSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"How many cars the workshop can take in one hour: the appointment book compares bookings with it", None))
#endif // QT_CONFIG(tooltip)
        self.openingTimeLabel.setText(QCoreApplication.translate("SettingsTab", u"Openin&g time:", None))
        self.closingTimeLabel.setText(QCoreApplication.translate("SettingsTab", u"&Closing time:", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsTab", u"Bac&kup folder:", None))
        self.backupFolderEdit.setPlaceholderText(QCoreApplication.translate("SettingsTab", u"empty: \"backups\" beside the database file", None))
#if QT_CONFIG(tooltip)
        self.backupFolderEdit.setToolTip(QCoreApplication.translate("SettingsTab", u"A USB drive or a network share keeps the backups safe when the PC fails", None))
#endif // QT_CONFIG(tooltip)
        self.backupFolderButton.setText(QCoreApplication.translate("SettingsTab", u"\u2026", None))
#if QT_CONFIG(tooltip)
        self.backupFolderButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Choose the folder", None))
#endif // QT_CONFIG(tooltip)
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsTab", u"L&ock when idle after:", None))
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" min", None))
        self.idleLockSpin.setSpecialValueText(QCoreApplication.translate("SettingsTab", u"never", None))
#if QT_CONFIG(tooltip)
        self.idleLockSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"For an operator with a PIN: after this many minutes without keyboard or mouse input the window locks until the PIN is typed again (0: never)", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoValidLabel.setText(QCoreApplication.translate("SettingsTab", u"\u4e09\u5305 &validity (\u6709\u6548\u671f):", None))
#if QT_CONFIG(tooltip)
        self.sanbaoValidLabel.setToolTip(QCoreApplication.translate("SettingsTab", u"\u5bb6\u7528\u6c7d\u8eca\u4e09\u5305: from the purchase date, whichever of time or km comes first; a maker may give more. A \u4e09\u5305 order on a car outside them is warned about at intake", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoValidYearsSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" years", None))
#if QT_CONFIG(tooltip)
        self.sanbaoValidYearsSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"\u4e09\u5305\u6709\u6548\u671f: years from the purchase date (at least 2)", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoValidKmSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" km", None))
#if QT_CONFIG(tooltip)
        self.sanbaoValidKmSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"\u4e09\u5305\u6709\u6548\u671f: km (at least 50,000)", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoRepairLabel.setText(QCoreApplication.translate("SettingsTab", u"\u4e09\u5305 &repair (\u5305\u4fee\u671f):", None))
#if QT_CONFIG(tooltip)
        self.sanbaoRepairLabel.setToolTip(QCoreApplication.translate("SettingsTab", u"\u5bb6\u7528\u6c7d\u8eca\u4e09\u5305: from the purchase date, whichever of time or km comes first; a maker may give more. A \u4e09\u5305 order on a car outside them is warned about at intake", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoRepairYearsSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" years", None))
#if QT_CONFIG(tooltip)
        self.sanbaoRepairYearsSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"\u5305\u4fee\u671f: years from the purchase date (at least 3)", None))
#endif // QT_CONFIG(tooltip)
        self.sanbaoRepairKmSpin.setSuffix(QCoreApplication.translate("SettingsTab", u" km", None))
#if QT_CONFIG(tooltip)
        self.sanbaoRepairKmSpin.setToolTip(QCoreApplication.translate("SettingsTab", u"\u5305\u4fee\u671f: km (at least 60,000)", None))
#endif // QT_CONFIG(tooltip)
        self.savedLabel.setText(QCoreApplication.translate("SettingsTab", u"Settings saved.", None))
        self.revertButton.setText(QCoreApplication.translate("SettingsTab", u"Rever&t", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Forget the changes typed above and show the saved settings again", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsTab", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Save the settings (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.thisPcGroup.setTitle(QCoreApplication.translate("SettingsTab", u"This PC", None))
        self.windowLanguageLabel.setText(QCoreApplication.translate("SettingsTab", u"Window language:", None))
#if QT_CONFIG(tooltip)
        self.windowLanguageCombo.setToolTip(QCoreApplication.translate("SettingsTab", u"The language of this PC's window, kept on this PC (each PC of the garage chooses its own)", None))
#endif // QT_CONFIG(tooltip)
        self.windowLanguageNote.setText(QCoreApplication.translate("SettingsTab", u"Applies at the next start of the program.", None))
        self.modelClassesGroup.setTitle(QCoreApplication.translate("SettingsTab", u"Model classes", None))
        self.modelClassesHint.setText(QCoreApplication.translate("SettingsTab", u"Labour charge = standard hours \u00d7 hourly rate \u00d7 the complexity coefficient of the car's model class. Edit a cell in place (F2 or double-click); each change is saved at once.", None))
        ___qtablewidgetitem = self.modelClassTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsTab", u"Model class", None))
        ___qtablewidgetitem1 = self.modelClassTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsTab", u"Complexity coefficient", None))
        ___qtablewidgetitem2 = self.modelClassTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsTab", u"Vehicles", None))
        ___qtablewidgetitem3 = self.modelClassTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsTab", u"Note", None))
        self.addClassButton.setText(QCoreApplication.translate("SettingsTab", u"&Add class", None))
#if QT_CONFIG(tooltip)
        self.addClassButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Add a model class and type its name", None))
#endif // QT_CONFIG(tooltip)
        self.editClassButton.setText(QCoreApplication.translate("SettingsTab", u"Edit cell (F2)", None))
#if QT_CONFIG(tooltip)
        self.editClassButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Edit the chosen cell (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.removeClassButton.setText(QCoreApplication.translate("SettingsTab", u"Re&move class", None))
#if QT_CONFIG(tooltip)
        self.removeClassButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Delete the chosen model class (only while no vehicle uses it)", None))
#endif // QT_CONFIG(tooltip)
        self.operatorsGroup.setTitle(QCoreApplication.translate("SettingsTab", u"Operators", None))
        ___qtablewidgetitem4 = self.operatorTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingsTab", u"Name", None))
        ___qtablewidgetitem5 = self.operatorTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingsTab", u"Role", None))
        ___qtablewidgetitem6 = self.operatorTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettingsTab", u"Team", None))
        ___qtablewidgetitem7 = self.operatorTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SettingsTab", u"Active", None))
        self.addOperatorButton.setText(QCoreApplication.translate("SettingsTab", u"Ne&w operator\u2026", None))
#if QT_CONFIG(tooltip)
        self.addOperatorButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Add a person who works at this PC", None))
#endif // QT_CONFIG(tooltip)
        self.editOperatorButton.setText(QCoreApplication.translate("SettingsTab", u"&Edit operator\u2026", None))
#if QT_CONFIG(tooltip)
        self.editOperatorButton.setToolTip(QCoreApplication.translate("SettingsTab", u"Change the chosen person's name, role, team or whether they still work here (or double-click the row)", None))
#endif // QT_CONFIG(tooltip)
        self.settingsPages.setTabText(self.settingsPages.indexOf(self.generalPage), QCoreApplication.translate("SettingsTab", u"General", None))
        self.settingsPages.setTabText(self.settingsPages.indexOf(self.catalogsPage), QCoreApplication.translate("SettingsTab", u"Catalogs", None))
    # retranslateUi
