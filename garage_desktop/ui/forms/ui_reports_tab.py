# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.trend_chart import (FigureTile, TrendChart)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        ReportsTab.resize(1280, 760)
        self.reportsLayout = QVBoxLayout(ReportsTab)
        self.reportsLayout.setSpacing(8)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(8)
        self.topLayout.setObjectName(u"topLayout")
        self.monthLabel = QLabel(ReportsTab)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topLayout.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(ReportsTab)
        self.monthCombo.setObjectName(u"monthCombo")
        self.monthCombo.setMinimumSize(QSize(130, 0))

        self.topLayout.addWidget(self.monthCombo)

        self.periodLabel = QLabel(ReportsTab)
        self.periodLabel.setObjectName(u"periodLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.periodLabel.sizePolicy().hasHeightForWidth())
        self.periodLabel.setSizePolicy(sizePolicy)
        self.periodLabel.setText(u"")

        self.topLayout.addWidget(self.periodLabel)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.statusLabel = QLabel(ReportsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy1)
        self.statusLabel.setText(u"")

        self.topLayout.addWidget(self.statusLabel)

        self.exportButton = QPushButton(ReportsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)

        self.ehrButton = QPushButton(ReportsTab)
        self.ehrButton.setObjectName(u"ehrButton")

        self.topLayout.addWidget(self.ehrButton)


        self.reportsLayout.addLayout(self.topLayout)

        self.tilesHint = QLabel(ReportsTab)
        self.tilesHint.setObjectName(u"tilesHint")

        self.reportsLayout.addWidget(self.tilesHint)

        self.tilesLayout = QGridLayout()
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.tilesLayout.setHorizontalSpacing(10)
        self.tilesLayout.setVerticalSpacing(10)
        self.firstTimeFixTile = FigureTile(ReportsTab)
        self.firstTimeFixTile.setObjectName(u"firstTimeFixTile")

        self.tilesLayout.addWidget(self.firstTimeFixTile, 0, 0, 1, 1)

        self.onTimeTile = FigureTile(ReportsTab)
        self.onTimeTile.setObjectName(u"onTimeTile")

        self.tilesLayout.addWidget(self.onTimeTile, 0, 1, 1, 1)

        self.onTimeOriginalTile = FigureTile(ReportsTab)
        self.onTimeOriginalTile.setObjectName(u"onTimeOriginalTile")

        self.tilesLayout.addWidget(self.onTimeOriginalTile, 0, 2, 1, 1)

        self.followUpTile = FigureTile(ReportsTab)
        self.followUpTile.setObjectName(u"followUpTile")

        self.tilesLayout.addWidget(self.followUpTile, 0, 3, 1, 1)

        self.comebackTile = FigureTile(ReportsTab)
        self.comebackTile.setObjectName(u"comebackTile")

        self.tilesLayout.addWidget(self.comebackTile, 0, 4, 1, 1)

        self.hoursTile = FigureTile(ReportsTab)
        self.hoursTile.setObjectName(u"hoursTile")

        self.tilesLayout.addWidget(self.hoursTile, 1, 0, 1, 1)

        self.carsTile = FigureTile(ReportsTab)
        self.carsTile.setObjectName(u"carsTile")

        self.tilesLayout.addWidget(self.carsTile, 1, 1, 1, 1)

        self.revenueTile = FigureTile(ReportsTab)
        self.revenueTile.setObjectName(u"revenueTile")

        self.tilesLayout.addWidget(self.revenueTile, 1, 2, 1, 1)

        self.payerTile = FigureTile(ReportsTab)
        self.payerTile.setObjectName(u"payerTile")

        self.tilesLayout.addWidget(self.payerTile, 1, 3, 1, 1)

        self.depositsTile = FigureTile(ReportsTab)
        self.depositsTile.setObjectName(u"depositsTile")

        self.tilesLayout.addWidget(self.depositsTile, 1, 4, 1, 1)


        self.reportsLayout.addLayout(self.tilesLayout)

        self.bottomSplitter = QSplitter(ReportsTab)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.bottomSplitter.sizePolicy().hasHeightForWidth())
        self.bottomSplitter.setSizePolicy(sizePolicy2)
        self.bottomSplitter.setOrientation(Qt.Horizontal)
        self.bottomSplitter.setChildrenCollapsible(False)
        self.trendChart = TrendChart(self.bottomSplitter)
        self.trendChart.setObjectName(u"trendChart")
        self.bottomSplitter.addWidget(self.trendChart)
        self.ordersPanel = QWidget(self.bottomSplitter)
        self.ordersPanel.setObjectName(u"ordersPanel")
        self.ordersLayout = QVBoxLayout(self.ordersPanel)
        self.ordersLayout.setObjectName(u"ordersLayout")
        self.ordersLayout.setContentsMargins(0, 0, 0, 0)
        self.ordersTitle = QLabel(self.ordersPanel)
        self.ordersTitle.setObjectName(u"ordersTitle")
        self.ordersTitle.setText(u"")
        self.ordersTitle.setWordWrap(True)

        self.ordersLayout.addWidget(self.ordersTitle)

        self.ordersTable = QTableView(self.ordersPanel)
        self.ordersTable.setObjectName(u"ordersTable")
        self.ordersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ordersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ordersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ordersTable.setAlternatingRowColors(True)

        self.ordersLayout.addWidget(self.ordersTable)

        self.ordersHint = QLabel(self.ordersPanel)
        self.ordersHint.setObjectName(u"ordersHint")

        self.ordersLayout.addWidget(self.ordersHint)

        self.bottomSplitter.addWidget(self.ordersPanel)

        self.reportsLayout.addWidget(self.bottomSplitter)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.ehrButton)
        QWidget.setTabOrder(self.ehrButton, self.firstTimeFixTile)
        QWidget.setTabOrder(self.firstTimeFixTile, self.onTimeTile)
        QWidget.setTabOrder(self.onTimeTile, self.onTimeOriginalTile)
        QWidget.setTabOrder(self.onTimeOriginalTile, self.followUpTile)
        QWidget.setTabOrder(self.followUpTile, self.comebackTile)
        QWidget.setTabOrder(self.comebackTile, self.hoursTile)
        QWidget.setTabOrder(self.hoursTile, self.carsTile)
        QWidget.setTabOrder(self.carsTile, self.revenueTile)
        QWidget.setTabOrder(self.revenueTile, self.payerTile)
        QWidget.setTabOrder(self.payerTile, self.depositsTile)
        QWidget.setTabOrder(self.depositsTile, self.ordersTable)

        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
        ReportsTab.setWindowTitle(QCoreApplication.translate("ReportsTab", u"Reports", None))
        self.monthLabel.setText(QCoreApplication.translate("ReportsTab", u"&Month:", None))
