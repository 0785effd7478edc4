# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BoardTab(object):
    def setupUi(self, BoardTab):
        if not BoardTab.objectName():
            BoardTab.setObjectName(u"BoardTab")
        BoardTab.resize(1280, 760)
        self.boardLayout = QVBoxLayout(BoardTab)
        self.boardLayout.setSpacing(8)
        self.boardLayout.setObjectName(u"boardLayout")
        self.countersLayout = QHBoxLayout()
        self.countersLayout.setSpacing(10)
        self.countersLayout.setObjectName(u"countersLayout")
        self.inShopCounter = QFrame(BoardTab)
        self.inShopCounter.setObjectName(u"inShopCounter")
        self.inShopCounter.setFrameShape(QFrame.StyledPanel)
        self.inShopLayout = QVBoxLayout(self.inShopCounter)
        self.inShopLayout.setSpacing(0)
        self.inShopLayout.setObjectName(u"inShopLayout")
        self.inShopValue = QLabel(self.inShopCounter)
        self.inShopValue.setObjectName(u"inShopValue")
        self.inShopValue.setText(u"0")
        self.inShopValue.setAlignment(Qt.AlignCenter)

        self.inShopLayout.addWidget(self.inShopValue)

        self.inShopCaption = QLabel(self.inShopCounter)
        self.inShopCaption.setObjectName(u"inShopCaption")
        self.inShopCaption.setAlignment(Qt.AlignCenter)

        self.inShopLayout.addWidget(self.inShopCaption)


        self.countersLayout.addWidget(self.inShopCounter)

        self.lateCounter = QFrame(BoardTab)
        self.lateCounter.setObjectName(u"lateCounter")
        self.lateCounter.setFrameShape(QFrame.StyledPanel)
        self.lateLayout = QVBoxLayout(self.lateCounter)
        self.lateLayout.setSpacing(0)
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateValue = QLabel(self.lateCounter)
        self.lateValue.setObjectName(u"lateValue")
        self.lateValue.setText(u"0")
        self.lateValue.setAlignment(Qt.AlignCenter)

        self.lateLayout.addWidget(self.lateValue)

        self.lateCaption = QLabel(self.lateCounter)
        self.lateCaption.setObjectName(u"lateCaption")
        self.lateCaption.setAlignment(Qt.AlignCenter)

        self.lateLayout.addWidget(self.lateCaption)


        self.countersLayout.addWidget(self.lateCounter)

        self.atRiskCounter = QFrame(BoardTab)
        self.atRiskCounter.setObjectName(u"atRiskCounter")
        self.atRiskCounter.setFrameShape(QFrame.StyledPanel)
        self.atRiskLayout = QVBoxLayout(self.atRiskCounter)
        self.atRiskLayout.setSpacing(0)
        self.atRiskLayout.setObjectName(u"atRiskLayout")
        self.atRiskValue = QLabel(self.atRiskCounter)
        self.atRiskValue.setObjectName(u"atRiskValue")
        self.atRiskValue.setText(u"0")
        self.atRiskValue.setAlignment(Qt.AlignCenter)

        self.atRiskLayout.addWidget(self.atRiskValue)

        self.atRiskCaption = QLabel(self.atRiskCounter)
        self.atRiskCaption.setObjectName(u"atRiskCaption")
        self.atRiskCaption.setAlignment(Qt.AlignCenter)

        self.atRiskLayout.addWidget(self.atRiskCaption)


        self.countersLayout.addWidget(self.atRiskCounter)

        self.qcCounter = QFrame(BoardTab)
        self.qcCounter.setObjectName(u"qcCounter")
        self.qcCounter.setFrameShape(QFrame.StyledPanel)
        self.qcLayout = QVBoxLayout(self.qcCounter)
        self.qcLayout.setSpacing(0)
        self.qcLayout.setObjectName(u"qcLayout")
        self.qcValue = QLabel(self.qcCounter)
        self.qcValue.setObjectName(u"qcValue")
        self.qcValue.setText(u"0")
        self.qcValue.setAlignment(Qt.AlignCenter)

        self.qcLayout.addWidget(self.qcValue)

        self.qcCaption = QLabel(self.qcCounter)
        self.qcCaption.setObjectName(u"qcCaption")
        self.qcCaption.setAlignment(Qt.AlignCenter)

        self.qcLayout.addWidget(self.qcCaption)


        self.countersLayout.addWidget(self.qcCounter)

        self.readyCounter = QFrame(BoardTab)
        self.readyCounter.setObjectName(u"readyCounter")
        self.readyCounter.setFrameShape(QFrame.StyledPanel)
        self.readyLayout = QVBoxLayout(self.readyCounter)
        self.readyLayout.setSpacing(0)
        self.readyLayout.setObjectName(u"readyLayout")
        self.readyValue = QLabel(self.readyCounter)
        self.readyValue.setObjectName(u"readyValue")
        self.readyValue.setText(u"0")
        self.readyValue.setAlignment(Qt.AlignCenter)

        self.readyLayout.addWidget(self.readyValue)

        self.readyCaption = QLabel(self.readyCounter)
        self.readyCaption.setObjectName(u"readyCaption")
        self.readyCaption.setAlignment(Qt.AlignCenter)

        self.readyLayout.addWidget(self.readyCaption)


        self.countersLayout.addWidget(self.readyCounter)


        self.boardLayout.addLayout(self.countersLayout)

        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.filterLabel = QLabel(BoardTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterBar.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(BoardTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(300, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.filterEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.delayCallButton = QPushButton(BoardTab)
        self.delayCallButton.setObjectName(u"delayCallButton")

        self.filterBar.addWidget(self.delayCallButton)

        self.compensationButton = QPushButton(BoardTab)
        self.compensationButton.setObjectName(u"compensationButton")

        self.filterBar.addWidget(self.compensationButton)

        self.updatedLabel = QLabel(BoardTab)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setText(u"")

        self.filterBar.addWidget(self.updatedLabel)


        self.boardLayout.addLayout(self.filterBar)

        self.boardView = QTableView(BoardTab)
        self.boardView.setObjectName(u"boardView")
        self.boardView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.boardView.setAlternatingRowColors(False)
        self.boardView.setSelectionMode(QAbstractItemView.NoSelection)
        self.boardView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.boardView.setShowGrid(False)
        self.boardView.setWordWrap(False)
        self.boardView.setCornerButtonEnabled(False)
        self.boardView.horizontalHeader().setHighlightSections(False)
        self.boardView.horizontalHeader().setStretchLastSection(True)
        self.boardView.verticalHeader().setVisible(False)

        self.boardLayout.addWidget(self.boardView)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setSpacing(14)
        self.legendLayout.setObjectName(u"legendLayout")
        self.lateLegend = QLabel(BoardTab)
        self.lateLegend.setObjectName(u"lateLegend")

        self.legendLayout.addWidget(self.lateLegend)

        self.atRiskLegend = QLabel(BoardTab)
        self.atRiskLegend.setObjectName(u"atRiskLegend")

        self.legendLayout.addWidget(self.atRiskLegend)

        self.readyLegend = QLabel(BoardTab)
        self.readyLegend.setObjectName(u"readyLegend")

        self.legendLayout.addWidget(self.readyLegend)

        self.legendSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legendLayout.addItem(self.legendSpacer)

        self.hintLabel = QLabel(BoardTab)
        self.hintLabel.setObjectName(u"hintLabel")

        self.legendLayout.addWidget(self.hintLabel)


        self.boardLayout.addLayout(self.legendLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.delayCallButton)
        QWidget.setTabOrder(self.delayCallButton, self.compensationButton)
        QWidget.setTabOrder(self.compensationButton, self.boardView)

        self.retranslateUi(BoardTab)

        QMetaObject.connectSlotsByName(BoardTab)
    # setupUi

    def retranslateUi(self, BoardTab):
        BoardTab.setWindowTitle(QCoreApplication.translate("BoardTab", u"Workshop board", None))
#if QT_CONFIG(tooltip)
        self.inShopCounter.setToolTip(QCoreApplication.translate("BoardTab", u"Cars in the garage now: received and not yet handed back", None))
#endif // QT_CONFIG(tooltip)
        self.inShopCaption.setText(QCoreApplication.translate("BoardTab", u"In the shop", None))
#if QT_CONFIG(tooltip)
        self.lateCounter.setToolTip(QCoreApplication.translate("BoardTab", u"Cars whose promised time has passed and that are not ready: tell the customers before they come", None))
#endif // QT_CONFIG(tooltip)
        self.lateCaption.setText(QCoreApplication.translate("BoardTab", u"Late", None))
#if QT_CONFIG(tooltip)
        self.atRiskCounter.setToolTip(QCoreApplication.translate("BoardTab", u"Cars promised within the next hour that are not ready yet", None))
#endif // QT_CONFIG(tooltip)
        self.atRiskCaption.setText(QCoreApplication.translate("BoardTab", u"At risk (due within the hour)", None))
#if QT_CONFIG(tooltip)
        self.qcCounter.setToolTip(QCoreApplication.translate("BoardTab", u"Repairs reported finished that wait for the inspector's final QC", None))
#endif // QT_CONFIG(tooltip)
        self.qcCaption.setText(QCoreApplication.translate("BoardTab", u"Waiting for final QC", None))
#if QT_CONFIG(tooltip)
        self.readyCounter.setToolTip(QCoreApplication.translate("BoardTab", u"Cars that passed final QC and wait for their owners", None))
#endif // QT_CONFIG(tooltip)
        self.readyCaption.setText(QCoreApplication.translate("BoardTab", u"Ready for pickup", None))
        self.filterLabel.setText(QCoreApplication.translate("BoardTab", u"&Show only:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("BoardTab", u"Plate, order number or customer", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("BoardTab", u"Narrow the board as you type; Enter opens the selected (or first) order", None))
#endif // QT_CONFIG(tooltip)
        self.delayCallButton.setText(QCoreApplication.translate("BoardTab", u"&Delay call\u2026", None))
#if QT_CONFIG(tooltip)
        self.delayCallButton.setToolTip(QCoreApplication.translate("BoardTab", u"The chosen car will be late: record the call telling the customer, and the new time agreed", None))
#endif // QT_CONFIG(tooltip)
        self.compensationButton.setText(QCoreApplication.translate("BoardTab", u"\u4e09\u5305 &compensation\u2026", None))
#if QT_CONFIG(tooltip)
        self.compensationButton.setToolTip(QCoreApplication.translate("BoardTab", u"Record the loaner car or transport compensation of a \u4e09\u5305 repair over five days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.updatedLabel.setToolTip(QCoreApplication.translate("BoardTab", u"The board refreshes itself after every change and once a minute", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.boardView.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.lateLegend.setText(QCoreApplication.translate("BoardTab", u"Late: promised time passed, car not ready", None))
        self.atRiskLegend.setText(QCoreApplication.translate("BoardTab", u"At risk: promised within the hour", None))
        self.readyLegend.setText(QCoreApplication.translate("BoardTab", u"Ready for pickup", None))
        self.hintLabel.setText(QCoreApplication.translate("BoardTab", u"Double-click a car or press Enter to open its order", None))
    # retranslateUi
