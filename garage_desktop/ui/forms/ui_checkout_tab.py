# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkout_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.elided_label import ElidedLabel

class Ui_CheckoutTab(object):
    def setupUi(self, CheckoutTab):
        if not CheckoutTab.objectName():
            CheckoutTab.setObjectName(u"CheckoutTab")
        CheckoutTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(CheckoutTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.pages = QStackedWidget(CheckoutTab)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listTitle = QLabel(self.listPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setTextFormat(Qt.RichText)
        self.listTitle.setWordWrap(True)

        self.listLayout.addWidget(self.listTitle)

        self.readyTitle = QLabel(self.listPage)
        self.readyTitle.setObjectName(u"readyTitle")
        self.readyTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.readyTitle)

        self.readyList = QTreeWidget(self.listPage)
        self.readyList.setObjectName(u"readyList")
        self.readyList.setRootIsDecorated(False)
        self.readyList.setAlternatingRowColors(True)
        self.readyList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.readyList)

        self.settledTitle = QLabel(self.listPage)
        self.settledTitle.setObjectName(u"settledTitle")
        self.settledTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.settledTitle)

        self.settledList = QTreeWidget(self.listPage)
        self.settledList.setObjectName(u"settledList")
        self.settledList.setRootIsDecorated(False)
        self.settledList.setAlternatingRowColors(True)
        self.settledList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.settledList)

        self.depositsTitle = QLabel(self.listPage)
        self.depositsTitle.setObjectName(u"depositsTitle")
        self.depositsTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.depositsTitle)

        self.depositsList = QTreeWidget(self.listPage)
        self.depositsList.setObjectName(u"depositsList")
        self.depositsList.setRootIsDecorated(False)
        self.depositsList.setAlternatingRowColors(True)
        self.depositsList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.depositsList)

        self.listEmptyLabel = QLabel(self.listPage)
        self.listEmptyLabel.setObjectName(u"listEmptyLabel")
        self.listEmptyLabel.setTextFormat(Qt.RichText)
        self.listEmptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listEmptyLabel)

        self.listLayout.setStretch(2, 3)
        self.listLayout.setStretch(4, 2)
        self.listLayout.setStretch(6, 2)
        self.pages.addWidget(self.listPage)
        self.orderPage = QWidget()
        self.orderPage.setObjectName(u"orderPage")
        self.orderLayout = QVBoxLayout(self.orderPage)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBar = QHBoxLayout()
        self.headerBar.setObjectName(u"headerBar")
        self.headerLabel = QLabel(self.orderPage)
        self.headerLabel.setObjectName(u"headerLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headerLabel.sizePolicy().hasHeightForWidth())
        self.headerLabel.setSizePolicy(sizePolicy)
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerBar.addWidget(self.headerLabel)

        self.backButton = QPushButton(self.orderPage)
        self.backButton.setObjectName(u"backButton")

        self.headerBar.addWidget(self.backButton)


        self.orderLayout.addLayout(self.headerBar)

        self.splitter = QSplitter(self.orderPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.linesGroup = QGroupBox(self.leftPane)
        self.linesGroup.setObjectName(u"linesGroup")
        self.linesLayout = QVBoxLayout(self.linesGroup)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesTable = QTableWidget(self.linesGroup)
        if (self.linesTable.columnCount() < 9):
            self.linesTable.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setWordWrap(False)
        self.linesTable.verticalHeader().setVisible(False)

        self.linesLayout.addWidget(self.linesTable)


        self.leftLayout.addWidget(self.linesGroup)

        self.totalsLabel = QLabel(self.leftPane)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setTextFormat(Qt.RichText)
        self.totalsLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.totalsLabel)

        self.notesLabel = QLabel(self.leftPane)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setTextFormat(Qt.RichText)
        self.notesLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.notesLabel)

        self.moneyGroup = QGroupBox(self.leftPane)
        self.moneyGroup.setObjectName(u"moneyGroup")
        self.moneyLayout = QVBoxLayout(self.moneyGroup)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyTable = QTableWidget(self.moneyGroup)
        if (self.moneyTable.columnCount() < 7):
            self.moneyTable.setColumnCount(7)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.moneyTable.setHorizontalHeaderItem(6, __qtablewidgetitem15)
        self.moneyTable.setObjectName(u"moneyTable")
        self.moneyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.moneyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.moneyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.moneyTable.setAlternatingRowColors(True)
        self.moneyTable.setWordWrap(False)
        self.moneyTable.verticalHeader().setVisible(False)

        self.moneyLayout.addWidget(self.moneyTable)


        self.leftLayout.addWidget(self.moneyGroup)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.printSettlementButton = QPushButton(self.leftPane)
        self.printSettlementButton.setObjectName(u"printSettlementButton")

        self.bottomBar.addWidget(self.printSettlementButton)

        self.printReceiptButton = QPushButton(self.leftPane)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.bottomBar.addWidget(self.printReceiptButton)

        self.resultLabel = QLabel(self.leftPane)
        self.resultLabel.setObjectName(u"resultLabel")
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.bottomBar.addWidget(self.resultLabel)


        self.leftLayout.addLayout(self.bottomBar)

        self.leftLayout.setStretch(0, 3)
        self.leftLayout.setStretch(3, 2)
        self.splitter.addWidget(self.leftPane)
        self.actionTabs = QTabWidget(self.splitter)
        self.actionTabs.setObjectName(u"actionTabs")
        self.actionTabs.setMinimumSize(QSize(430, 0))
        self.paymentTab = QWidget()
        self.paymentTab.setObjectName(u"paymentTab")
        self.paymentTabLayout = QVBoxLayout(self.paymentTab)
        self.paymentTabLayout.setObjectName(u"paymentTabLayout")
        self.paymentTabLayout.setContentsMargins(0, 0, 0, 0)
        self.paymentScroll = QScrollArea(self.paymentTab)
        self.paymentScroll.setObjectName(u"paymentScroll")
        self.paymentScroll.setWidgetResizable(True)
        self.paymentScroll.setFrameShape(QFrame.NoFrame)
        self.paymentPage = QWidget()
        self.paymentPage.setObjectName(u"paymentPage")
        self.paymentLayout = QVBoxLayout(self.paymentPage)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.cashierCheckGroup = QGroupBox(self.paymentPage)
        self.cashierCheckGroup.setObjectName(u"cashierCheckGroup")
        self.cashierCheckLayout = QVBoxLayout(self.cashierCheckGroup)
        self.cashierCheckLayout.setObjectName(u"cashierCheckLayout")
        self.cashierCheckLabel = QLabel(self.cashierCheckGroup)
        self.cashierCheckLabel.setObjectName(u"cashierCheckLabel")
        self.cashierCheckLabel.setTextFormat(Qt.RichText)
        self.cashierCheckLabel.setWordWrap(True)
        self.cashierCheckLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.cashierCheckLayout.addWidget(self.cashierCheckLabel)


        self.paymentLayout.addWidget(self.cashierCheckGroup)

        self.exitGroup = QGroupBox(self.paymentPage)
        self.exitGroup.setObjectName(u"exitGroup")
        self.exitGrid = QGridLayout(self.exitGroup)
        self.exitGrid.setObjectName(u"exitGrid")
        self.exitGrid.setVerticalSpacing(2)
        self.mileageOutLabel = QLabel(self.exitGroup)
        self.mileageOutLabel.setObjectName(u"mileageOutLabel")

        self.exitGrid.addWidget(self.mileageOutLabel, 0, 0, 1, 1)

        self.mileageOutEdit = QLineEdit(self.exitGroup)
        self.mileageOutEdit.setObjectName(u"mileageOutEdit")

        self.exitGrid.addWidget(self.mileageOutEdit, 0, 1, 1, 1)

        self.mileage_outError = QLabel(self.exitGroup)
        self.mileage_outError.setObjectName(u"mileage_outError")

        self.exitGrid.addWidget(self.mileage_outError, 1, 1, 1, 1)

        self.oldPartsLabel = QLabel(self.exitGroup)
        self.oldPartsLabel.setObjectName(u"oldPartsLabel")

        self.exitGrid.addWidget(self.oldPartsLabel, 2, 0, 1, 1)

        self.oldPartsCombo = QComboBox(self.exitGroup)
        self.oldPartsCombo.setObjectName(u"oldPartsCombo")

        self.exitGrid.addWidget(self.oldPartsCombo, 2, 1, 1, 1)

        self.saveExitButton = QPushButton(self.exitGroup)
        self.saveExitButton.setObjectName(u"saveExitButton")

        self.exitGrid.addWidget(self.saveExitButton, 2, 2, 1, 1)

        self.exitGrid.setColumnStretch(1, 1)

        self.paymentLayout.addWidget(self.exitGroup)

        self.discountGroup = QGroupBox(self.paymentPage)
        self.discountGroup.setObjectName(u"discountGroup")
        self.discountGrid = QGridLayout(self.discountGroup)
        self.discountGrid.setObjectName(u"discountGrid")
        self.discountGrid.setVerticalSpacing(2)
        self.discountAmountLabel = QLabel(self.discountGroup)
        self.discountAmountLabel.setObjectName(u"discountAmountLabel")

        self.discountGrid.addWidget(self.discountAmountLabel, 0, 0, 1, 1)

        self.discountAmountEdit = QLineEdit(self.discountGroup)
        self.discountAmountEdit.setObjectName(u"discountAmountEdit")

        self.discountGrid.addWidget(self.discountAmountEdit, 0, 1, 1, 1)

        self.discountPayerCombo = QComboBox(self.discountGroup)
        self.discountPayerCombo.setObjectName(u"discountPayerCombo")

        self.discountGrid.addWidget(self.discountPayerCombo, 0, 2, 1, 1)

        self.discountAmountError = QLabel(self.discountGroup)
        self.discountAmountError.setObjectName(u"discountAmountError")

        self.discountGrid.addWidget(self.discountAmountError, 1, 1, 1, 2)

        self.discountReasonLabel = QLabel(self.discountGroup)
        self.discountReasonLabel.setObjectName(u"discountReasonLabel")

        self.discountGrid.addWidget(self.discountReasonLabel, 2, 0, 1, 1)

        self.discountReasonEdit = QLineEdit(self.discountGroup)
        self.discountReasonEdit.setObjectName(u"discountReasonEdit")

        self.discountGrid.addWidget(self.discountReasonEdit, 2, 1, 1, 1)

        self.addDiscountButton = QPushButton(self.discountGroup)
        self.addDiscountButton.setObjectName(u"addDiscountButton")

        self.discountGrid.addWidget(self.addDiscountButton, 2, 2, 1, 1)

        self.discountReasonError = QLabel(self.discountGroup)
        self.discountReasonError.setObjectName(u"discountReasonError")

        self.discountGrid.addWidget(self.discountReasonError, 3, 1, 1, 2)

        self.discountList = QListWidget(self.discountGroup)
        self.discountList.setObjectName(u"discountList")
        self.discountList.setMaximumSize(QSize(16777215, 60))

        self.discountGrid.addWidget(self.discountList, 4, 0, 1, 2)

        self.removeDiscountButton = QPushButton(self.discountGroup)
        self.removeDiscountButton.setObjectName(u"removeDiscountButton")

        self.discountGrid.addWidget(self.removeDiscountButton, 4, 2, 1, 1)

        self.discountGrid.setColumnStretch(1, 1)

        self.paymentLayout.addWidget(self.discountGroup)

        self.claimGroup = QGroupBox(self.paymentPage)
        self.claimGroup.setObjectName(u"claimGroup")
        self.claimGrid = QGridLayout(self.claimGroup)
        self.claimGrid.setObjectName(u"claimGrid")
        self.claimGrid.setVerticalSpacing(2)
        self.claimLabel = QLabel(self.claimGroup)
        self.claimLabel.setObjectName(u"claimLabel")

        self.claimGrid.addWidget(self.claimLabel, 0, 0, 1, 1)

        self.claimEdit = QLineEdit(self.claimGroup)
        self.claimEdit.setObjectName(u"claimEdit")

        self.claimGrid.addWidget(self.claimEdit, 0, 1, 1, 1)

        self.claimButton = QPushButton(self.claimGroup)
        self.claimButton.setObjectName(u"claimButton")

        self.claimGrid.addWidget(self.claimButton, 0, 2, 1, 1)

        self.claim_approvedError = QLabel(self.claimGroup)
        self.claim_approvedError.setObjectName(u"claim_approvedError")

        self.claimGrid.addWidget(self.claim_approvedError, 1, 1, 1, 2)

        self.insurerLabel = QLabel(self.claimGroup)
        self.insurerLabel.setObjectName(u"insurerLabel")

        self.claimGrid.addWidget(self.insurerLabel, 2, 0, 1, 1)

        self.insurerCombo = QComboBox(self.claimGroup)
        self.insurerCombo.setObjectName(u"insurerCombo")

        self.claimGrid.addWidget(self.insurerCombo, 2, 1, 1, 2)

        self.assessmentLabel = QLabel(self.claimGroup)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.claimGrid.addWidget(self.assessmentLabel, 3, 0, 1, 1)

        self.assessmentEdit = QLineEdit(self.claimGroup)
        self.assessmentEdit.setObjectName(u"assessmentEdit")
        self.assessmentEdit.setMaxLength(40)

        self.claimGrid.addWidget(self.assessmentEdit, 3, 1, 1, 1)

        self.claimDetailsButton = QPushButton(self.claimGroup)
        self.claimDetailsButton.setObjectName(u"claimDetailsButton")

        self.claimGrid.addWidget(self.claimDetailsButton, 3, 2, 1, 1)

        self.insurerError = QLabel(self.claimGroup)
        self.insurerError.setObjectName(u"insurerError")

        self.claimGrid.addWidget(self.insurerError, 4, 1, 1, 2)

        self.claimGrid.setColumnStretch(1, 1)

        self.paymentLayout.addWidget(self.claimGroup)

        self.paymentGroup = QGroupBox(self.paymentPage)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentGrid = QGridLayout(self.paymentGroup)
        self.paymentGrid.setObjectName(u"paymentGrid")
        self.paymentGrid.setVerticalSpacing(2)
        self.methodLabel = QLabel(self.paymentGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.paymentGrid.addWidget(self.methodLabel, 0, 0, 1, 1)

        self.methodCombo = QComboBox(self.paymentGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.paymentGrid.addWidget(self.methodCombo, 0, 1, 1, 2)

        self.payAmountLabel = QLabel(self.paymentGroup)
        self.payAmountLabel.setObjectName(u"payAmountLabel")

        self.paymentGrid.addWidget(self.payAmountLabel, 1, 0, 1, 1)

        self.payAmountEdit = QLineEdit(self.paymentGroup)
        self.payAmountEdit.setObjectName(u"payAmountEdit")

        self.paymentGrid.addWidget(self.payAmountEdit, 1, 1, 1, 2)

        self.payAmountError = QLabel(self.paymentGroup)
        self.payAmountError.setObjectName(u"payAmountError")

        self.paymentGrid.addWidget(self.payAmountError, 2, 1, 1, 2)

        self.tenderedLabel = QLabel(self.paymentGroup)
        self.tenderedLabel.setObjectName(u"tenderedLabel")

        self.paymentGrid.addWidget(self.tenderedLabel, 3, 0, 1, 1)

        self.tenderedEdit = QLineEdit(self.paymentGroup)
        self.tenderedEdit.setObjectName(u"tenderedEdit")

        self.paymentGrid.addWidget(self.tenderedEdit, 3, 1, 1, 1)

        self.changeLabel = QLabel(self.paymentGroup)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setText(u"")
        self.changeLabel.setTextFormat(Qt.RichText)

        self.paymentGrid.addWidget(self.changeLabel, 3, 2, 1, 1)

        self.tenderedError = QLabel(self.paymentGroup)
        self.tenderedError.setObjectName(u"tenderedError")

        self.paymentGrid.addWidget(self.tenderedError, 4, 1, 1, 2)

        self.cardLabel = QLabel(self.paymentGroup)
        self.cardLabel.setObjectName(u"cardLabel")

        self.paymentGrid.addWidget(self.cardLabel, 5, 0, 1, 1)

        self.cardRow = QHBoxLayout()
        self.cardRow.setSpacing(6)
        self.cardRow.setObjectName(u"cardRow")
        self.cardCombo = QComboBox(self.paymentGroup)
        self.cardCombo.setObjectName(u"cardCombo")
        self.cardCombo.setEditable(True)

        self.cardRow.addWidget(self.cardCombo)

        self.cardPinEdit = QLineEdit(self.paymentGroup)
        self.cardPinEdit.setObjectName(u"cardPinEdit")
        self.cardPinEdit.setMaximumWidth(90)
        self.cardPinEdit.setEchoMode(QLineEdit.Password)

        self.cardRow.addWidget(self.cardPinEdit)

        self.cardsButton = QPushButton(self.paymentGroup)
        self.cardsButton.setObjectName(u"cardsButton")

        self.cardRow.addWidget(self.cardsButton)

        self.cardRow.setStretch(0, 1)

        self.paymentGrid.addLayout(self.cardRow, 5, 1, 1, 2)

        self.cardError = QLabel(self.paymentGroup)
        self.cardError.setObjectName(u"cardError")

        self.paymentGrid.addWidget(self.cardError, 6, 1, 1, 2)

        self.payNoteLabel = QLabel(self.paymentGroup)
        self.payNoteLabel.setObjectName(u"payNoteLabel")

        self.paymentGrid.addWidget(self.payNoteLabel, 7, 0, 1, 1)

        self.payNoteEdit = QLineEdit(self.paymentGroup)
        self.payNoteEdit.setObjectName(u"payNoteEdit")

        self.paymentGrid.addWidget(self.payNoteEdit, 7, 1, 1, 2)

        self.payButtons = QHBoxLayout()
        self.payButtons.setSpacing(6)
        self.payButtons.setObjectName(u"payButtons")
        self.payButton = QPushButton(self.paymentGroup)
        self.payButton.setObjectName(u"payButton")

        self.payButtons.addWidget(self.payButton)

        self.settleButton = QPushButton(self.paymentGroup)
        self.settleButton.setObjectName(u"settleButton")

        self.payButtons.addWidget(self.settleButton)


        self.paymentGrid.addLayout(self.payButtons, 8, 1, 1, 2)

        self.payError = QLabel(self.paymentGroup)
        self.payError.setObjectName(u"payError")

        self.paymentGrid.addWidget(self.payError, 9, 1, 1, 2)

        self.paymentGrid.setColumnStretch(1, 1)

        self.paymentLayout.addWidget(self.paymentGroup)

        self.refundGroup = QGroupBox(self.paymentPage)
        self.refundGroup.setObjectName(u"refundGroup")
        self.refundGrid = QGridLayout(self.refundGroup)
        self.refundGrid.setObjectName(u"refundGrid")
        self.refundGrid.setVerticalSpacing(2)
        self.refundReasonLabel = QLabel(self.refundGroup)
        self.refundReasonLabel.setObjectName(u"refundReasonLabel")

        self.refundGrid.addWidget(self.refundReasonLabel, 0, 0, 1, 1)

        self.refundReasonEdit = QLineEdit(self.refundGroup)
        self.refundReasonEdit.setObjectName(u"refundReasonEdit")

        self.refundGrid.addWidget(self.refundReasonEdit, 0, 1, 1, 2)

        self.refundReasonError = QLabel(self.refundGroup)
        self.refundReasonError.setObjectName(u"refundReasonError")

        self.refundGrid.addWidget(self.refundReasonError, 1, 1, 1, 2)

        self.refundMethodCombo = QComboBox(self.refundGroup)
        self.refundMethodCombo.setObjectName(u"refundMethodCombo")

        self.refundGrid.addWidget(self.refundMethodCombo, 2, 1, 1, 1)

        self.refundButton = QPushButton(self.refundGroup)
        self.refundButton.setObjectName(u"refundButton")

        self.refundGrid.addWidget(self.refundButton, 2, 2, 1, 1)

        self.refundGrid.setColumnStretch(1, 1)

        self.paymentLayout.addWidget(self.refundGroup)

        self.paymentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.paymentLayout.addItem(self.paymentSpacer)

        self.paymentScroll.setWidget(self.paymentPage)

        self.paymentTabLayout.addWidget(self.paymentScroll)

        self.actionTabs.addTab(self.paymentTab, "")
        self.handoverTab = QWidget()
        self.handoverTab.setObjectName(u"handoverTab")
        self.handoverTabLayout = QVBoxLayout(self.handoverTab)
        self.handoverTabLayout.setObjectName(u"handoverTabLayout")
        self.handoverTabLayout.setContentsMargins(0, 0, 0, 0)
        self.handoverScroll = QScrollArea(self.handoverTab)
        self.handoverScroll.setObjectName(u"handoverScroll")
        self.handoverScroll.setWidgetResizable(True)
        self.handoverScroll.setFrameShape(QFrame.NoFrame)
        self.handoverPage = QWidget()
        self.handoverPage.setObjectName(u"handoverPage")
        self.handoverLayout = QVBoxLayout(self.handoverPage)
        self.handoverLayout.setObjectName(u"handoverLayout")
        self.certificateLabel = QLabel(self.handoverPage)
        self.certificateLabel.setObjectName(u"certificateLabel")
        self.certificateLabel.setText(u"")
        self.certificateLabel.setTextFormat(Qt.RichText)
        self.certificateLabel.setWordWrap(True)

        self.handoverLayout.addWidget(self.certificateLabel)

        self.warrantyLabel = QLabel(self.handoverPage)
        self.warrantyLabel.setObjectName(u"warrantyLabel")
        self.warrantyLabel.setText(u"")
        self.warrantyLabel.setTextFormat(Qt.RichText)
        self.warrantyLabel.setWordWrap(True)

        self.handoverLayout.addWidget(self.warrantyLabel)

        self.checklistGroup = QGroupBox(self.handoverPage)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.workExplainedCheck = QCheckBox(self.checklistGroup)
        self.workExplainedCheck.setObjectName(u"workExplainedCheck")

        self.checklistLayout.addWidget(self.workExplainedCheck)

        self.oldPartsShownCheck = QCheckBox(self.checklistGroup)
        self.oldPartsShownCheck.setObjectName(u"oldPartsShownCheck")

        self.checklistLayout.addWidget(self.oldPartsShownCheck)

        self.testDriveCheck = QCheckBox(self.checklistGroup)
        self.testDriveCheck.setObjectName(u"testDriveCheck")

        self.checklistLayout.addWidget(self.testDriveCheck)

        self.remainingIssuesCheck = QCheckBox(self.checklistGroup)
        self.remainingIssuesCheck.setObjectName(u"remainingIssuesCheck")

        self.checklistLayout.addWidget(self.remainingIssuesCheck)


        self.handoverLayout.addWidget(self.checklistGroup)

        self.nextGroup = QGroupBox(self.handoverPage)
        self.nextGroup.setObjectName(u"nextGroup")
        self.nextGrid = QGridLayout(self.nextGroup)
        self.nextGrid.setObjectName(u"nextGrid")
        self.nextGrid.setVerticalSpacing(2)
        self.nextDateLabel = QLabel(self.nextGroup)
        self.nextDateLabel.setObjectName(u"nextDateLabel")

        self.nextGrid.addWidget(self.nextDateLabel, 0, 0, 1, 1)

        self.nextDateEdit = QDateEdit(self.nextGroup)
        self.nextDateEdit.setObjectName(u"nextDateEdit")
        self.nextDateEdit.setCalendarPopup(True)
        self.nextDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.nextGrid.addWidget(self.nextDateEdit, 0, 1, 1, 1)

        self.nextKmLabel = QLabel(self.nextGroup)
        self.nextKmLabel.setObjectName(u"nextKmLabel")

        self.nextGrid.addWidget(self.nextKmLabel, 0, 2, 1, 1)

        self.nextKmEdit = QLineEdit(self.nextGroup)
        self.nextKmEdit.setObjectName(u"nextKmEdit")

        self.nextGrid.addWidget(self.nextKmEdit, 0, 3, 1, 1)

        self.next_service_onError = QLabel(self.nextGroup)
        self.next_service_onError.setObjectName(u"next_service_onError")

        self.nextGrid.addWidget(self.next_service_onError, 1, 1, 1, 1)

        self.next_service_kmError = QLabel(self.nextGroup)
        self.next_service_kmError.setObjectName(u"next_service_kmError")

        self.nextGrid.addWidget(self.next_service_kmError, 1, 3, 1, 1)

        self.postponedLabel = QLabel(self.nextGroup)
        self.postponedLabel.setObjectName(u"postponedLabel")

        self.nextGrid.addWidget(self.postponedLabel, 2, 0, 1, 1)

        self.postponedEdit = QPlainTextEdit(self.nextGroup)
        self.postponedEdit.setObjectName(u"postponedEdit")
        self.postponedEdit.setMaximumSize(QSize(16777215, 54))
        self.postponedEdit.setTabChangesFocus(True)

        self.nextGrid.addWidget(self.postponedEdit, 2, 1, 1, 3)

        self.postponedError = QLabel(self.nextGroup)
        self.postponedError.setObjectName(u"postponedError")

        self.nextGrid.addWidget(self.postponedError, 3, 1, 1, 3)

        self.recommendationsLabel = ElidedLabel(self.nextGroup)
        self.recommendationsLabel.setObjectName(u"recommendationsLabel")
        self.recommendationsLabel.setMaxLines(3)

        self.nextGrid.addWidget(self.recommendationsLabel, 4, 0, 1, 4)

        self.nextGrid.setColumnStretch(1, 1)
        self.nextGrid.setColumnStretch(3, 1)

        self.handoverLayout.addWidget(self.nextGroup)

        self.deliverRow = QHBoxLayout()
        self.deliverRow.setObjectName(u"deliverRow")
        self.deliverHint = QLabel(self.handoverPage)
        self.deliverHint.setObjectName(u"deliverHint")
        self.deliverHint.setText(u"")
        self.deliverHint.setTextFormat(Qt.RichText)
        self.deliverHint.setWordWrap(True)

        self.deliverRow.addWidget(self.deliverHint)

        self.deliverButton = QPushButton(self.handoverPage)
        self.deliverButton.setObjectName(u"deliverButton")

        self.deliverRow.addWidget(self.deliverButton)

        self.deliverRow.setStretch(0, 1)

        self.handoverLayout.addLayout(self.deliverRow)

        self.deliverError = QLabel(self.handoverPage)
        self.deliverError.setObjectName(u"deliverError")

        self.handoverLayout.addWidget(self.deliverError)

        self.depositGroup = QGroupBox(self.handoverPage)
        self.depositGroup.setObjectName(u"depositGroup")
        self.depositGrid = QGridLayout(self.depositGroup)
        self.depositGrid.setObjectName(u"depositGrid")
        self.depositGrid.setVerticalSpacing(2)
        self.depositAmountLabel = QLabel(self.depositGroup)
        self.depositAmountLabel.setObjectName(u"depositAmountLabel")

        self.depositGrid.addWidget(self.depositAmountLabel, 0, 0, 1, 1)

        self.depositAmountEdit = QLineEdit(self.depositGroup)
        self.depositAmountEdit.setObjectName(u"depositAmountEdit")

        self.depositGrid.addWidget(self.depositAmountEdit, 0, 1, 1, 1)

        self.depositMethodCombo = QComboBox(self.depositGroup)
        self.depositMethodCombo.setObjectName(u"depositMethodCombo")

        self.depositGrid.addWidget(self.depositMethodCombo, 0, 2, 1, 1)

        self.depositError = QLabel(self.depositGroup)
        self.depositError.setObjectName(u"depositError")

        self.depositGrid.addWidget(self.depositError, 1, 1, 1, 2)

        self.depositNoteLabel = QLabel(self.depositGroup)
        self.depositNoteLabel.setObjectName(u"depositNoteLabel")

        self.depositGrid.addWidget(self.depositNoteLabel, 2, 0, 1, 1)

        self.depositNoteEdit = QLineEdit(self.depositGroup)
        self.depositNoteEdit.setObjectName(u"depositNoteEdit")

        self.depositGrid.addWidget(self.depositNoteEdit, 2, 1, 1, 1)

        self.releaseButton = QPushButton(self.depositGroup)
        self.releaseButton.setObjectName(u"releaseButton")

        self.depositGrid.addWidget(self.releaseButton, 2, 2, 1, 1)

        self.depositGrid.setColumnStretch(1, 1)

        self.handoverLayout.addWidget(self.depositGroup)

        self.nextVisitGroup = QGroupBox(self.handoverPage)
        self.nextVisitGroup.setObjectName(u"nextVisitGroup")
        self.nextVisitGrid = QGridLayout(self.nextVisitGroup)
        self.nextVisitGrid.setObjectName(u"nextVisitGrid")
        self.nextVisitGrid.setVerticalSpacing(2)
        self.nextVisitLabel = QLabel(self.nextVisitGroup)
        self.nextVisitLabel.setObjectName(u"nextVisitLabel")

        self.nextVisitGrid.addWidget(self.nextVisitLabel, 0, 0, 1, 1)

        self.nextVisitEdit = QDateTimeEdit(self.nextVisitGroup)
        self.nextVisitEdit.setObjectName(u"nextVisitEdit")
        self.nextVisitEdit.setCalendarPopup(True)
        self.nextVisitEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.nextVisitGrid.addWidget(self.nextVisitEdit, 0, 1, 1, 1)

        self.bookButton = QPushButton(self.nextVisitGroup)
        self.bookButton.setObjectName(u"bookButton")

        self.nextVisitGrid.addWidget(self.bookButton, 0, 2, 1, 1)

        self.start_atError = QLabel(self.nextVisitGroup)
        self.start_atError.setObjectName(u"start_atError")

        self.nextVisitGrid.addWidget(self.start_atError, 1, 1, 1, 2)

        self.nextVisitNoteLabel = QLabel(self.nextVisitGroup)
        self.nextVisitNoteLabel.setObjectName(u"nextVisitNoteLabel")

        self.nextVisitGrid.addWidget(self.nextVisitNoteLabel, 2, 0, 1, 1)

        self.nextVisitNoteEdit = QLineEdit(self.nextVisitGroup)
        self.nextVisitNoteEdit.setObjectName(u"nextVisitNoteEdit")

        self.nextVisitGrid.addWidget(self.nextVisitNoteEdit, 2, 1, 1, 2)

        self.nextVisitGrid.setColumnStretch(1, 1)

        self.handoverLayout.addWidget(self.nextVisitGroup)

        self.handoverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handoverLayout.addItem(self.handoverSpacer)

        self.handoverScroll.setWidget(self.handoverPage)

        self.handoverTabLayout.addWidget(self.handoverScroll)

        self.actionTabs.addTab(self.handoverTab, "")
        self.splitter.addWidget(self.actionTabs)

        self.orderLayout.addWidget(self.splitter)

        self.pages.addWidget(self.orderPage)

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.mileageOutLabel.setBuddy(self.mileageOutEdit)
        self.oldPartsLabel.setBuddy(self.oldPartsCombo)
        self.discountAmountLabel.setBuddy(self.discountAmountEdit)
        self.discountReasonLabel.setBuddy(self.discountReasonEdit)
        self.claimLabel.setBuddy(self.claimEdit)
        self.insurerLabel.setBuddy(self.insurerCombo)
        self.assessmentLabel.setBuddy(self.assessmentEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.payAmountLabel.setBuddy(self.payAmountEdit)
        self.tenderedLabel.setBuddy(self.tenderedEdit)
        self.cardLabel.setBuddy(self.cardCombo)
        self.payNoteLabel.setBuddy(self.payNoteEdit)
        self.refundReasonLabel.setBuddy(self.refundReasonEdit)
        self.nextDateLabel.setBuddy(self.nextDateEdit)
        self.nextKmLabel.setBuddy(self.nextKmEdit)
        self.postponedLabel.setBuddy(self.postponedEdit)
        self.depositAmountLabel.setBuddy(self.depositAmountEdit)
        self.depositNoteLabel.setBuddy(self.depositNoteEdit)
        self.nextVisitLabel.setBuddy(self.nextVisitEdit)
        self.nextVisitNoteLabel.setBuddy(self.nextVisitNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.readyList, self.settledList)
        QWidget.setTabOrder(self.settledList, self.depositsList)
        QWidget.setTabOrder(self.depositsList, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.moneyTable)
        QWidget.setTabOrder(self.moneyTable, self.printSettlementButton)
        QWidget.setTabOrder(self.printSettlementButton, self.printReceiptButton)
        QWidget.setTabOrder(self.printReceiptButton, self.actionTabs)
        QWidget.setTabOrder(self.actionTabs, self.mileageOutEdit)
        QWidget.setTabOrder(self.mileageOutEdit, self.oldPartsCombo)
        QWidget.setTabOrder(self.oldPartsCombo, self.saveExitButton)
        QWidget.setTabOrder(self.saveExitButton, self.discountAmountEdit)
        QWidget.setTabOrder(self.discountAmountEdit, self.discountPayerCombo)
        QWidget.setTabOrder(self.discountPayerCombo, self.discountReasonEdit)
        QWidget.setTabOrder(self.discountReasonEdit, self.addDiscountButton)
        QWidget.setTabOrder(self.addDiscountButton, self.discountList)
        QWidget.setTabOrder(self.discountList, self.removeDiscountButton)
        QWidget.setTabOrder(self.removeDiscountButton, self.claimEdit)
        QWidget.setTabOrder(self.claimEdit, self.claimButton)
        QWidget.setTabOrder(self.claimButton, self.insurerCombo)
        QWidget.setTabOrder(self.insurerCombo, self.assessmentEdit)
        QWidget.setTabOrder(self.assessmentEdit, self.claimDetailsButton)
        QWidget.setTabOrder(self.claimDetailsButton, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.payAmountEdit)
        QWidget.setTabOrder(self.payAmountEdit, self.tenderedEdit)
        QWidget.setTabOrder(self.tenderedEdit, self.cardCombo)
        QWidget.setTabOrder(self.cardCombo, self.cardPinEdit)
        QWidget.setTabOrder(self.cardPinEdit, self.payNoteEdit)
        QWidget.setTabOrder(self.payNoteEdit, self.payButton)
        QWidget.setTabOrder(self.payButton, self.settleButton)
        QWidget.setTabOrder(self.settleButton, self.refundReasonEdit)
        QWidget.setTabOrder(self.refundReasonEdit, self.refundMethodCombo)
        QWidget.setTabOrder(self.refundMethodCombo, self.refundButton)
        QWidget.setTabOrder(self.refundButton, self.workExplainedCheck)
        QWidget.setTabOrder(self.workExplainedCheck, self.oldPartsShownCheck)
        QWidget.setTabOrder(self.oldPartsShownCheck, self.testDriveCheck)
        QWidget.setTabOrder(self.testDriveCheck, self.remainingIssuesCheck)
        QWidget.setTabOrder(self.remainingIssuesCheck, self.nextDateEdit)
        QWidget.setTabOrder(self.nextDateEdit, self.nextKmEdit)
        QWidget.setTabOrder(self.nextKmEdit, self.postponedEdit)
        QWidget.setTabOrder(self.postponedEdit, self.deliverButton)
        QWidget.setTabOrder(self.deliverButton, self.depositAmountEdit)
        QWidget.setTabOrder(self.depositAmountEdit, self.depositMethodCombo)
        QWidget.setTabOrder(self.depositMethodCombo, self.depositNoteEdit)
        QWidget.setTabOrder(self.depositNoteEdit, self.releaseButton)
        QWidget.setTabOrder(self.releaseButton, self.nextVisitEdit)
        QWidget.setTabOrder(self.nextVisitEdit, self.bookButton)
        QWidget.setTabOrder(self.bookButton, self.nextVisitNoteEdit)
        QWidget.setTabOrder(self.nextVisitNoteEdit, self.backButton)

        self.retranslateUi(CheckoutTab)

        QMetaObject.connectSlotsByName(CheckoutTab)
    # setupUi

    def retranslateUi(self, CheckoutTab):
        CheckoutTab.setWindowTitle(QCoreApplication.translate("CheckoutTab", u"Settlement & delivery", None))
        self.listTitle.setText(QCoreApplication.translate("CheckoutTab", u"<b>Settlement & delivery</b> \u2014 cars that passed final QC, settled cars waiting for their owner, and cars out on a deposit. Double-click (or Enter) to open one.", None))
        self.readyTitle.setText(QCoreApplication.translate("CheckoutTab", u"<b>Ready for settlement</b>", None))
        ___qtreewidgetitem = self.readyList.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("CheckoutTab", u"Phone", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("CheckoutTab", u"Payer", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CheckoutTab", u"Customer owes", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CheckoutTab", u"Bill", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CheckoutTab", u"Customer", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CheckoutTab", u"Plate", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CheckoutTab", u"Order", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CheckoutTab", u"Ready since", None))
#if QT_CONFIG(tooltip)
        self.readyList.setToolTip(QCoreApplication.translate("CheckoutTab", u"Passed final QC: print the settlement list, take the payment", None))
#endif // QT_CONFIG(tooltip)
        self.settledTitle.setText(QCoreApplication.translate("CheckoutTab", u"<b>Settled, waiting for the customer</b>", None))
        ___qtreewidgetitem1 = self.settledList.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("CheckoutTab", u"Promised", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("CheckoutTab", u"Phone", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("CheckoutTab", u"Customer", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("CheckoutTab", u"Plate", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CheckoutTab", u"Order", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CheckoutTab", u"Settled", None))
#if QT_CONFIG(tooltip)
        self.settledList.setToolTip(QCoreApplication.translate("CheckoutTab", u"Settled: hand the car over when the customer comes", None))
#endif // QT_CONFIG(tooltip)
        self.depositsTitle.setText(QCoreApplication.translate("CheckoutTab", u"<b>Open deposits</b> \u2014 released on a deposit (intermittent fault), not settled yet", None))
        ___qtreewidgetitem2 = self.depositsList.headerItem()
        ___qtreewidgetitem2.setText(6, QCoreApplication.translate("CheckoutTab", u"Phone", None))
        ___qtreewidgetitem2.setText(5, QCoreApplication.translate("CheckoutTab", u"Customer owes", None))
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("CheckoutTab", u"Deposit", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("CheckoutTab", u"Customer", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("CheckoutTab", u"Plate", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("CheckoutTab", u"Order", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("CheckoutTab", u"Released", None))
#if QT_CONFIG(tooltip)
        self.depositsList.setToolTip(QCoreApplication.translate("CheckoutTab", u"Out on a deposit: settle once the fault is confirmed fixed, or refund the deposit", None))
#endif // QT_CONFIG(tooltip)
        self.listEmptyLabel.setText(QCoreApplication.translate("CheckoutTab", u"No car is waiting for settlement or delivery, and no deposit is open.", None))
        self.backButton.setText(QCoreApplication.translate("CheckoutTab", u"All cars at checkout", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Leave this order and list the cars waiting for settlement or delivery", None))
#endif // QT_CONFIG(tooltip)
        self.linesGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Charged items (the settlement list)", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CheckoutTab", u"Kind", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CheckoutTab", u"#", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CheckoutTab", u"Item", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CheckoutTab", u"Brand / spec", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CheckoutTab", u"Qty / hours", None))
        ___qtablewidgetitem5 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CheckoutTab", u"Unit price / rate", None))
        ___qtablewidgetitem6 = self.linesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CheckoutTab", u"Amount", None))
        ___qtablewidgetitem7 = self.linesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CheckoutTab", u"Payer", None))
        ___qtablewidgetitem8 = self.linesTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CheckoutTab", u"Remarks", None))
#if QT_CONFIG(tooltip)
        self.linesTable.setToolTip(QCoreApplication.translate("CheckoutTab", u"Only confirmed items and added work the customer approved; parts as issued, never beyond what was agreed", None))
#endif // QT_CONFIG(tooltip)
        self.moneyGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Money received and receivables", None))
        ___qtablewidgetitem9 = self.moneyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CheckoutTab", u"Time", None))
        ___qtablewidgetitem10 = self.moneyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CheckoutTab", u"Kind", None))
        ___qtablewidgetitem11 = self.moneyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CheckoutTab", u"Method", None))
        ___qtablewidgetitem12 = self.moneyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CheckoutTab", u"Payer", None))
        ___qtablewidgetitem13 = self.moneyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CheckoutTab", u"Amount", None))
        ___qtablewidgetitem14 = self.moneyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CheckoutTab", u"Note", None))
        ___qtablewidgetitem15 = self.moneyTable.horizontalHeaderItem(6)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("CheckoutTab", u"By", None))
        self.printSettlementButton.setText(QCoreApplication.translate("CheckoutTab", u"&Print settlement list\u2026", None))
#if QT_CONFIG(tooltip)
        self.printSettlementButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Preview the \u7d50\u7b97\u6e05\u55ae and print it \u2014 give it to the customer before payment", None))
#endif // QT_CONFIG(tooltip)
        self.printReceiptButton.setText(QCoreApplication.translate("CheckoutTab", u"Print re&ceipt\u2026", None))
#if QT_CONFIG(tooltip)
        self.printReceiptButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Preview the receipt of what the customer paid", None))
#endif // QT_CONFIG(tooltip)
        self.cashierCheckGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Cashier's check (before settling)", None))
        self.exitGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Settlement list details", None))
        self.mileageOutLabel.setText(QCoreApplication.translate("CheckoutTab", u"Mileage ou&t (km):", None))
        self.mileageOutEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"odometer when the car leaves", None))
        self.oldPartsLabel.setText(QCoreApplication.translate("CheckoutTab", u"O&ld parts:", None))
#if QT_CONFIG(tooltip)
        self.oldPartsCombo.setToolTip(QCoreApplication.translate("CheckoutTab", u"What happens to the replaced parts (printed on the settlement list)", None))
#endif // QT_CONFIG(tooltip)
        self.saveExitButton.setText(QCoreApplication.translate("CheckoutTab", u"Sa&ve", None))
#if QT_CONFIG(tooltip)
        self.saveExitButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Record the mileage out and the old parts answer", None))
#endif // QT_CONFIG(tooltip)
        self.discountGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Discount (cashier or owner, with a reason)", None))
        self.discountAmountLabel.setText(QCoreApplication.translate("CheckoutTab", u"Disco&unt:", None))
        self.discountAmountEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"amount in yuan", None))
#if QT_CONFIG(tooltip)
        self.discountPayerCombo.setToolTip(QCoreApplication.translate("CheckoutTab", u"Whose share the discount reduces", None))
#endif // QT_CONFIG(tooltip)
        self.discountReasonLabel.setText(QCoreApplication.translate("CheckoutTab", u"&Reason:", None))
        self.discountReasonEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"why the discount is given", None))
        self.addDiscountButton.setText(QCoreApplication.translate("CheckoutTab", u"&Give discount", None))
        self.removeDiscountButton.setText(QCoreApplication.translate("CheckoutTab", u"Take bac&k", None))
#if QT_CONFIG(tooltip)
        self.removeDiscountButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Remove the chosen discount (given by mistake)", None))
#endif // QT_CONFIG(tooltip)
        self.claimGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Insurance claim (\u7d22\u8ce0)", None))
        self.claimLabel.setText(QCoreApplication.translate("CheckoutTab", u"Insurer appro&ved:", None))
        self.claimEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"the insurer's approved amount", None))
        self.claimButton.setText(QCoreApplication.translate("CheckoutTab", u"Recor&d", None))
#if QT_CONFIG(tooltip)
        self.claimButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"The insurer pays this amount (a receivable); the customer pays the rest of the claim", None))
