# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_StockTab(object):
    def setupUi(self, StockTab):
        if not StockTab.objectName():
            StockTab.setObjectName(u"StockTab")
        StockTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(StockTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.searchBar = QHBoxLayout()
        self.searchBar.setObjectName(u"searchBar")
        self.searchLabel = QLabel(StockTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(StockTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchBar.addWidget(self.searchEdit)

        self.lowOnlyCheck = QCheckBox(StockTab)
        self.lowOnlyCheck.setObjectName(u"lowOnlyCheck")

        self.searchBar.addWidget(self.lowOnlyCheck)

        self.countLabel = QLabel(StockTab)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)
        self.countLabel.setText(u"")

        self.searchBar.addWidget(self.countLabel)

        self.receiveButton = QPushButton(StockTab)
        self.receiveButton.setObjectName(u"receiveButton")

        self.searchBar.addWidget(self.receiveButton)

        self.importButton = QPushButton(StockTab)
        self.importButton.setObjectName(u"importButton")

        self.searchBar.addWidget(self.importButton)


        self.mainLayout.addLayout(self.searchBar)

        self.splitter = QSplitter(StockTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.stockTable = QTableWidget(self.leftPane)
        if (self.stockTable.columnCount() < 12):
            self.stockTable.setColumnCount(12)
        __qtablewidgetitem = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(10, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.stockTable.setHorizontalHeaderItem(11, __qtablewidgetitem11)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stockTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stockTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stockTable.setAlternatingRowColors(True)
        self.stockTable.setWordWrap(False)
        self.stockTable.verticalHeader().setVisible(False)

        self.leftLayout.addWidget(self.stockTable)

        self.countGroup = QGroupBox(self.leftPane)
        self.countGroup.setObjectName(u"countGroup")
        self.countLayout = QGridLayout(self.countGroup)
        self.countLayout.setObjectName(u"countLayout")
        self.countButton = QPushButton(self.countGroup)
        self.countButton.setObjectName(u"countButton")
        self.countButton.setCheckable(True)

        self.countLayout.addWidget(self.countButton, 0, 0, 1, 1)

        self.countReasonLabel = QLabel(self.countGroup)
        self.countReasonLabel.setObjectName(u"countReasonLabel")

        self.countLayout.addWidget(self.countReasonLabel, 0, 1, 1, 1)

        self.countReasonEdit = QLineEdit(self.countGroup)
        self.countReasonEdit.setObjectName(u"countReasonEdit")

        self.countLayout.addWidget(self.countReasonEdit, 0, 2, 1, 1)

        self.bookCountButton = QPushButton(self.countGroup)
        self.bookCountButton.setObjectName(u"bookCountButton")

        self.countLayout.addWidget(self.bookCountButton, 0, 3, 1, 1)

        self.countReasonError = QLabel(self.countGroup)
        self.countReasonError.setObjectName(u"countReasonError")

        self.countLayout.addWidget(self.countReasonError, 1, 2, 1, 2)

        self.countLayout.setColumnStretch(2, 1)

        self.leftLayout.addWidget(self.countGroup)

        self.bottomBar = QHBoxLayout()
        self.bottomBar.setObjectName(u"bottomBar")
        self.stockError = QLabel(self.leftPane)
        self.stockError.setObjectName(u"stockError")

        self.bottomBar.addWidget(self.stockError)

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
        self.partLabel = QLabel(self.rightPane)
        self.partLabel.setObjectName(u"partLabel")
        self.partLabel.setText(u"")
        self.partLabel.setTextFormat(Qt.RichText)
        self.partLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.partLabel)

        self.movementsGroup = QGroupBox(self.rightPane)
        self.movementsGroup.setObjectName(u"movementsGroup")
        self.movementsLayout = QVBoxLayout(self.movementsGroup)
        self.movementsLayout.setObjectName(u"movementsLayout")
        self.movementsTable = QTableWidget(self.movementsGroup)
        if (self.movementsTable.columnCount() < 7):
            self.movementsTable.setColumnCount(7)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(0, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(1, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(2, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(3, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(4, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(5, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.movementsTable.setHorizontalHeaderItem(6, __qtablewidgetitem18)
        self.movementsTable.setObjectName(u"movementsTable")
        self.movementsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.movementsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.movementsTable.setFocusPolicy(Qt.NoFocus)
        self.movementsTable.setAlternatingRowColors(True)
        self.movementsTable.setWordWrap(False)
        self.movementsTable.verticalHeader().setVisible(False)

        self.movementsLayout.addWidget(self.movementsTable)


        self.rightLayout.addWidget(self.movementsGroup)

        self.adjustGroup = QGroupBox(self.rightPane)
        self.adjustGroup.setObjectName(u"adjustGroup")
        self.adjustLayout = QGridLayout(self.adjustGroup)
        self.adjustLayout.setObjectName(u"adjustLayout")
        self.adjustQuantityLabel = QLabel(self.adjustGroup)
        self.adjustQuantityLabel.setObjectName(u"adjustQuantityLabel")

        self.adjustLayout.addWidget(self.adjustQuantityLabel, 0, 0, 1, 1)

        self.adjustQuantityEdit = QLineEdit(self.adjustGroup)
        self.adjustQuantityEdit.setObjectName(u"adjustQuantityEdit")

        self.adjustLayout.addWidget(self.adjustQuantityEdit, 0, 1, 1, 1)

        self.adjustReasonLabel = QLabel(self.adjustGroup)
        self.adjustReasonLabel.setObjectName(u"adjustReasonLabel")

        self.adjustLayout.addWidget(self.adjustReasonLabel, 0, 2, 1, 1)

        self.adjustReasonEdit = QLineEdit(self.adjustGroup)
        self.adjustReasonEdit.setObjectName(u"adjustReasonEdit")

        self.adjustLayout.addWidget(self.adjustReasonEdit, 0, 3, 1, 1)

        self.adjustButton = QPushButton(self.adjustGroup)
        self.adjustButton.setObjectName(u"adjustButton")

        self.adjustLayout.addWidget(self.adjustButton, 0, 4, 1, 1)

        self.adjustQuantityError = QLabel(self.adjustGroup)
        self.adjustQuantityError.setObjectName(u"adjustQuantityError")

        self.adjustLayout.addWidget(self.adjustQuantityError, 1, 1, 1, 1)

        self.adjustReasonError = QLabel(self.adjustGroup)
        self.adjustReasonError.setObjectName(u"adjustReasonError")

        self.adjustLayout.addWidget(self.adjustReasonError, 1, 3, 1, 2)

        self.adjustLayout.setColumnStretch(1, 1)
        self.adjustLayout.setColumnStretch(3, 2)

        self.rightLayout.addWidget(self.adjustGroup)

        self.rightLayout.setStretch(1, 1)
        self.splitter.addWidget(self.rightPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.countReasonLabel.setBuddy(self.countReasonEdit)
        self.adjustQuantityLabel.setBuddy(self.adjustQuantityEdit)
        self.adjustReasonLabel.setBuddy(self.adjustReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.lowOnlyCheck)
        QWidget.setTabOrder(self.lowOnlyCheck, self.stockTable)
        QWidget.setTabOrder(self.stockTable, self.countButton)
        QWidget.setTabOrder(self.countButton, self.countReasonEdit)
        QWidget.setTabOrder(self.countReasonEdit, self.bookCountButton)
        QWidget.setTabOrder(self.bookCountButton, self.adjustQuantityEdit)
        QWidget.setTabOrder(self.adjustQuantityEdit, self.adjustReasonEdit)
        QWidget.setTabOrder(self.adjustReasonEdit, self.adjustButton)
        QWidget.setTabOrder(self.adjustButton, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.importButton)

        self.retranslateUi(StockTab)

        QMetaObject.connectSlotsByName(StockTab)
    # setupUi

    def retranslateUi(self, StockTab):
        StockTab.setWindowTitle(QCoreApplication.translate("StockTab", u"Stock", None))
        self.searchLabel.setText(QCoreApplication.translate("StockTab", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StockTab", u"code, name, spec, supplier or bin", None))
        self.lowOnlyCheck.setText(QCoreApplication.translate("StockTab", u"&Low stock only", None))
#if QT_CONFIG(tooltip)
        self.lowOnlyCheck.setToolTip(QCoreApplication.translate("StockTab", u"Parts whose stock, less what open orders still need, is below their minimum \u2014 by supplier, to reorder", None))
#endif // QT_CONFIG(tooltip)
        self.receiveButton.setText(QCoreApplication.translate("StockTab", u"&Receive a delivery\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("StockTab", u"Book a supplier's delivery into stock (the cost becomes the moving average)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("StockTab", u"Import a supplier &price list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("StockTab", u"Read a supplier's Excel price list, check it row by row, then update the costs", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.stockTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StockTab", u"Code", None))
        ___qtablewidgetitem1 = self.stockTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StockTab", u"Part", None))
        ___qtablewidgetitem2 = self.stockTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("StockTab", u"Origin", None))
        ___qtablewidgetitem3 = self.stockTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("StockTab", u"On hand", None))
        ___qtablewidgetitem4 = self.stockTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("StockTab", u"Reserved", None))
        ___qtablewidgetitem5 = self.stockTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("StockTab", u"Available", None))
        ___qtablewidgetitem6 = self.stockTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("StockTab", u"Minimum", None))
        ___qtablewidgetitem7 = self.stockTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("StockTab", u"To order", None))
        ___qtablewidgetitem8 = self.stockTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("StockTab", u"Bin", None))
        ___qtablewidgetitem9 = self.stockTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("StockTab", u"Supplier", None))
        ___qtablewidgetitem10 = self.stockTable.horizontalHeaderItem(10)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("StockTab", u"Cost", None))
        ___qtablewidgetitem11 = self.stockTable.horizontalHeaderItem(11)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("StockTab", u"Counted", None))
        self.countGroup.setTitle(QCoreApplication.translate("StockTab", u"Stock count (\u76e4\u9ede)", None))
        self.countButton.setText(QCoreApplication.translate("StockTab", u"Start &counting", None))
#if QT_CONFIG(tooltip)
        self.countButton.setToolTip(QCoreApplication.translate("StockTab", u"Type the counted quantity of each part in the Counted column; the differences are booked with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.countReasonLabel.setText(QCoreApplication.translate("StockTab", u"R&eason:", None))
        self.countReasonEdit.setPlaceholderText(QCoreApplication.translate("StockTab", u"e.g. month-end count", None))
        self.bookCountButton.setText(QCoreApplication.translate("StockTab", u"&Book the differences", None))
        self.movementsGroup.setTitle(QCoreApplication.translate("StockTab", u"Movements (newest first)", None))
        ___qtablewidgetitem12 = self.movementsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("StockTab", u"When", None))
        ___qtablewidgetitem13 = self.movementsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("StockTab", u"What", None))
        ___qtablewidgetitem14 = self.movementsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("StockTab", u"Qty", None))
        ___qtablewidgetitem15 = self.movementsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("StockTab", u"Balance", None))
        ___qtablewidgetitem16 = self.movementsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("StockTab", u"Order", None))
        ___qtablewidgetitem17 = self.movementsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("StockTab", u"Who", None))
        ___qtablewidgetitem18 = self.movementsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("StockTab", u"Reason", None))
        self.adjustGroup.setTitle(QCoreApplication.translate("StockTab", u"Adjust the stock of this part", None))
        self.adjustQuantityLabel.setText(QCoreApplication.translate("StockTab", u"&By:", None))
        self.adjustQuantityEdit.setPlaceholderText(QCoreApplication.translate("StockTab", u"+2 or -1", None))
#if QT_CONFIG(tooltip)
        self.adjustQuantityEdit.setToolTip(QCoreApplication.translate("StockTab", u"How much comes into stock (+) or goes out of it (\u2212)", None))
#endif // QT_CONFIG(tooltip)
        self.adjustReasonLabel.setText(QCoreApplication.translate("StockTab", u"Rea&son:", None))
        self.adjustReasonEdit.setPlaceholderText(QCoreApplication.translate("StockTab", u"broken, found, wrong booking\u2026", None))
        self.adjustButton.setText(QCoreApplication.translate("StockTab", u"&Adjust", None))
    # retranslateUi
