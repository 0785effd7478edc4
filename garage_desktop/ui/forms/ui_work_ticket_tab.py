# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_ticket_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateTimeEdit, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QToolButton, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_WorkTicketTab(object):
    def setupUi(self, WorkTicketTab):
        if not WorkTicketTab.objectName():
            WorkTicketTab.setObjectName(u"WorkTicketTab")
        WorkTicketTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(WorkTicketTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.pages = QStackedWidget(WorkTicketTab)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listTitle = QLabel(self.listPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.listTitle)

        self.workshopList = QTreeWidget(self.listPage)
        self.workshopList.setObjectName(u"workshopList")
        self.workshopList.setRootIsDecorated(False)
        self.workshopList.setAlternatingRowColors(True)
        self.workshopList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.workshopList)

        self.listEmptyLabel = QLabel(self.listPage)
        self.listEmptyLabel.setObjectName(u"listEmptyLabel")
        self.listEmptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listEmptyLabel)

        self.pages.addWidget(self.listPage)
        self.ticketPage = QWidget()
        self.ticketPage.setObjectName(u"ticketPage")
        self.ticketLayout = QVBoxLayout(self.ticketPage)
        self.ticketLayout.setObjectName(u"ticketLayout")
        self.ticketLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBar = QHBoxLayout()
        self.headerBar.setObjectName(u"headerBar")
        self.headerLabel = QLabel(self.ticketPage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerBar.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerBar.addItem(self.headerSpacer)

        self.promiseLabel = QLabel(self.ticketPage)
        self.promiseLabel.setObjectName(u"promiseLabel")
        self.promiseLabel.setText(u"")
        self.promiseLabel.setTextFormat(Qt.RichText)

        self.headerBar.addWidget(self.promiseLabel)

        self.backButton = QPushButton(self.ticketPage)
        self.backButton.setObjectName(u"backButton")

        self.headerBar.addWidget(self.backButton)


        self.ticketLayout.addLayout(self.headerBar)

        self.splitter = QSplitter(self.ticketPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.labourGroup = QGroupBox(self.leftPane)
        self.labourGroup.setObjectName(u"labourGroup")
        self.labourLayout = QVBoxLayout(self.labourGroup)
        self.labourLayout.setObjectName(u"labourLayout")
        self.labourTable = QTableWidget(self.labourGroup)
        if (self.labourTable.columnCount() < 9):
            self.labourTable.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.labourTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.labourTable.setObjectName(u"labourTable")
        self.labourTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.labourTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.labourTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.labourTable.setAlternatingRowColors(True)
        self.labourTable.setWordWrap(False)
        self.labourTable.horizontalHeader().setStretchLastSection(False)
        self.labourTable.verticalHeader().setVisible(False)

        self.labourLayout.addWidget(self.labourTable)

        self.lineControls = QGridLayout()
        self.lineControls.setObjectName(u"lineControls")
        self.lineControls.setVerticalSpacing(2)
        self.teamLabel = QLabel(self.labourGroup)
        self.teamLabel.setObjectName(u"teamLabel")

        self.lineControls.addWidget(self.teamLabel, 0, 0, 1, 1)

        self.teamCombo = QComboBox(self.labourGroup)
        self.teamCombo.setObjectName(u"teamCombo")
        self.teamCombo.setEditable(True)
        self.teamCombo.setInsertPolicy(QComboBox.NoInsert)

        self.lineControls.addWidget(self.teamCombo, 0, 1, 1, 1)

        self.mechanicLabel = QLabel(self.labourGroup)
        self.mechanicLabel.setObjectName(u"mechanicLabel")

        self.lineControls.addWidget(self.mechanicLabel, 0, 2, 1, 1)

        self.mechanicCombo = QComboBox(self.labourGroup)
        self.mechanicCombo.setObjectName(u"mechanicCombo")

        self.lineControls.addWidget(self.mechanicCombo, 0, 3, 1, 1)

        self.dispatchButton = QPushButton(self.labourGroup)
        self.dispatchButton.setObjectName(u"dispatchButton")

        self.lineControls.addWidget(self.dispatchButton, 0, 4, 1, 2)

        self.teamError = QLabel(self.labourGroup)
        self.teamError.setObjectName(u"teamError")

        self.lineControls.addWidget(self.teamError, 1, 1, 1, 1)

        self.mechanicError = QLabel(self.labourGroup)
        self.mechanicError.setObjectName(u"mechanicError")

        self.lineControls.addWidget(self.mechanicError, 1, 3, 1, 1)

        self.atLabel = QLabel(self.labourGroup)
        self.atLabel.setObjectName(u"atLabel")

        self.lineControls.addWidget(self.atLabel, 2, 0, 1, 1)

        self.atRow = QHBoxLayout()
        self.atRow.setSpacing(6)
        self.atRow.setObjectName(u"atRow")
        self.atEdit = QDateTimeEdit(self.labourGroup)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.atEdit.setCalendarPopup(True)

        self.atRow.addWidget(self.atEdit)

        self.nowButton = QToolButton(self.labourGroup)
        self.nowButton.setObjectName(u"nowButton")

        self.atRow.addWidget(self.nowButton)


        self.lineControls.addLayout(self.atRow, 2, 1, 1, 1)

        self.workButtons = QHBoxLayout()
        self.workButtons.setSpacing(6)
        self.workButtons.setObjectName(u"workButtons")
        self.startButton = QPushButton(self.labourGroup)
        self.startButton.setObjectName(u"startButton")

        self.workButtons.addWidget(self.startButton)

        self.finishButton = QPushButton(self.labourGroup)
        self.finishButton.setObjectName(u"finishButton")

        self.workButtons.addWidget(self.finishButton)

        self.checkButton = QPushButton(self.labourGroup)
        self.checkButton.setObjectName(u"checkButton")

        self.workButtons.addWidget(self.checkButton)


        self.lineControls.addLayout(self.workButtons, 2, 3, 1, 1)

        self.atError = QLabel(self.labourGroup)
        self.atError.setObjectName(u"atError")

        self.lineControls.addWidget(self.atError, 3, 1, 1, 3)

        self.checksLabel = QLabel(self.labourGroup)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setText(u"")
        self.checksLabel.setTextFormat(Qt.RichText)
        self.checksLabel.setWordWrap(True)

        self.lineControls.addWidget(self.checksLabel, 4, 0, 1, 6)

        self.lineControls.setColumnStretch(1, 1)
        self.lineControls.setColumnStretch(3, 1)

        self.labourLayout.addLayout(self.lineControls)


        self.leftLayout.addWidget(self.labourGroup)

        self.partsGroup = QGroupBox(self.leftPane)
        self.partsGroup.setObjectName(u"partsGroup")
        self.partsLayout = QVBoxLayout(self.partsGroup)
        self.partsLayout.setObjectName(u"partsLayout")
        self.partsTable = QTableWidget(self.partsGroup)
        if (self.partsTable.columnCount() < 7):
            self.partsTable.setColumnCount(7)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(0, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(1, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(2, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(3, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(4, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(5, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.partsTable.setHorizontalHeaderItem(6, __qtablewidgetitem15)
        self.partsTable.setObjectName(u"partsTable")
        self.partsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.partsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.partsTable.setFocusPolicy(Qt.NoFocus)
        self.partsTable.setAlternatingRowColors(True)
        self.partsTable.setWordWrap(False)
        self.partsTable.verticalHeader().setVisible(False)

        self.partsLayout.addWidget(self.partsTable)


        self.leftLayout.addWidget(self.partsGroup)

        self.ticketError = QLabel(self.leftPane)
        self.ticketError.setObjectName(u"ticketError")

        self.leftLayout.addWidget(self.ticketError)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.printButton = QPushButton(self.leftPane)
        self.printButton.setObjectName(u"printButton")

        self.bottomBar.addWidget(self.printButton)

        self.resultLabel = QLabel(self.leftPane)
        self.resultLabel.setObjectName(u"resultLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.bottomBar.addWidget(self.resultLabel)

        self.reportButton = QPushButton(self.leftPane)
        self.reportButton.setObjectName(u"reportButton")

        self.bottomBar.addWidget(self.reportButton)


        self.leftLayout.addLayout(self.bottomBar)

        self.leftLayout.setStretch(0, 3)
        self.leftLayout.setStretch(1, 2)
        self.splitter.addWidget(self.leftPane)
        self.addedWorkScroll = VerticalScrollArea(self.splitter)
        self.addedWorkScroll.setObjectName(u"addedWorkScroll")
        self.addedWorkScroll.setWidgetResizable(True)
        self.addedWorkHolder = ScrollContents()
        self.addedWorkHolder.setObjectName(u"addedWorkHolder")
        self.addedWorkScroll.setWidget(self.addedWorkHolder)
        self.splitter.addWidget(self.addedWorkScroll)

        self.ticketLayout.addWidget(self.splitter)

        self.pages.addWidget(self.ticketPage)

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.teamLabel.setBuddy(self.teamCombo)
        self.mechanicLabel.setBuddy(self.mechanicCombo)
        self.atLabel.setBuddy(self.atEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workshopList, self.labourTable)
        QWidget.setTabOrder(self.labourTable, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.mechanicCombo)
        QWidget.setTabOrder(self.mechanicCombo, self.dispatchButton)
        QWidget.setTabOrder(self.dispatchButton, self.atEdit)
        QWidget.setTabOrder(self.atEdit, self.nowButton)
        QWidget.setTabOrder(self.nowButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.backButton)

        self.retranslateUi(WorkTicketTab)

        QMetaObject.connectSlotsByName(WorkTicketTab)
    # setupUi

    def retranslateUi(self, WorkTicketTab):
        WorkTicketTab.setWindowTitle(QCoreApplication.translate("WorkTicketTab", u"Work ticket", None))
        self.listTitle.setText(QCoreApplication.translate("WorkTicketTab", u"<b>Orders in the workshop</b> \u2014 confirmed work orders until the repair is reported finished", None))
        ___qtreewidgetitem = self.workshopList.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("WorkTicketTab", u"Who has it", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("WorkTicketTab", u"Progress", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("WorkTicketTab", u"Stage", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("WorkTicketTab", u"Customer", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("WorkTicketTab", u"Plate", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("WorkTicketTab", u"Order", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("WorkTicketTab", u"Promised", None))
#if QT_CONFIG(tooltip)
        self.workshopList.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Double-click (or Enter) to open the order's work ticket", None))
#endif // QT_CONFIG(tooltip)
        self.listEmptyLabel.setText(QCoreApplication.translate("WorkTicketTab", u"No car is in the workshop. A work order appears here once the customer has confirmed it.", None))
#if QT_CONFIG(tooltip)
        self.promiseLabel.setToolTip(QCoreApplication.translate("WorkTicketTab", u"The promised completion time in force; a new time replaces it only when the customer agreed before the old one passed", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("WorkTicketTab", u"All orders in the workshop", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Close this order and list every car in the workshop", None))
#endif // QT_CONFIG(tooltip)
        self.labourGroup.setTitle(QCoreApplication.translate("WorkTicketTab", u"Repair items (\u6d3e\u5de5: dispatch each line to a team)", None))
        ___qtablewidgetitem = self.labourTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WorkTicketTab", u"#", None))
        ___qtablewidgetitem1 = self.labourTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WorkTicketTab", u"Item", None))
        ___qtablewidgetitem2 = self.labourTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WorkTicketTab", u"Hours", None))
        ___qtablewidgetitem3 = self.labourTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WorkTicketTab", u"Amount", None))
        ___qtablewidgetitem4 = self.labourTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("WorkTicketTab", u"Team", None))
        ___qtablewidgetitem5 = self.labourTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("WorkTicketTab", u"Mechanic", None))
        ___qtablewidgetitem6 = self.labourTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("WorkTicketTab", u"Started", None))
        ___qtablewidgetitem7 = self.labourTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("WorkTicketTab", u"Finished", None))
        ___qtablewidgetitem8 = self.labourTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("WorkTicketTab", u"State", None))
#if QT_CONFIG(tooltip)
        self.labourTable.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Choose a line, then dispatch it, start it or finish it below", None))
#endif // QT_CONFIG(tooltip)
        self.teamLabel.setText(QCoreApplication.translate("WorkTicketTab", u"&Team:", None))
#if QT_CONFIG(tooltip)
        self.teamCombo.setToolTip(QCoreApplication.translate("WorkTicketTab", u"The team the line goes to (the teams of the people at this PC); type a new one if needed", None))
#endif // QT_CONFIG(tooltip)
        self.mechanicLabel.setText(QCoreApplication.translate("WorkTicketTab", u"&Mechanic:", None))
#if QT_CONFIG(tooltip)
        self.mechanicCombo.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Optionally one person of the team", None))
#endif // QT_CONFIG(tooltip)
        self.dispatchButton.setText(QCoreApplication.translate("WorkTicketTab", u"&Dispatch", None))
        self.atLabel.setText(QCoreApplication.translate("WorkTicketTab", u"&At:", None))
#if QT_CONFIG(tooltip)
        self.atEdit.setToolTip(QCoreApplication.translate("WorkTicketTab", u"When the mechanic started or finished the line (now, unless you change it)", None))
#endif // QT_CONFIG(tooltip)
        self.nowButton.setText(QCoreApplication.translate("WorkTicketTab", u"Now", None))
#if QT_CONFIG(tooltip)
        self.nowButton.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Set the time to now", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("WorkTicketTab", u"&Start", None))
        self.finishButton.setText(QCoreApplication.translate("WorkTicketTab", u"&Finish", None))
        self.checkButton.setText(QCoreApplication.translate("WorkTicketTab", u"Quality c&heck\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("WorkTicketTab", u"The inspector's check on the chosen line while it is being worked (\u8cea\u91cf\u8ddf\u8e64): OK, or a problem and what was done about it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.checksLabel.setToolTip(QCoreApplication.translate("WorkTicketTab", u"The inspector's checks on the chosen line during the repair", None))
#endif // QT_CONFIG(tooltip)
        self.partsGroup.setTitle(QCoreApplication.translate("WorkTicketTab", u"Parts", None))
        ___qtablewidgetitem9 = self.partsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("WorkTicketTab", u"#", None))
        ___qtablewidgetitem10 = self.partsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("WorkTicketTab", u"Part", None))
        ___qtablewidgetitem11 = self.partsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("WorkTicketTab", u"Qty", None))
        ___qtablewidgetitem12 = self.partsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("WorkTicketTab", u"Unit price", None))
        ___qtablewidgetitem13 = self.partsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("WorkTicketTab", u"Amount", None))
        ___qtablewidgetitem14 = self.partsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("WorkTicketTab", u"Issued", None))
        ___qtablewidgetitem15 = self.partsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("WorkTicketTab", u"State", None))
        self.printButton.setText(QCoreApplication.translate("WorkTicketTab", u"&Print dispatch slips\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("WorkTicketTab", u"Preview the \u6d3e\u5de5\u55ae (one per team) and print it or save it as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("WorkTicketTab", u"Repair finished \u2192 final &QC", None))
    # retranslateUi
