# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ehr_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EhrDialog(object):
    def setupUi(self, EhrDialog):
        if not EhrDialog.objectName():
            EhrDialog.setObjectName(u"EhrDialog")
        EhrDialog.resize(1000, 600)
        self.layout = QVBoxLayout(EhrDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QTabWidget(EhrDialog)
        self.pages.setObjectName(u"pages")
        self.recordsPage = QWidget()
        self.recordsPage.setObjectName(u"recordsPage")
        self.recordsLayout = QVBoxLayout(self.recordsPage)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.summaryLabel = QLabel(self.recordsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.recordsLayout.addWidget(self.summaryLabel)

        self.ordersTable = QTableWidget(self.recordsPage)
        if (self.ordersTable.columnCount() < 5):
            self.ordersTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.ordersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.ordersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.ordersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.ordersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.ordersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.ordersTable.setObjectName(u"ordersTable")
        self.ordersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ordersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ordersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ordersTable.setAlternatingRowColors(True)
        self.ordersTable.setWordWrap(False)
        self.ordersTable.horizontalHeader().setStretchLastSection(True)
        self.ordersTable.verticalHeader().setVisible(False)

        self.recordsLayout.addWidget(self.ordersTable)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.statusLabel = QLabel(self.recordsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.exportRow.addWidget(self.statusLabel)

        self.mappingButton = QPushButton(self.recordsPage)
        self.mappingButton.setObjectName(u"mappingButton")

        self.exportRow.addWidget(self.mappingButton)

        self.fixButton = QPushButton(self.recordsPage)
        self.fixButton.setObjectName(u"fixButton")

        self.exportRow.addWidget(self.fixButton)

        self.exportJsonButton = QPushButton(self.recordsPage)
        self.exportJsonButton.setObjectName(u"exportJsonButton")

        self.exportRow.addWidget(self.exportJsonButton)

        self.exportCsvButton = QPushButton(self.recordsPage)
        self.exportCsvButton.setObjectName(u"exportCsvButton")

        self.exportRow.addWidget(self.exportCsvButton)


        self.recordsLayout.addLayout(self.exportRow)

        self.pages.addTab(self.recordsPage, "")

        self.layout.addWidget(self.pages)

        self.buttonBox = QDialogButtonBox(EhrDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(EhrDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EhrDialog)
    # setupUi

    def retranslateUi(self, EhrDialog):
        EhrDialog.setWindowTitle(QCoreApplication.translate("EhrDialog", u"Electronic health record", None))
        ___qtablewidgetitem = self.ordersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EhrDialog", u"Order", None))
        ___qtablewidgetitem1 = self.ordersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EhrDialog", u"Settlement list no.", None))
        ___qtablewidgetitem2 = self.ordersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EhrDialog", u"Plate", None))
        ___qtablewidgetitem3 = self.ordersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EhrDialog", u"Settled", None))
        ___qtablewidgetitem4 = self.ordersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EhrDialog", u"State", None))
#if QT_CONFIG(tooltip)
        self.ordersTable.setToolTip(QCoreApplication.translate("EhrDialog", u"Double-click (or Enter on) an order with a problem to go where it is fixed.", None))
#endif // QT_CONFIG(tooltip)
        self.mappingButton.setText(QCoreApplication.translate("EhrDialog", u"Field &mapping\u2026", None))
#if QT_CONFIG(tooltip)
        self.mappingButton.setToolTip(QCoreApplication.translate("EhrDialog", u"The owner names another province's field mapping file (the platform's field names); empty: the national one shipped with the program.", None))
#endif // QT_CONFIG(tooltip)
        self.fixButton.setText(QCoreApplication.translate("EhrDialog", u"&Go and fix", None))
#if QT_CONFIG(tooltip)
        self.fixButton.setToolTip(QCoreApplication.translate("EhrDialog", u"Open the screen where the chosen order's first problem is fixed.", None))
#endif // QT_CONFIG(tooltip)
        self.exportJsonButton.setText(QCoreApplication.translate("EhrDialog", u"Export &JSON\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportJsonButton.setToolTip(QCoreApplication.translate("EhrDialog", u"Write the ready records of the month as JSON for the provincial platform; orders with problems are left out.", None))
#endif // QT_CONFIG(tooltip)
        self.exportCsvButton.setText(QCoreApplication.translate("EhrDialog", u"Export &CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("EhrDialog", u"The same, flat: one row per repair item or part, for platforms that take spreadsheets.", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.recordsPage), QCoreApplication.translate("EhrDialog", u"&Records of the month", None))
    # retranslateUi