#if QT_CONFIG(tooltip)
        self.monthCombo.setToolTip(QCoreApplication.translate("ReportsTab", u"The month whose figures are shown (Alt+M)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ReportsTab", u"&Export month-end workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsTab", u"Write the chosen month's Excel workbook: KPIs with their definitions, orders, labour, parts, payments, open deposits, follow-ups and comebacks", None))
#endif // QT_CONFIG(tooltip)
        self.ehrButton.setText(QCoreApplication.translate("ReportsTab", u"E&lectronic health record\u2026", None))
#if QT_CONFIG(tooltip)
        self.ehrButton.setToolTip(QCoreApplication.translate("ReportsTab", u"The chosen month's settled orders for the provincial platform (\u96fb\u5b50\u5065\u5eb7\u6a94\u6848): which records are ready, what holds the others back, export as JSON or CSV, and the upload queue", None))
#endif // QT_CONFIG(tooltip)
        self.tilesHint.setText(QCoreApplication.translate("ReportsTab", u"Choose a figure to see its 12-month trend and the orders behind it.", None))
#if QT_CONFIG(tooltip)
        self.trendChart.setToolTip(QCoreApplication.translate("ReportsTab", u"Click a month to show its figures", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ordersTable.setToolTip(QCoreApplication.translate("ReportsTab", u"Double-click an order (or press Enter) to open it in the tab of its stage", None))
#endif // QT_CONFIG(tooltip)
        self.ordersHint.setText(QCoreApplication.translate("ReportsTab", u"Double-click an order, or press Enter, to open it.", None))
    # retranslateUi
