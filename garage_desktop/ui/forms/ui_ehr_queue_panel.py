# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ehr_queue_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

class Ui_EhrQueuePanel(object):
    def setupUi(self, EhrQueuePanel):
        if not EhrQueuePanel.objectName():
            EhrQueuePanel.setObjectName(u"EhrQueuePanel")
        EhrQueuePanel.resize(960, 420)
        self.panelLayout = QVBoxLayout(EhrQueuePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.statusLabel = QLabel(EhrQueuePanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.RichText)
        self.statusLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.statusLabel)

        self.countsLabel = QLabel(EhrQueuePanel)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.panelLayout.addWidget(self.countsLabel)

        self.queueTree = QTreeWidget(EhrQueuePanel)
        self.queueTree.setObjectName(u"queueTree")
        self.queueTree.setRootIsDecorated(False)
        self.queueTree.setAlternatingRowColors(True)
        self.queueTree.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.panelLayout.addWidget(self.queueTree)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.retryButton = QPushButton(EhrQueuePanel)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonRow.addWidget(self.retryButton)

        self.refreshButton = QPushButton(EhrQueuePanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.accountButton = QPushButton(EhrQueuePanel)
        self.accountButton.setObjectName(u"accountButton")

        self.buttonRow.addWidget(self.accountButton)


        self.panelLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.queueTree, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.accountButton)

        self.retranslateUi(EhrQueuePanel)

        QMetaObject.connectSlotsByName(EhrQueuePanel)
    # setupUi

    def retranslateUi(self, EhrQueuePanel):
        EhrQueuePanel.setWindowTitle(QCoreApplication.translate("EhrQueuePanel", u"Upload queue", None))
        ___qtreewidgetitem = self.queueTree.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("EhrQueuePanel", u"Platform's message or what to fix", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("EhrQueuePanel", u"Next try / sent", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("EhrQueuePanel", u"Tries", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("EhrQueuePanel", u"Settled", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EhrQueuePanel", u"Plate", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EhrQueuePanel", u"Order", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EhrQueuePanel", u"Settlement no.", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EhrQueuePanel", u"State", None))
#if QT_CONFIG(tooltip)
        self.queueTree.setToolTip(QCoreApplication.translate("EhrQueuePanel", u"Double-click an order to fix: it opens where it is fixed", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("EhrQueuePanel", u"Re&try now", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("EhrQueuePanel", u"Send the failed records (the ones selected, or all) now instead of at their next try", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("EhrQueuePanel", u"Re&fresh", None))
        self.accountButton.setText(QCoreApplication.translate("EhrQueuePanel", u"Platform &account\u2026", None))
    # retranslateUi
