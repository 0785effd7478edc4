# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CatalogImportDialog(object):
    def setupUi(self, CatalogImportDialog):
        if not CatalogImportDialog.objectName():
            CatalogImportDialog.setObjectName(u"CatalogImportDialog")
        CatalogImportDialog.resize(1000, 560)
        self.dialogLayout = QVBoxLayout(CatalogImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(CatalogImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.showUnchangedCheck = QCheckBox(CatalogImportDialog)
        self.showUnchangedCheck.setObjectName(u"showUnchangedCheck")

        self.dialogLayout.addWidget(self.showUnchangedCheck)

        self.rowsTable = QTableWidget(CatalogImportDialog)
        if (self.rowsTable.columnCount() < 6):
            self.rowsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.rowsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rowsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rowsTable.setWordWrap(False)
        self.rowsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.rowsTable)

        self.buttonBox = QDialogButtonBox(CatalogImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.showUnchangedCheck, self.rowsTable)
        QWidget.setTabOrder(self.rowsTable, self.buttonBox)

        self.retranslateUi(CatalogImportDialog)

        QMetaObject.connectSlotsByName(CatalogImportDialog)
    # setupUi

    def retranslateUi(self, CatalogImportDialog):
        CatalogImportDialog.setWindowTitle(QCoreApplication.translate("CatalogImportDialog", u"Import catalogs: check before saving", None))
        self.showUnchangedCheck.setText(QCoreApplication.translate("CatalogImportDialog", u"Show &unchanged rows", None))
        ___qtablewidgetitem = self.rowsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CatalogImportDialog", u"Sheet", None))
        ___qtablewidgetitem1 = self.rowsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CatalogImportDialog", u"Row", None))
        ___qtablewidgetitem2 = self.rowsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CatalogImportDialog", u"Code", None))
        ___qtablewidgetitem3 = self.rowsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CatalogImportDialog", u"Name", None))
        ___qtablewidgetitem4 = self.rowsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CatalogImportDialog", u"Result", None))
        ___qtablewidgetitem5 = self.rowsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CatalogImportDialog", u"What changes / what is wrong", None))
    # retranslateUi
