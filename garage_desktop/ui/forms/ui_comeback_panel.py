# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comeback_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ComebackPanel(object):
    def setupUi(self, ComebackPanel):
        if not ComebackPanel.objectName():
            ComebackPanel.setObjectName(u"ComebackPanel")
        ComebackPanel.resize(420, 110)
        self.panelLayout = QVBoxLayout(ComebackPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.proposalLabel = QLabel(ComebackPanel)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setText(u"")
        self.proposalLabel.setTextFormat(Qt.RichText)
        self.proposalLabel.setWordWrap(True)
        self.proposalLabel.setMargin(6)

        self.panelLayout.addWidget(self.proposalLabel)

        self.panelError = QLabel(ComebackPanel)
        self.panelError.setObjectName(u"panelError")

        self.panelLayout.addWidget(self.panelError)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.confirmButton = QPushButton(ComebackPanel)
        self.confirmButton.setObjectName(u"confirmButton")

        self.decisionRow.addWidget(self.confirmButton)

        self.freeCheck = QCheckBox(ComebackPanel)
        self.freeCheck.setObjectName(u"freeCheck")
        self.freeCheck.setChecked(True)

        self.decisionRow.addWidget(self.freeCheck)

        self.freeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.freeSpacer)


        self.panelLayout.addLayout(self.decisionRow)

        self.secondRow = QHBoxLayout()
        self.secondRow.setObjectName(u"secondRow")
        self.rejectButton = QPushButton(ComebackPanel)
        self.rejectButton.setObjectName(u"rejectButton")

        self.secondRow.addWidget(self.rejectButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.secondRow.addItem(self.decisionSpacer)

        self.historyButton = QPushButton(ComebackPanel)
        self.historyButton.setObjectName(u"historyButton")

        self.secondRow.addWidget(self.historyButton)


        self.panelLayout.addLayout(self.secondRow)

        QWidget.setTabOrder(self.confirmButton, self.freeCheck)
        QWidget.setTabOrder(self.freeCheck, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.historyButton)

        self.retranslateUi(ComebackPanel)

        QMetaObject.connectSlotsByName(ComebackPanel)
    # setupUi

    def retranslateUi(self, ComebackPanel):
        ComebackPanel.setWindowTitle(QCoreApplication.translate("ComebackPanel", u"Comeback", None))
        self.confirmButton.setText(QCoreApplication.translate("ComebackPanel", u"C&onfirm comeback", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("ComebackPanel", u"This visit repairs a fault of the earlier repair (\u8fd4\u4fee): link it; it counts against that repair's first-time fix", None))
#endif // QT_CONFIG(tooltip)
        self.freeCheck.setText(QCoreApplication.translate("ComebackPanel", u"Repaired free of charge", None))
#if QT_CONFIG(tooltip)
        self.freeCheck.setToolTip(QCoreApplication.translate("ComebackPanel", u"A fault caused by the repair within its warranty is repaired free", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ComebackPanel", u"Not a comeback", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("ComebackPanel", u"A new fault, not caused by the earlier repair: do not ask again for this visit", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("ComebackPanel", u"Vehicle history\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ComebackPanel", u"Every visit of this car, its warranty and the work still recommended; print the owner's repair record", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
