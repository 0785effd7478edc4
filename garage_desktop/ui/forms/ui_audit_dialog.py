# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 640)
        self.layout = QVBoxLayout(AuditDialog)
        self.layout.setObjectName(u"layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.orderLabel = QLabel(AuditDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.filters.addWidget(self.orderLabel)

        self.orderEdit = QLineEdit(AuditDialog)
        self.orderEdit.setObjectName(u"orderEdit")

        self.filters.addWidget(self.orderEdit)

        self.personLabel = QLabel(AuditDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.filters.addWidget(self.personLabel)

        self.personCombo = QComboBox(AuditDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.filters.addWidget(self.personCombo)

        self.fromLabel = QLabel(AuditDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(AuditDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.toEdit = QDateEdit(AuditDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filters.addWidget(self.toEdit)

        self.showButton = QPushButton(AuditDialog)
        self.showButton.setObjectName(u"showButton")

        self.filters.addWidget(self.showButton)


        self.layout.addLayout(self.filters)

        self.messageLabel = QLabel(AuditDialog)
        self.messageLabel.setObjectName(u"messageLabel")

        self.layout.addWidget(self.messageLabel)

        self.eventTable = QTableWidget(AuditDialog)
        if (self.eventTable.columnCount() < 7):
            self.eventTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.eventTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.eventTable.setObjectName(u"eventTable")
        self.eventTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.eventTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.eventTable.setAlternatingRowColors(True)
        self.eventTable.setWordWrap(False)
        self.eventTable.horizontalHeader().setStretchLastSection(True)
        self.eventTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.eventTable)

#if QT_CONFIG(shortcut)
        self.orderLabel.setBuddy(self.orderEdit)
        self.personLabel.setBuddy(self.personCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        self.orderLabel.setText(QCoreApplication.translate("AuditDialog", u"&Order no.:", None))
        self.orderEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"part of the number", None))
        self.personLabel.setText(QCoreApplication.translate("AuditDialog", u"&Person:", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"&To:", None))
        self.showButton.setText(QCoreApplication.translate("AuditDialog", u"&Show", None))
        ___qtablewidgetitem = self.eventTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditDialog", u"When", None))
        ___qtablewidgetitem1 = self.eventTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditDialog", u"Who", None))
        ___qtablewidgetitem2 = self.eventTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditDialog", u"Order", None))
        ___qtablewidgetitem3 = self.eventTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditDialog", u"What", None))
        ___qtablewidgetitem4 = self.eventTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditDialog", u"Action", None))
        ___qtablewidgetitem5 = self.eventTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditDialog", u"Before", None))
        ___qtablewidgetitem6 = self.eventTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AuditDialog", u"After", None))
    # retranslateUi