#endif // QT_CONFIG(tooltip)
        self.insurerLabel.setText(QCoreApplication.translate("CheckoutTab", u"&Insurer:", None))
#if QT_CONFIG(tooltip)
        self.insurerCombo.setToolTip(QCoreApplication.translate("CheckoutTab", u"The insurer that owes the approved amount (the list is kept in Settings)", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentLabel.setText(QCoreApplication.translate("CheckoutTab", u"Lo&ss assessment no.:", None))
        self.assessmentEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"the insurer's \u5b9a\u640d reference", None))
        self.claimDetailsButton.setText(QCoreApplication.translate("CheckoutTab", u"Sa&ve", None))
#if QT_CONFIG(tooltip)
        self.claimDetailsButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"Record the insurer and its loss-assessment reference on the order (printed on the settlement list)", None))
#endif // QT_CONFIG(tooltip)
        self.paymentGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Payment", None))
        self.methodLabel.setText(QCoreApplication.translate("CheckoutTab", u"&Method:", None))
        self.payAmountLabel.setText(QCoreApplication.translate("CheckoutTab", u"&Amount:", None))
        self.payAmountEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"what the customer pays now (partial payments allowed)", None))
        self.tenderedLabel.setText(QCoreApplication.translate("CheckoutTab", u"&Handed over:", None))
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"cash received", None))
        self.cardLabel.setText(QCoreApplication.translate("CheckoutTab", u"Ca&rd:", None))
