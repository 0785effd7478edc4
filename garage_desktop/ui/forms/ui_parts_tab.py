# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_PartsTab(object):
    def setupUi(self, PartsTab):
        if not PartsTab.objectName():
            PartsTab.setObjectName(u"PartsTab")
        PartsTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(PartsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.pages = QStackedWidget(PartsTab)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listTitle = QLabel(self.listPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.listTitle)

        self.waitingList = QTreeWidget(self.listPage)
        self.waitingList.setObjectName(u"waitingList")
        self.waitingList.setRootIsDecorated(False)
        self.waitingList.setAlternatingRowColors(True)
        self.waitingList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.waitingList)

        self.listEmptyLabel = QLabel(self.listPage)
        self.listEmptyLabel.setObjectName(u"listEmptyLabel")
        self.listEmptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listEmptyLabel)

        self.pages.addWidget(self.listPage)
        self.pickPage = QWidget()
        self.pickPage.setObjectName(u"pickPage")
        self.pickLayout = QVBoxLayout(self.pickPage)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBar = QHBoxLayout()
        self.headerBar.setObjectName(u"headerBar")
        self.headerLabel = QLabel(self.pickPage)
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

        self.backButton = QPushButton(self.pickPage)
        self.backButton.setObjectName(u"backButton")

        self.headerBar.addWidget(self.backButton)


        self.pickLayout.addLayout(self.headerBar)

        self.splitter = QSplitter(self.pickPage)
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
        if (self.linesTable.columnCount() < 11):
            self.linesTable.setColumnCount(11)
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
        __qtablewidgetitem9 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.linesTable.setHorizontalHeaderItem(10, __qtablewidgetitem10)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setWordWrap(False)
        self.linesTable.verticalHeader().setVisible(False)

        self.linesLayout.addWidget(self.linesTable)

        self.lineControls = QGridLayout()
        self.lineControls.setObjectName(u"lineControls")
        self.lineControls.setVerticalSpacing(2)
        self.quantityLabel = QLabel(self.linesGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.lineControls.addWidget(self.quantityLabel, 0, 0, 1, 1)

        self.quantityEdit = QLineEdit(self.linesGroup)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.lineControls.addWidget(self.quantityEdit, 0, 1, 1, 1)

        self.reasonLabel = QLabel(self.linesGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.lineControls.addWidget(self.reasonLabel, 0, 2, 1, 1)

        self.reasonEdit = QLineEdit(self.linesGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.lineControls.addWidget(self.reasonEdit, 0, 3, 1, 1)

        self.quantityError = QLabel(self.linesGroup)
        self.quantityError.setObjectName(u"quantityError")

        self.lineControls.addWidget(self.quantityError, 1, 1, 1, 1)

        self.reasonError = QLabel(self.linesGroup)
        self.reasonError.setObjectName(u"reasonError")

        self.lineControls.addWidget(self.reasonError, 1, 3, 1, 1)

        self.issueButtons = QHBoxLayout()
        self.issueButtons.setSpacing(6)
        self.issueButtons.setObjectName(u"issueButtons")
        self.issueButton = QPushButton(self.linesGroup)
        self.issueButton.setObjectName(u"issueButton")

        self.issueButtons.addWidget(self.issueButton)

        self.issueAllButton = QPushButton(self.linesGroup)
        self.issueAllButton.setObjectName(u"issueAllButton")

        self.issueButtons.addWidget(self.issueAllButton)

        self.returnButton = QPushButton(self.linesGroup)
        self.returnButton.setObjectName(u"returnButton")

        self.issueButtons.addWidget(self.returnButton)

        self.substituteButton = QPushButton(self.linesGroup)
        self.substituteButton.setObjectName(u"substituteButton")

        self.issueButtons.addWidget(self.substituteButton)

        self.extraButton = QPushButton(self.linesGroup)
        self.extraButton.setObjectName(u"extraButton")

        self.issueButtons.addWidget(self.extraButton)

        self.notUsedButton = QPushButton(self.linesGroup)
        self.notUsedButton.setObjectName(u"notUsedButton")

        self.issueButtons.addWidget(self.notUsedButton)

        self.issueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issueButtons.addItem(self.issueSpacer)

        self.oldPartLabel = QLabel(self.linesGroup)
        self.oldPartLabel.setObjectName(u"oldPartLabel")

        self.issueButtons.addWidget(self.oldPartLabel)

        self.oldPartCombo = QComboBox(self.linesGroup)
        self.oldPartCombo.setObjectName(u"oldPartCombo")

        self.issueButtons.addWidget(self.oldPartCombo)


        self.lineControls.addLayout(self.issueButtons, 2, 0, 1, 4)

        self.lineControls.setColumnStretch(1, 1)
        self.lineControls.setColumnStretch(3, 2)

        self.linesLayout.addLayout(self.lineControls)


        self.leftLayout.addWidget(self.linesGroup)

        self.checkGroup = QGroupBox(self.leftPane)
        self.checkGroup.setObjectName(u"checkGroup")
        self.checkLayout = QVBoxLayout(self.checkGroup)
        self.checkLayout.setObjectName(u"checkLayout")
        self.reconciliationLabel = QLabel(self.checkGroup)
        self.reconciliationLabel.setObjectName(u"reconciliationLabel")
        self.reconciliationLabel.setText(u"")
        self.reconciliationLabel.setWordWrap(False)
        self.reconciliationLabel.setTextFormat(Qt.RichText)

        self.checkLayout.addWidget(self.reconciliationLabel)


        self.leftLayout.addWidget(self.checkGroup)

        self.pickError = QLabel(self.leftPane)
        self.pickError.setObjectName(u"pickError")

        self.leftLayout.addWidget(self.pickError)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.printButton = QPushButton(self.leftPane)
        self.printButton.setObjectName(u"printButton")

        self.bottomBar.addWidget(self.printButton)

        self.resultLabel = QLabel(self.leftPane)
        self.resultLabel.setObjectName(u"resultLabel")
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.bottomBar.addWidget(self.resultLabel)


        self.leftLayout.addLayout(self.bottomBar)

        self.leftLayout.setStretch(0, 1)
        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.requestsGroup = QGroupBox(self.rightPane)
        self.requestsGroup.setObjectName(u"requestsGroup")
        self.requestsLayout = QVBoxLayout(self.requestsGroup)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestsTable = QTableWidget(self.requestsGroup)
        if (self.requestsTable.columnCount() < 6):
            self.requestsTable.setColumnCount(6)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(4, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.requestsTable.setHorizontalHeaderItem(5, __qtablewidgetitem16)
        self.requestsTable.setObjectName(u"requestsTable")
        self.requestsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requestsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requestsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requestsTable.setAlternatingRowColors(True)
        self.requestsTable.setWordWrap(False)
        self.requestsTable.verticalHeader().setVisible(False)

        self.requestsLayout.addWidget(self.requestsTable)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(self.requestsGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.requestsGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)


        self.requestsLayout.addLayout(self.noteRow)

        self.requestButtons = QGridLayout()
        self.requestButtons.setObjectName(u"requestButtons")
        self.approveButton = QPushButton(self.requestsGroup)
        self.approveButton.setObjectName(u"approveButton")

        self.requestButtons.addWidget(self.approveButton, 0, 0, 1, 1)

        self.declineButton = QPushButton(self.requestsGroup)
        self.declineButton.setObjectName(u"declineButton")

        self.requestButtons.addWidget(self.declineButton, 0, 1, 1, 1)

        self.printSlipButton = QPushButton(self.requestsGroup)
        self.printSlipButton.setObjectName(u"printSlipButton")

        self.requestButtons.addWidget(self.printSlipButton, 0, 2, 1, 1)

        self.chargeButton = QPushButton(self.requestsGroup)
        self.chargeButton.setObjectName(u"chargeButton")

        self.requestButtons.addWidget(self.chargeButton, 1, 0, 1, 2)

        self.freeButton = QPushButton(self.requestsGroup)
        self.freeButton.setObjectName(u"freeButton")

        self.requestButtons.addWidget(self.freeButton, 1, 2, 1, 1)


        self.requestsLayout.addLayout(self.requestButtons)


        self.rightLayout.addWidget(self.requestsGroup)

        self.movementsGroup = QGroupBox(self.rightPane)
        self.movementsGroup.setObjectName(u"movementsGroup")
        self.movementsLayout = QVBoxLayout(self.movementsGroup)
        self.movementsLayout.setObjectName(u"movementsLayout")
        self.movementsTable = QTableWidget(self.movementsGroup)
        if (self.movementsTable.columnCount() < 6):
            self.movementsTable.setColumnCount(6)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(0, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(1, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(2, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(3, __qtablewidgetitem20)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(4, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(5, __qtablewidgetitem22)
        self.movementsTable.setObjectName(u"movementsTable")
        self.movementsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.movementsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.movementsTable.setFocusPolicy(Qt.NoFocus)
        self.movementsTable.setAlternatingRowColors(True)
        self.movementsTable.setWordWrap(False)
        self.movementsTable.verticalHeader().setVisible(False)

        self.movementsLayout.addWidget(self.movementsTable)


        self.rightLayout.addWidget(self.movementsGroup)

        self.rightLayout.setStretch(0, 1)
        self.rightLayout.setStretch(1, 1)
        self.splitter.addWidget(self.rightPane)

        self.pickLayout.addWidget(self.splitter)

        self.pages.addWidget(self.pickPage)

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.oldPartLabel.setBuddy(self.oldPartCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.waitingList, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.quantityEdit)
        QWidget.setTabOrder(self.quantityEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.issueAllButton)
        QWidget.setTabOrder(self.issueAllButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.substituteButton)
        QWidget.setTabOrder(self.substituteButton, self.extraButton)
        QWidget.setTabOrder(self.extraButton, self.notUsedButton)
        QWidget.setTabOrder(self.notUsedButton, self.oldPartCombo)
        QWidget.setTabOrder(self.oldPartCombo, self.printButton)
        QWidget.setTabOrder(self.printButton, self.requestsTable)
        QWidget.setTabOrder(self.requestsTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.declineButton)
        QWidget.setTabOrder(self.declineButton, self.printSlipButton)
        QWidget.setTabOrder(self.printSlipButton, self.chargeButton)
        QWidget.setTabOrder(self.chargeButton, self.freeButton)
        QWidget.setTabOrder(self.freeButton, self.backButton)

        self.retranslateUi(PartsTab)

        QMetaObject.connectSlotsByName(PartsTab)
    # setupUi

    def retranslateUi(self, PartsTab):
        PartsTab.setWindowTitle(QCoreApplication.translate("PartsTab", u"Parts", None))
        self.listTitle.setText(QCoreApplication.translate("PartsTab", u"<b>Orders waiting for parts</b> \u2014 cars in the workshop; those with parts still to issue or extra parts to approve come first", None))
        ___qtreewidgetitem = self.waitingList.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("PartsTab", u"Extra parts waiting", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("PartsTab", u"Lines to issue", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("PartsTab", u"Stage", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PartsTab", u"Customer", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PartsTab", u"Plate", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PartsTab", u"Order", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PartsTab", u"Promised", None))
#if QT_CONFIG(tooltip)
        self.waitingList.setToolTip(QCoreApplication.translate("PartsTab", u"Double-click (or Enter) to open the order's pick list", None))
#endif // QT_CONFIG(tooltip)
        self.listEmptyLabel.setText(QCoreApplication.translate("PartsTab", u"No car in the workshop needs parts. An order appears here once the customer has confirmed it.", None))
        self.backButton.setText(QCoreApplication.translate("PartsTab", u"All orders waiting for parts", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("PartsTab", u"Close this order and list every car that needs parts", None))
#endif // QT_CONFIG(tooltip)
        self.linesGroup.setTitle(QCoreApplication.translate("PartsTab", u"Pick list (\u9818\u6599): issued against planned, line by line", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PartsTab", u"#", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PartsTab", u"Code", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PartsTab", u"Part", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PartsTab", u"Origin", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PartsTab", u"Planned", None))
        ___qtablewidgetitem5 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PartsTab", u"Issued", None))
        ___qtablewidgetitem6 = self.linesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PartsTab", u"To issue", None))
        ___qtablewidgetitem7 = self.linesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("PartsTab", u"On hand", None))
        ___qtablewidgetitem8 = self.linesTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("PartsTab", u"Bin", None))
        ___qtablewidgetitem9 = self.linesTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("PartsTab", u"Old part", None))
        ___qtablewidgetitem10 = self.linesTable.horizontalHeaderItem(10)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("PartsTab", u"State", None))
#if QT_CONFIG(tooltip)
        self.linesTable.setToolTip(QCoreApplication.translate("PartsTab", u"Choose a line, then issue, return or substitute it below", None))
#endif // QT_CONFIG(tooltip)
        self.quantityLabel.setText(QCoreApplication.translate("PartsTab", u"&Quantity:", None))
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("PartsTab", u"all", None))
#if QT_CONFIG(tooltip)
        self.quantityEdit.setToolTip(QCoreApplication.translate("PartsTab", u"How many to issue or return; empty: all that is left to issue (or all that was issued, for a return)", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("PartsTab", u"Reason / &note:", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("PartsTab", u"Why parts come back, why another part is used, or why a planned part was not needed", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("PartsTab", u"&Issue", None))
        self.issueAllButton.setText(QCoreApplication.translate("PartsTab", u"Issue &all", None))
        self.returnButton.setText(QCoreApplication.translate("PartsTab", u"&Return", None))
        self.substituteButton.setText(QCoreApplication.translate("PartsTab", u"&Substitute\u2026", None))
        self.extraButton.setText(QCoreApplication.translate("PartsTab", u"Ask for an &extra part\u2026", None))
        self.notUsedButton.setText(QCoreApplication.translate("PartsTab", u"&Not used", None))
        self.oldPartLabel.setText(QCoreApplication.translate("PartsTab", u"&Old part:", None))
#if QT_CONFIG(tooltip)
        self.oldPartCombo.setToolTip(QCoreApplication.translate("PartsTab", u"What becomes of the replaced part (printed on the settlement list)", None))
#endif // QT_CONFIG(tooltip)
        self.checkGroup.setTitle(QCoreApplication.translate("PartsTab", u"Before final QC", None))
        self.printButton.setText(QCoreApplication.translate("PartsTab", u"&Print pick list\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PartsTab", u"Preview the \u9818\u6599\u55ae and print it or save it as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.requestsGroup.setTitle(QCoreApplication.translate("PartsTab", u"Extra parts (\u7528\u6599\u6279\u689d): the inspector approves", None))
        ___qtablewidgetitem11 = self.requestsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("PartsTab", u"Slip", None))
        ___qtablewidgetitem12 = self.requestsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("PartsTab", u"Part", None))
        ___qtablewidgetitem13 = self.requestsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("PartsTab", u"Qty", None))
        ___qtablewidgetitem14 = self.requestsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("PartsTab", u"Reason", None))
        ___qtablewidgetitem15 = self.requestsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("PartsTab", u"Asked by", None))
        ___qtablewidgetitem16 = self.requestsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("PartsTab", u"State", None))
        self.noteLabel.setText(QCoreApplication.translate("PartsTab", u"No&te:", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("PartsTab", u"The inspector's remark, or who agreed for the customer when an extra part goes on the order", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("PartsTab", u"Appro&ve", None))
        self.declineButton.setText(QCoreApplication.translate("PartsTab", u"Re&fuse", None))
        self.printSlipButton.setText(QCoreApplication.translate("PartsTab", u"Print s&lip\u2026", None))
#if QT_CONFIG(tooltip)
        self.printSlipButton.setToolTip(QCoreApplication.translate("PartsTab", u"Preview the \u7528\u6599\u6279\u689d with the inspector's name and time, and print it", None))
#endif // QT_CONFIG(tooltip)
        self.chargeButton.setText(QCoreApplication.translate("PartsTab", u"Put on the order (&charged)", None))
        self.freeButton.setText(QCoreApplication.translate("PartsTab", u"Put on the order (free)", None))
        self.movementsGroup.setTitle(QCoreApplication.translate("PartsTab", u"Issues and returns on this order", None))
        ___qtablewidgetitem17 = self.movementsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("PartsTab", u"When", None))
        ___qtablewidgetitem18 = self.movementsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("PartsTab", u"What", None))
        ___qtablewidgetitem19 = self.movementsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("PartsTab", u"Part", None))
        ___qtablewidgetitem20 = self.movementsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("PartsTab", u"Qty", None))
        ___qtablewidgetitem21 = self.movementsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("PartsTab", u"Who", None))
        ___qtablewidgetitem22 = self.movementsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("PartsTab", u"Reason", None))
    # retranslateUi
