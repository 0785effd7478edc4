# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle_history_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget)

class Ui_VehicleHistoryDialog(object):
    def setupUi(self, VehicleHistoryDialog):
        if not VehicleHistoryDialog.objectName():
            VehicleHistoryDialog.setObjectName(u"VehicleHistoryDialog")
        VehicleHistoryDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(VehicleHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(VehicleHistoryDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.headerLabel)

        self.splitter = QSplitter(VehicleHistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.ordersGroup = QGroupBox(self.splitter)
        self.ordersGroup.setObjectName(u"ordersGroup")
        self.ordersLayout = QVBoxLayout(self.ordersGroup)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.ordersTree = QTreeWidget(self.ordersGroup)
        self.ordersTree.setObjectName(u"ordersTree")
        self.ordersTree.setAlternatingRowColors(True)
        self.ordersTree.setWordWrap(True)

        self.ordersLayout.addWidget(self.ordersTree)

        self.splitter.addWidget(self.ordersGroup)
        self.recommendationsGroup = QGroupBox(self.splitter)
        self.recommendationsGroup.setObjectName(u"recommendationsGroup")
        self.recommendationsLayout = QVBoxLayout(self.recommendationsGroup)
        self.recommendationsLayout.setObjectName(u"recommendationsLayout")
        self.recommendationsList = QTreeWidget(self.recommendationsGroup)
        self.recommendationsList.setObjectName(u"recommendationsList")
        self.recommendationsList.setRootIsDecorated(False)
        self.recommendationsList.setAlternatingRowColors(True)

        self.recommendationsLayout.addWidget(self.recommendationsList)

        self.splitter.addWidget(self.recommendationsGroup)

        self.mainLayout.addWidget(self.splitter)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.summaryLabel = QLabel(VehicleHistoryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.buttonRow.addWidget(self.summaryLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(VehicleHistoryDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.closeButton = QPushButton(VehicleHistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.ordersTree, self.recommendationsList)
        QWidget.setTabOrder(self.recommendationsList, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(VehicleHistoryDialog)

        QMetaObject.connectSlotsByName(VehicleHistoryDialog)
    # setupUi

    def retranslateUi(self, VehicleHistoryDialog):
        VehicleHistoryDialog.setWindowTitle(QCoreApplication.translate("VehicleHistoryDialog", u"Vehicle history", None))
        self.ordersGroup.setTitle(QCoreApplication.translate("VehicleHistoryDialog", u"Visits, newest first", None))
        ___qtreewidgetitem = self.ordersTree.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("VehicleHistoryDialog", u"Warranty", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("VehicleHistoryDialog", u"Amount", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("VehicleHistoryDialog", u"Stage", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("VehicleHistoryDialog", u"Class", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("VehicleHistoryDialog", u"Mileage", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("VehicleHistoryDialog", u"Out", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("VehicleHistoryDialog", u"In", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("VehicleHistoryDialog", u"Order / item", None))
#if QT_CONFIG(tooltip)
        self.ordersTree.setToolTip(QCoreApplication.translate("VehicleHistoryDialog", u"Open a visit to see its items, comebacks and follow-up calls", None))
#endif // QT_CONFIG(tooltip)
        self.recommendationsGroup.setTitle(QCoreApplication.translate("VehicleHistoryDialog", u"Recommended work not yet done", None))
        ___qtreewidgetitem1 = self.recommendationsList.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("VehicleHistoryDialog", u"Order", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("VehicleHistoryDialog", u"Recommended work", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("VehicleHistoryDialog", u"Since", None))
#if QT_CONFIG(tooltip)
        self.recommendationsList.setToolTip(QCoreApplication.translate("VehicleHistoryDialog", u"Work the customer declined or postponed, to raise at the next visit", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("VehicleHistoryDialog", u"&Print repair record\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("VehicleHistoryDialog", u"The owner's repair record (\u7dad\u4fee\u6a94\u6848): every repair, its warranty and follow-up, the work still recommended", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("VehicleHistoryDialog", u"Close", None))
    # retranslateUi
