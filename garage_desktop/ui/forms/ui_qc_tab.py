# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qc_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_QcTab(object):
    def setupUi(self, QcTab):
        if not QcTab.objectName():
            QcTab.setObjectName(u"QcTab")
        QcTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(QcTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.pages = QStackedWidget(QcTab)
        self.pages.setObjectName(u"pages")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listTitle = QLabel(self.listPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setTextFormat(Qt.RichText)

        self.listLayout.addWidget(self.listTitle)

        self.qcList = QTreeWidget(self.listPage)
        self.qcList.setObjectName(u"qcList")
        self.qcList.setRootIsDecorated(False)
        self.qcList.setAlternatingRowColors(True)
        self.qcList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.qcList)

        self.listEmptyLabel = QLabel(self.listPage)
        self.listEmptyLabel.setObjectName(u"listEmptyLabel")
        self.listEmptyLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listEmptyLabel)

        self.pages.addWidget(self.listPage)
        self.orderPage = QWidget()
        self.orderPage.setObjectName(u"orderPage")
        self.orderLayout = QVBoxLayout(self.orderPage)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLayout.setContentsMargins(0, 0, 0, 0)
        self.headerBar = QHBoxLayout()
        self.headerBar.setObjectName(u"headerBar")
        self.headerLabel = QLabel(self.orderPage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.headerBar.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerBar.addItem(self.headerSpacer)

        self.templateLabel = QLabel(self.orderPage)
        self.templateLabel.setObjectName(u"templateLabel")

        self.headerBar.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(self.orderPage)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.headerBar.addWidget(self.templateCombo)

        self.backButton = QPushButton(self.orderPage)
        self.backButton.setObjectName(u"backButton")

        self.headerBar.addWidget(self.backButton)


        self.orderLayout.addLayout(self.headerBar)

        self.statusLabel = QLabel(self.orderPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setTextFormat(Qt.RichText)
        self.statusLabel.setWordWrap(True)

        self.orderLayout.addWidget(self.statusLabel)

        self.splitter = QSplitter(self.orderPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.checkSplitter = QSplitter(self.splitter)
        self.checkSplitter.setObjectName(u"checkSplitter")
        self.checkSplitter.setOrientation(Qt.Vertical)
        self.checkSplitter.setChildrenCollapsible(False)
        self.checksGroup = QGroupBox(self.checkSplitter)
        self.checksGroup.setObjectName(u"checksGroup")
        self.checksLayout = QVBoxLayout(self.checksGroup)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksTable = QTableWidget(self.checksGroup)
        if (self.checksTable.columnCount() < 3):
            self.checksTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.checksTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.checksTable.setObjectName(u"checksTable")
        self.checksTable.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)
        self.checksTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.checksTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.checksTable.setWordWrap(True)
        self.checksTable.horizontalHeader().setStretchLastSection(False)
        self.checksTable.verticalHeader().setVisible(False)

        self.checksLayout.addWidget(self.checksTable)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.passItemButton = QPushButton(self.checksGroup)
        self.passItemButton.setObjectName(u"passItemButton")

        self.resultButtons.addWidget(self.passItemButton)

        self.failItemButton = QPushButton(self.checksGroup)
        self.failItemButton.setObjectName(u"failItemButton")

        self.resultButtons.addWidget(self.failItemButton)

        self.naItemButton = QPushButton(self.checksGroup)
        self.naItemButton.setObjectName(u"naItemButton")

        self.resultButtons.addWidget(self.naItemButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultSpacer)

        self.allPassButton = QPushButton(self.checksGroup)
        self.allPassButton.setObjectName(u"allPassButton")

        self.resultButtons.addWidget(self.allPassButton)


        self.checksLayout.addLayout(self.resultButtons)

        self.itemsError = QLabel(self.checksGroup)
        self.itemsError.setObjectName(u"itemsError")

        self.checksLayout.addWidget(self.itemsError)

        self.checkSplitter.addWidget(self.checksGroup)
        self.measuredGroup = QGroupBox(self.checkSplitter)
        self.measuredGroup.setObjectName(u"measuredGroup")
        self.measuredLayout = QVBoxLayout(self.measuredGroup)
        self.measuredLayout.setObjectName(u"measuredLayout")
        self.measuredLayout.setContentsMargins(2, -1, 2, -1)
        self.measuredArea = QScrollArea(self.measuredGroup)
        self.measuredArea.setObjectName(u"measuredArea")
        self.measuredArea.setWidgetResizable(True)
        self.measuredArea.setFrameShape(QFrame.NoFrame)
        self.measuredHolder = QWidget()
        self.measuredHolder.setObjectName(u"measuredHolder")
        self.measuredArea.setWidget(self.measuredHolder)

        self.measuredLayout.addWidget(self.measuredArea)

        self.checkSplitter.addWidget(self.measuredGroup)
        self.splitter.addWidget(self.checkSplitter)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.damageGroup = QGroupBox(self.rightPane)
        self.damageGroup.setObjectName(u"damageGroup")
        self.damageLayout = QVBoxLayout(self.damageGroup)
        self.damageLayout.setObjectName(u"damageLayout")
        self.damageArea = VerticalScrollArea(self.damageGroup)
        self.damageArea.setObjectName(u"damageArea")
        self.damageArea.setWidgetResizable(True)
        self.damageAreaContents = ScrollContents()
        self.damageAreaContents.setObjectName(u"damageAreaContents")
        self.damageAreaLayout = QVBoxLayout(self.damageAreaContents)
        self.damageAreaLayout.setObjectName(u"damageAreaLayout")
        self.damageAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.damageHolder = QWidget(self.damageAreaContents)
        self.damageHolder.setObjectName(u"damageHolder")

        self.damageAreaLayout.addWidget(self.damageHolder)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.resolveLabel = QLabel(self.damageAreaContents)
        self.resolveLabel.setObjectName(u"resolveLabel")

        self.resolveRow.addWidget(self.resolveLabel)

        self.resolveEdit = QLineEdit(self.damageAreaContents)
        self.resolveEdit.setObjectName(u"resolveEdit")

        self.resolveRow.addWidget(self.resolveEdit)

        self.resolveButton = QPushButton(self.damageAreaContents)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveRow.addWidget(self.resolveButton)


        self.damageAreaLayout.addLayout(self.resolveRow)

        self.resolvedNoteError = QLabel(self.damageAreaContents)
        self.resolvedNoteError.setObjectName(u"resolvedNoteError")

        self.damageAreaLayout.addWidget(self.resolvedNoteError)

        self.damageArea.setWidget(self.damageAreaContents)

        self.damageLayout.addWidget(self.damageArea)

        self.noNewDamageCheck = QCheckBox(self.damageGroup)
        self.noNewDamageCheck.setObjectName(u"noNewDamageCheck")

        self.damageLayout.addWidget(self.noNewDamageCheck)

        self.damageError = QLabel(self.damageGroup)
        self.damageError.setObjectName(u"damageError")

        self.damageLayout.addWidget(self.damageError)


        self.rightLayout.addWidget(self.damageGroup)

        self.outcomeGroup = QGroupBox(self.rightPane)
        self.outcomeGroup.setObjectName(u"outcomeGroup")
        self.outcomeLayout = QGridLayout(self.outcomeGroup)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLayout.setVerticalSpacing(3)
        self.mileageLabel = QLabel(self.outcomeGroup)
        self.mileageLabel.setObjectName(u"mileageLabel")

        self.outcomeLayout.addWidget(self.mileageLabel, 0, 0, 1, 1)

        self.mileageEdit = QLineEdit(self.outcomeGroup)
        self.mileageEdit.setObjectName(u"mileageEdit")

        self.outcomeLayout.addWidget(self.mileageEdit, 0, 1, 1, 1)

        self.customerToldCheck = QCheckBox(self.outcomeGroup)
        self.customerToldCheck.setObjectName(u"customerToldCheck")
        self.customerToldCheck.setChecked(False)

        self.outcomeLayout.addWidget(self.customerToldCheck, 0, 2, 1, 2)

        self.mileageError = QLabel(self.outcomeGroup)
        self.mileageError.setObjectName(u"mileageError")

        self.outcomeLayout.addWidget(self.mileageError, 1, 1, 1, 3)

        self.reworkNoteLabel = QLabel(self.outcomeGroup)
        self.reworkNoteLabel.setObjectName(u"reworkNoteLabel")

        self.outcomeLayout.addWidget(self.reworkNoteLabel, 2, 0, 1, 1)

        self.reworkNoteEdit = QLineEdit(self.outcomeGroup)
        self.reworkNoteEdit.setObjectName(u"reworkNoteEdit")

        self.outcomeLayout.addWidget(self.reworkNoteEdit, 2, 1, 1, 3)

        self.reworkNoteError = QLabel(self.outcomeGroup)
        self.reworkNoteError.setObjectName(u"reworkNoteError")

        self.outcomeLayout.addWidget(self.reworkNoteError, 3, 1, 1, 3)

        self.verdictLabel = QLabel(self.outcomeGroup)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setTextFormat(Qt.RichText)
        self.verdictLabel.setWordWrap(True)

        self.outcomeLayout.addWidget(self.verdictLabel, 4, 0, 1, 4)

        self.outcomeButtons = QHBoxLayout()
        self.outcomeButtons.setSpacing(6)
        self.outcomeButtons.setObjectName(u"outcomeButtons")
        self.passButton = QPushButton(self.outcomeGroup)
        self.passButton.setObjectName(u"passButton")

        self.outcomeButtons.addWidget(self.passButton)

        self.failButton = QPushButton(self.outcomeGroup)
        self.failButton.setObjectName(u"failButton")

        self.outcomeButtons.addWidget(self.failButton)

        self.reworkDoneButton = QPushButton(self.outcomeGroup)
        self.reworkDoneButton.setObjectName(u"reworkDoneButton")

        self.outcomeButtons.addWidget(self.reworkDoneButton)

        self.tellButton = QPushButton(self.outcomeGroup)
        self.tellButton.setObjectName(u"tellButton")

        self.outcomeButtons.addWidget(self.tellButton)


        self.outcomeLayout.addLayout(self.outcomeButtons, 5, 0, 1, 4)

        self.printButtons = QHBoxLayout()
        self.printButtons.setSpacing(6)
        self.printButtons.setObjectName(u"printButtons")
        self.printSheetButton = QPushButton(self.outcomeGroup)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.printButtons.addWidget(self.printSheetButton)

        self.printCertificateButton = QPushButton(self.outcomeGroup)
        self.printCertificateButton.setObjectName(u"printCertificateButton")

        self.printButtons.addWidget(self.printCertificateButton)


        self.outcomeLayout.addLayout(self.printButtons, 6, 0, 1, 4)

        self.outcomeError = QLabel(self.outcomeGroup)
        self.outcomeError.setObjectName(u"outcomeError")

        self.outcomeLayout.addWidget(self.outcomeError, 7, 0, 1, 4)

        self.resultLabel = QLabel(self.outcomeGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.outcomeLayout.addWidget(self.resultLabel, 8, 0, 1, 4)

        self.outcomeLayout.setColumnStretch(1, 1)
        self.outcomeLayout.setColumnStretch(3, 1)

        self.rightLayout.addWidget(self.outcomeGroup)

        self.rightLayout.setStretch(0, 1)
        self.splitter.addWidget(self.rightPane)

        self.orderLayout.addWidget(self.splitter)

        self.orderLayout.setStretch(2, 1)
        self.pages.addWidget(self.orderPage)

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.resolveLabel.setBuddy(self.resolveEdit)
        self.mileageLabel.setBuddy(self.mileageEdit)
        self.reworkNoteLabel.setBuddy(self.reworkNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.qcList, self.checksTable)
        QWidget.setTabOrder(self.checksTable, self.passItemButton)
        QWidget.setTabOrder(self.passItemButton, self.failItemButton)
        QWidget.setTabOrder(self.failItemButton, self.naItemButton)
        QWidget.setTabOrder(self.naItemButton, self.allPassButton)
        QWidget.setTabOrder(self.allPassButton, self.measuredArea)
        QWidget.setTabOrder(self.measuredArea, self.resolveEdit)
        QWidget.setTabOrder(self.resolveEdit, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.noNewDamageCheck)
        QWidget.setTabOrder(self.noNewDamageCheck, self.mileageEdit)
        QWidget.setTabOrder(self.mileageEdit, self.customerToldCheck)
        QWidget.setTabOrder(self.customerToldCheck, self.reworkNoteEdit)
        QWidget.setTabOrder(self.reworkNoteEdit, self.passButton)
        QWidget.setTabOrder(self.passButton, self.failButton)
        QWidget.setTabOrder(self.failButton, self.reworkDoneButton)
        QWidget.setTabOrder(self.reworkDoneButton, self.tellButton)
        QWidget.setTabOrder(self.tellButton, self.printSheetButton)
        QWidget.setTabOrder(self.printSheetButton, self.printCertificateButton)
        QWidget.setTabOrder(self.printCertificateButton, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.backButton)

        self.retranslateUi(QcTab)

        QMetaObject.connectSlotsByName(QcTab)
    # setupUi

    def retranslateUi(self, QcTab):
        QcTab.setWindowTitle(QCoreApplication.translate("QcTab", u"Final QC", None))
        self.listTitle.setText(QCoreApplication.translate("QcTab", u"<b>Cars waiting for final QC</b> \u2014 and cars sent back for rework, which come back here once reworked", None))
        ___qtreewidgetitem = self.qcList.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("QcTab", u"Who has it", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("QcTab", u"Inspections", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("QcTab", u"Stage", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("QcTab", u"Repair class", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("QcTab", u"Customer", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("QcTab", u"Plate", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("QcTab", u"Order", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("QcTab", u"Promised", None))
#if QT_CONFIG(tooltip)
        self.qcList.setToolTip(QCoreApplication.translate("QcTab", u"Double-click (or Enter) to inspect the car", None))
#endif // QT_CONFIG(tooltip)
        self.listEmptyLabel.setText(QCoreApplication.translate("QcTab", u"No car is waiting for final QC. A car appears here once its repair is reported finished.", None))
        self.templateLabel.setText(QCoreApplication.translate("QcTab", u"Check&list:", None))
#if QT_CONFIG(tooltip)
        self.templateCombo.setToolTip(QCoreApplication.translate("QcTab", u"The checklist follows the repair class; choose another one if it fits the job better", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("QcTab", u"All cars waiting for QC", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("QcTab", u"Close this order and list the cars waiting for final QC", None))
#endif // QT_CONFIG(tooltip)
        self.checksGroup.setTitle(QCoreApplication.translate("QcTab", u"Checklist \u2014 the order's items first, then the main systems, safety first", None))
        ___qtablewidgetitem = self.checksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("QcTab", u"Check", None))
        ___qtablewidgetitem1 = self.checksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("QcTab", u"Result", None))
        ___qtablewidgetitem2 = self.checksTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("QcTab", u"Note", None))
#if QT_CONFIG(tooltip)
        self.checksTable.setToolTip(QCoreApplication.translate("QcTab", u"Choose checks, then P (pass), F (fail) or N (not applicable); type in the Note column", None))
#endif // QT_CONFIG(tooltip)
        self.passItemButton.setText(QCoreApplication.translate("QcTab", u"&Pass", None))
#if QT_CONFIG(tooltip)
        self.passItemButton.setToolTip(QCoreApplication.translate("QcTab", u"Mark the chosen checks passed (P)", None))
#endif // QT_CONFIG(tooltip)
        self.failItemButton.setText(QCoreApplication.translate("QcTab", u"&Fail", None))
#if QT_CONFIG(tooltip)
        self.failItemButton.setToolTip(QCoreApplication.translate("QcTab", u"Mark the chosen checks failed (F); a failed order item goes back to its team", None))
#endif // QT_CONFIG(tooltip)
        self.naItemButton.setText(QCoreApplication.translate("QcTab", u"&Not applicable", None))
#if QT_CONFIG(tooltip)
        self.naItemButton.setToolTip(QCoreApplication.translate("QcTab", u"The chosen checks do not apply to this car (N)", None))
#endif // QT_CONFIG(tooltip)
        self.allPassButton.setText(QCoreApplication.translate("QcTab", u"All &unanswered pass", None))
#if QT_CONFIG(tooltip)
        self.allPassButton.setToolTip(QCoreApplication.translate("QcTab", u"Mark every check not answered yet as passed", None))
#endif // QT_CONFIG(tooltip)
        self.measuredGroup.setTitle(QCoreApplication.translate("QcTab", u"Measured checks \u2014 judged from the readings against the checklist's limits", None))
        self.damageGroup.setTitle(QCoreApplication.translate("QcTab", u"Body damage: the intake record beside the exit check", None))
        self.resolveLabel.setText(QCoreApplication.translate("QcTab", u"&Resolved how:", None))
        self.resolveEdit.setPlaceholderText(QCoreApplication.translate("QcTab", u"e.g. polished out by the body team; customer agreed", None))
        self.resolveButton.setText(QCoreApplication.translate("QcTab", u"Resol&ve", None))
        self.noNewDamageCheck.setText(QCoreApplication.translate("QcTab", u"Compared with the intake record: no new &damage (or all new damage resolved)", None))
#if QT_CONFIG(tooltip)
        self.noNewDamageCheck.setToolTip(QCoreApplication.translate("QcTab", u"Walk round the car with the intake diagram; click the car to mark damage that is not on it", None))
#endif // QT_CONFIG(tooltip)
        self.outcomeGroup.setTitle(QCoreApplication.translate("QcTab", u"Outcome", None))
        self.mileageLabel.setText(QCoreApplication.translate("QcTab", u"&Mileage at QC:", None))
        self.mileageEdit.setPlaceholderText(QCoreApplication.translate("QcTab", u"km after the road test", None))
#if QT_CONFIG(tooltip)
        self.mileageEdit.setToolTip(QCoreApplication.translate("QcTab", u"The odometer after the road test: printed on the completion certificate as the mileage out (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.customerToldCheck.setText(QCoreApplication.translate("QcTab", u"Customer &informed now", None))
#if QT_CONFIG(tooltip)
        self.customerToldCheck.setToolTip(QCoreApplication.translate("QcTab", u"Tick once you have told the customer the car is ready; otherwise record the call later with \"Customer told\"", None))
#endif // QT_CONFIG(tooltip)
        self.reworkNoteLabel.setText(QCoreApplication.translate("QcTab", u"Re&work note:", None))
        self.reworkNoteEdit.setPlaceholderText(QCoreApplication.translate("QcTab", u"What the team must redo (the failed order items go back to their teams)", None))
        self.passButton.setText(QCoreApplication.translate("QcTab", u"P&ass QC", None))
        self.failButton.setText(QCoreApplication.translate("QcTab", u"Fail \u2192 r&ework", None))
        self.reworkDoneButton.setText(QCoreApplication.translate("QcTab", u"Rew&ork done", None))
        self.tellButton.setText(QCoreApplication.translate("QcTab", u"Customer &told", None))
        self.printSheetButton.setText(QCoreApplication.translate("QcTab", u"Print QC &sheet\u2026", None))
        self.printCertificateButton.setText(QCoreApplication.translate("QcTab", u"Print &certificate\u2026", None))
    # retranslateUi