#if QT_CONFIG(tooltip)
        self.cardCombo.setToolTip(QCoreApplication.translate("CheckoutTab", u"The customer's stored-value cards with their balances, or type a card number", None))
#endif // QT_CONFIG(tooltip)
        self.cardPinEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"PIN", None))
        self.cardsButton.setText(QCoreApplication.translate("CheckoutTab", u"Cards\u2026", None))
#if QT_CONFIG(tooltip)
        self.cardsButton.setToolTip(QCoreApplication.translate("CheckoutTab", u"The card desk: sell, recharge or refund a card, see its ledger", None))
#endif // QT_CONFIG(tooltip)
        self.payNoteLabel.setText(QCoreApplication.translate("CheckoutTab", u"N&ote:", None))
        self.payNoteEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"e.g. the card slip or transfer reference", None))
        self.payButton.setText(QCoreApplication.translate("CheckoutTab", u"&Take payment", None))
        self.settleButton.setText(QCoreApplication.translate("CheckoutTab", u"&Settle", None))
        self.refundGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Refund the deposit and close the order", None))
        self.refundReasonLabel.setText(QCoreApplication.translate("CheckoutTab", u"Reason:", None))
        self.refundReasonEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"why the deposit is given back", None))
#if QT_CONFIG(tooltip)
        self.refundMethodCombo.setToolTip(QCoreApplication.translate("CheckoutTab", u"How the money goes back", None))
