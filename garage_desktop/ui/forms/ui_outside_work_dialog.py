# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outside_work_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateTimeEdit, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_OutsideWorkDialog(object):
    def setupUi(self, OutsideWorkDialog):
        if not OutsideWorkDialog.objectName():
            OutsideWorkDialog.setObjectName(u"OutsideWorkDialog")
        OutsideWorkDialog.resize(940, 560)
        self.mainLayout = QVBoxLayout(OutsideWorkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(OutsideWorkDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.headerLabel)

        self.linesTable = QTableWidget(OutsideWorkDialog)
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
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.linesTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.linesTable)

        self.lineButtons = QHBoxLayout()
        self.lineButtons.setObjectName(u"lineButtons")
        self.sentButton = QPushButton(OutsideWorkDialog)
        self.sentButton.setObjectName(u"sentButton")

        self.lineButtons.addWidget(self.sentButton)

        self.backButton = QPushButton(OutsideWorkDialog)
        self.backButton.setObjectName(u"backButton")

        self.lineButtons.addWidget(self.backButton)

        self.removeButton = QPushButton(OutsideWorkDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.lineButtons.addWidget(self.removeButton)

        self.freeButton = QPushButton(OutsideWorkDialog)
        self.freeButton.setObjectName(u"freeButton")

        self.lineButtons.addWidget(self.freeButton)

        self.printButton = QPushButton(OutsideWorkDialog)
        self.printButton.setObjectName(u"printButton")

        self.lineButtons.addWidget(self.printButton)

        self.lineButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lineButtons.addItem(self.lineButtonsSpacer)


        self.mainLayout.addLayout(self.lineButtons)

        self.lineError = QLabel(OutsideWorkDialog)
        self.lineError.setObjectName(u"lineError")
        self.lineError.setWordWrap(True)

        self.mainLayout.addWidget(self.lineError)

        self.addGroup = QGroupBox(OutsideWorkDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addGrid = QGridLayout(self.addGroup)
        self.addGrid.setObjectName(u"addGrid")
        self.supplierLabel = QLabel(self.addGroup)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.addGrid.addWidget(self.supplierLabel, 0, 0, 1, 1)

        self.supplierEdit = QLineEdit(self.addGroup)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.addGrid.addWidget(self.supplierEdit, 0, 1, 1, 1)

        self.costLabel = QLabel(self.addGroup)
        self.costLabel.setObjectName(u"costLabel")

        self.addGrid.addWidget(self.costLabel, 0, 2, 1, 1)

        self.costEdit = QLineEdit(self.addGroup)
        self.costEdit.setObjectName(u"costEdit")

        self.addGrid.addWidget(self.costEdit, 0, 3, 1, 1)

        self.supplierError = QLabel(self.addGroup)
        self.supplierError.setObjectName(u"supplierError")

        self.addGrid.addWidget(self.supplierError, 1, 1, 1, 1)

        self.costError = QLabel(self.addGroup)
        self.costError.setObjectName(u"costError")

        self.addGrid.addWidget(self.costError, 1, 3, 1, 1)

        self.descriptionLabel = QLabel(self.addGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.addGrid.addWidget(self.descriptionLabel, 2, 0, 1, 1)

        self.descriptionEdit = QLineEdit(self.addGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.addGrid.addWidget(self.descriptionEdit, 2, 1, 1, 1)

        self.chargeLabel = QLabel(self.addGroup)
        self.chargeLabel.setObjectName(u"chargeLabel")

        self.addGrid.addWidget(self.chargeLabel, 2, 2, 1, 1)

        self.chargeEdit = QLineEdit(self.addGroup)
        self.chargeEdit.setObjectName(u"chargeEdit")

        self.addGrid.addWidget(self.chargeEdit, 2, 3, 1, 1)

        self.descriptionError = QLabel(self.addGroup)
        self.descriptionError.setObjectName(u"descriptionError")

        self.addGrid.addWidget(self.descriptionError, 3, 1, 1, 1)

        self.chargeError = QLabel(self.addGroup)
        self.chargeError.setObjectName(u"chargeError")

        self.addGrid.addWidget(self.chargeError, 3, 3, 1, 1)

        self.expectedCheck = QCheckBox(self.addGroup)
        self.expectedCheck.setObjectName(u"expectedCheck")

        self.addGrid.addWidget(self.expectedCheck, 4, 0, 1, 1)

        self.expectedEdit = QDateTimeEdit(self.addGroup)
        self.expectedEdit.setObjectName(u"expectedEdit")
        self.expectedEdit.setCalendarPopup(True)

        self.addGrid.addWidget(self.expectedEdit, 4, 1, 1, 1)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addGrid.addWidget(self.addButton, 4, 2, 1, 2)

        self.expected_back_atError = QLabel(self.addGroup)
        self.expected_back_atError.setObjectName(u"expected_back_atError")

        self.addGrid.addWidget(self.expected_back_atError, 5, 1, 1, 3)

        self.addGrid.setColumnStretch(1, 2)
        self.addGrid.setColumnStretch(3, 1)

        self.mainLayout.addWidget(self.addGroup)

        self.buttons = QDialogButtonBox(OutsideWorkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.supplierLabel.setBuddy(self.supplierEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.chargeLabel.setBuddy(self.chargeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutsideWorkDialog)

        QMetaObject.connectSlotsByName(OutsideWorkDialog)
    # setupUi

    def retranslateUi(self, OutsideWorkDialog):
        OutsideWorkDialog.setWindowTitle(QCoreApplication.translate("OutsideWorkDialog", u"Outside work (\u5916\u52a0\u5de5)", None))
        ___qtablewidgetitem = self.linesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OutsideWorkDialog", u"#", None))
        ___qtablewidgetitem1 = self.linesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OutsideWorkDialog", u"Outside shop", None))
        ___qtablewidgetitem2 = self.linesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OutsideWorkDialog", u"Work to be done", None))
        ___qtablewidgetitem3 = self.linesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OutsideWorkDialog", u"Cost", None))
        ___qtablewidgetitem4 = self.linesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OutsideWorkDialog", u"Charge", None))
        ___qtablewidgetitem5 = self.linesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("OutsideWorkDialog", u"Customer's answer", None))
        ___qtablewidgetitem6 = self.linesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("OutsideWorkDialog", u"Expected back", None))
        ___qtablewidgetitem7 = self.linesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("OutsideWorkDialog", u"Sent", None))
        ___qtablewidgetitem8 = self.linesTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("OutsideWorkDialog", u"Back", None))
        self.sentButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Sent now", None))
#if QT_CONFIG(tooltip)
        self.sentButton.setToolTip(QCoreApplication.translate("OutsideWorkDialog", u"The part left for the outside shop with its slip (now)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Back now", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("OutsideWorkDialog", u"The part came back from the outside shop (now)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Remove", None))
        self.freeButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&No charge\u2026", None))
#if QT_CONFIG(tooltip)
        self.freeButton.setToolTip(QCoreApplication.translate("OutsideWorkDialog", u"Make this line free of charge, with the reason (warranty, comeback, goodwill); the owner approves", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Print slip\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("OutsideWorkDialog", u"Preview and print the \u5916\u90e8\u52a0\u5de5\u55ae that travels with the part", None))
#endif // QT_CONFIG(tooltip)
        self.addGroup.setTitle(QCoreApplication.translate("OutsideWorkDialog", u"Add outside work", None))
        self.supplierLabel.setText(QCoreApplication.translate("OutsideWorkDialog", u"Outside &shop:", None))
        self.supplierEdit.setPlaceholderText(QCoreApplication.translate("OutsideWorkDialog", u"e.g. \u9806\u9054\u6a5f\u52a0\u5de5\u5ee0", None))
        self.costLabel.setText(QCoreApplication.translate("OutsideWorkDialog", u"C&ost (the shop's price):", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("OutsideWorkDialog", u"yuan", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Work to be done:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("OutsideWorkDialog", u"machining, upholstery, glass\u2026", None))
        self.chargeLabel.setText(QCoreApplication.translate("OutsideWorkDialog", u"C&harge (the customer pays):", None))
        self.chargeEdit.setPlaceholderText(QCoreApplication.translate("OutsideWorkDialog", u"yuan", None))
        self.expectedCheck.setText(QCoreApplication.translate("OutsideWorkDialog", u"E&xpected back:", None))
        self.expectedEdit.setDisplayFormat(QCoreApplication.translate("OutsideWorkDialog", u"yyyy-MM-dd HH:mm", None))
        self.addButton.setText(QCoreApplication.translate("OutsideWorkDialog", u"&Add", None))
    # retranslateUi