#endif // QT_CONFIG(tooltip)
        self.refundButton.setText(QCoreApplication.translate("CheckoutTab", u"Re&fund deposit", None))
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.paymentTab), QCoreApplication.translate("CheckoutTab", u"Pa&yment", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Handover checklist", None))
        self.workExplainedCheck.setText(QCoreApplication.translate("CheckoutTab", u"Work and charges &explained", None))
        self.oldPartsShownCheck.setText(QCoreApplication.translate("CheckoutTab", u"Old parts sho&wn", None))
        self.testDriveCheck.setText(QCoreApplication.translate("CheckoutTab", u"Test d&rive with the customer", None))
        self.remainingIssuesCheck.setText(QCoreApplication.translate("CheckoutTab", u"Remaining issues and next service to&ld", None))
        self.nextGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Next service due", None))
        self.nextDateLabel.setText(QCoreApplication.translate("CheckoutTab", u"Due o&n:", None))
        self.nextKmLabel.setText(QCoreApplication.translate("CheckoutTab", u"or at (k&m):", None))
        self.nextKmEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"mileage", None))
        self.postponedLabel.setText(QCoreApplication.translate("CheckoutTab", u"Can &wait:", None))
        self.postponedEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"Work that can wait, one item per line (kept on the vehicle for its next visit)", None))
        self.deliverButton.setText(QCoreApplication.translate("CheckoutTab", u"Hand over the &car", None))
        self.depositGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Intermittent fault: let the car go on a deposit (not settled)", None))
        self.depositAmountLabel.setText(QCoreApplication.translate("CheckoutTab", u"De&posit:", None))
        self.depositAmountEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"amount in yuan", None))
        self.depositNoteLabel.setText(QCoreApplication.translate("CheckoutTab", u"Fa&ult:", None))
        self.depositNoteEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"the fault to watch", None))
        self.releaseButton.setText(QCoreApplication.translate("CheckoutTab", u"Release on deposit", None))
        self.nextVisitGroup.setTitle(QCoreApplication.translate("CheckoutTab", u"Book the next visit", None))
        self.nextVisitLabel.setText(QCoreApplication.translate("CheckoutTab", u"Ne&xt visit:", None))
        self.bookButton.setText(QCoreApplication.translate("CheckoutTab", u"&Book", None))
        self.nextVisitNoteLabel.setText(QCoreApplication.translate("CheckoutTab", u"Note:", None))
        self.nextVisitNoteEdit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"what the visit is for", None))
        self.actionTabs.setTabText(self.actionTabs.indexOf(self.handoverTab), QCoreApplication.translate("CheckoutTab", u"Hand&over", None))
    # retranslateUi
