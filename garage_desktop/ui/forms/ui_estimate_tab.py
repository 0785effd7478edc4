# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'estimate_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateTimeEdit, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.elided_label import ElidedLabel
from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_EstimateTab(object):
    def setupUi(self, EstimateTab):
        if not EstimateTab.objectName():
            EstimateTab.setObjectName(u"EstimateTab")
        EstimateTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(EstimateTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget(EstimateTab)
        self.stack.setObjectName(u"stack")
        self.waitingPage = QWidget()
        self.waitingPage.setObjectName(u"waitingPage")
        self.waitingLayout = QVBoxLayout(self.waitingPage)
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingTitle = QLabel(self.waitingPage)
        self.waitingTitle.setObjectName(u"waitingTitle")
        self.waitingTitle.setTextFormat(Qt.RichText)

        self.waitingLayout.addWidget(self.waitingTitle)

        self.waitingHint = QLabel(self.waitingPage)
        self.waitingHint.setObjectName(u"waitingHint")
        self.waitingHint.setWordWrap(True)

        self.waitingLayout.addWidget(self.waitingHint)

        self.waitingList = QTreeWidget(self.waitingPage)
        self.waitingList.setObjectName(u"waitingList")
        self.waitingList.setRootIsDecorated(False)
        self.waitingList.setAlternatingRowColors(True)
        self.waitingList.setUniformRowHeights(True)

        self.waitingLayout.addWidget(self.waitingList)

        self.stack.addWidget(self.waitingPage)
        self.orderPage = QWidget()
        self.orderPage.setObjectName(u"orderPage")
        self.orderLayout = QGridLayout(self.orderPage)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLayout.setHorizontalSpacing(10)
        self.orderLayout.setVerticalSpacing(4)
        self.orderLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(6)
        self.headerRow.setObjectName(u"headerRow")
        self.headerLabel = QLabel(self.orderPage)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"order")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headerLabel.sizePolicy().hasHeightForWidth())
        self.headerLabel.setSizePolicy(sizePolicy)

        self.headerRow.addWidget(self.headerLabel)

        self.listButton = QPushButton(self.orderPage)
        self.listButton.setObjectName(u"listButton")

        self.headerRow.addWidget(self.listButton)


        self.orderLayout.addLayout(self.headerRow, 0, 0, 1, 2)

        self.complaintLabel = ElidedLabel(self.orderPage)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.orderLayout.addWidget(self.complaintLabel, 1, 0, 1, 2)

        self.lockedBanner = QLabel(self.orderPage)
        self.lockedBanner.setObjectName(u"lockedBanner")
        self.lockedBanner.setText(u"locked")
        self.lockedBanner.setWordWrap(True)
        self.lockedBanner.setStyleSheet(u"QLabel { background: #fff3cd; color: #5d4200; border: 1px solid #e0c36a; border-radius: 3px; padding: 6px; font-weight: bold; }")

        self.orderLayout.addWidget(self.lockedBanner, 2, 0, 1, 2)

        self.linesColumn = QVBoxLayout()
        self.linesColumn.setSpacing(4)
        self.linesColumn.setObjectName(u"linesColumn")
        self.diagnosisRow = QHBoxLayout()
        self.diagnosisRow.setObjectName(u"diagnosisRow")
        self.diagnosisLabel = QLabel(self.orderPage)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")
        self.diagnosisLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.diagnosisRow.addWidget(self.diagnosisLabel)

        self.diagnosisEdit = QPlainTextEdit(self.orderPage)
        self.diagnosisEdit.setObjectName(u"diagnosisEdit")
        self.diagnosisEdit.setMaximumSize(QSize(16777215, 58))
        self.diagnosisEdit.setTabChangesFocus(True)

        self.diagnosisRow.addWidget(self.diagnosisEdit)


        self.linesColumn.addLayout(self.diagnosisRow)

        self.diagnosisError = QLabel(self.orderPage)
        self.diagnosisError.setObjectName(u"diagnosisError")

        self.linesColumn.addWidget(self.diagnosisError)

        self.labourGroup = QGroupBox(self.orderPage)
        self.labourGroup.setObjectName(u"labourGroup")
        self.labourLayout = QVBoxLayout(self.labourGroup)
        self.labourLayout.setSpacing(4)
        self.labourLayout.setObjectName(u"labourLayout")
        self.labourTools = QHBoxLayout()
        self.labourTools.setObjectName(u"labourTools")
        self.labourSearchLabel = QLabel(self.labourGroup)
        self.labourSearchLabel.setObjectName(u"labourSearchLabel")

        self.labourTools.addWidget(self.labourSearchLabel)

        self.labourSearchEdit = QLineEdit(self.labourGroup)
        self.labourSearchEdit.setObjectName(u"labourSearchEdit")
        self.labourSearchEdit.setClearButtonEnabled(True)

        self.labourTools.addWidget(self.labourSearchEdit)

        self.addLabourButton = QPushButton(self.labourGroup)
        self.addLabourButton.setObjectName(u"addLabourButton")

        self.labourTools.addWidget(self.addLabourButton)

        self.removeLabourButton = QPushButton(self.labourGroup)
        self.removeLabourButton.setObjectName(u"removeLabourButton")

        self.labourTools.addWidget(self.removeLabourButton)


        self.labourLayout.addLayout(self.labourTools)

        self.labourTable = QTableView(self.labourGroup)
        self.labourTable.setObjectName(u"labourTable")
        self.labourTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.labourTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.labourTable.setAlternatingRowColors(True)
        self.labourTable.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)

        self.labourLayout.addWidget(self.labourTable)

        self.labourLinesError = QLabel(self.labourGroup)
        self.labourLinesError.setObjectName(u"labourLinesError")

        self.labourLayout.addWidget(self.labourLinesError)


        self.linesColumn.addWidget(self.labourGroup)

        self.partsGroup = QGroupBox(self.orderPage)
        self.partsGroup.setObjectName(u"partsGroup")
        self.partsLayout = QVBoxLayout(self.partsGroup)
        self.partsLayout.setSpacing(4)
        self.partsLayout.setObjectName(u"partsLayout")
        self.partTools = QHBoxLayout()
        self.partTools.setObjectName(u"partTools")
        self.partSearchLabel = QLabel(self.partsGroup)
        self.partSearchLabel.setObjectName(u"partSearchLabel")

        self.partTools.addWidget(self.partSearchLabel)

        self.partSearchEdit = QLineEdit(self.partsGroup)
        self.partSearchEdit.setObjectName(u"partSearchEdit")
        self.partSearchEdit.setClearButtonEnabled(True)

        self.partTools.addWidget(self.partSearchEdit)

        self.addPartButton = QPushButton(self.partsGroup)
        self.addPartButton.setObjectName(u"addPartButton")

        self.partTools.addWidget(self.addPartButton)

        self.removePartButton = QPushButton(self.partsGroup)
        self.removePartButton.setObjectName(u"removePartButton")

        self.partTools.addWidget(self.removePartButton)


        self.partsLayout.addLayout(self.partTools)

        self.partTable = QTableView(self.partsGroup)
        self.partTable.setObjectName(u"partTable")
        self.partTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.partTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.partTable.setAlternatingRowColors(True)
        self.partTable.setEditTriggers(QAbstractItemView.AnyKeyPressed|QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed|QAbstractItemView.SelectedClicked)

        self.partsLayout.addWidget(self.partTable)

        self.partLinesError = QLabel(self.partsGroup)
        self.partLinesError.setObjectName(u"partLinesError")

        self.partsLayout.addWidget(self.partLinesError)


        self.linesColumn.addWidget(self.partsGroup)


        self.orderLayout.addLayout(self.linesColumn, 3, 0, 1, 1)

        self.sideScroll = VerticalScrollArea(self.orderPage)
        self.sideScroll.setObjectName(u"sideScroll")
        self.sideScroll.setMinimumSize(QSize(330, 0))
        self.sideScroll.setMaximumSize(QSize(400, 16777215))
        self.sideScroll.setWidgetResizable(True)
        self.sideColumn = ScrollContents()
        self.sideColumn.setObjectName(u"sideColumn")
        self.sideLayout = QVBoxLayout(self.sideColumn)
        self.sideLayout.setSpacing(4)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.totalsGroup = QGroupBox(self.sideColumn)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsForm = QFormLayout(self.totalsGroup)
        self.totalsForm.setObjectName(u"totalsForm")
        self.totalsForm.setVerticalSpacing(2)
        self.labourTotalLabel = QLabel(self.totalsGroup)
        self.labourTotalLabel.setObjectName(u"labourTotalLabel")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labourTotalLabel)

        self.labourTotalValue = QLabel(self.totalsGroup)
        self.labourTotalValue.setObjectName(u"labourTotalValue")
        self.labourTotalValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labourTotalValue)

        self.partsTotalLabel = QLabel(self.totalsGroup)
        self.partsTotalLabel.setObjectName(u"partsTotalLabel")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partsTotalLabel)

        self.partsTotalValue = QLabel(self.totalsGroup)
        self.partsTotalValue.setObjectName(u"partsTotalValue")
        self.partsTotalValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partsTotalValue)

        self.taxLabel = QLabel(self.totalsGroup)
        self.taxLabel.setObjectName(u"taxLabel")
        self.taxLabel.setText(u"VAT")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taxLabel)

        self.taxValue = QLabel(self.totalsGroup)
        self.taxValue.setObjectName(u"taxValue")
        self.taxValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taxValue)

        self.grossLabel = QLabel(self.totalsGroup)
        self.grossLabel.setObjectName(u"grossLabel")

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.grossLabel)

        self.grossValue = QLabel(self.totalsGroup)
        self.grossValue.setObjectName(u"grossValue")
        self.grossValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.grossValue.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.totalsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grossValue)

        self.totalsNote = QLabel(self.totalsGroup)
        self.totalsNote.setObjectName(u"totalsNote")
        self.totalsNote.setWordWrap(True)
        self.totalsNote.setStyleSheet(u"color: #b26a00;")

        self.totalsForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.totalsNote)


        self.sideLayout.addWidget(self.totalsGroup)

        self.answersGroup = QGroupBox(self.sideColumn)
        self.answersGroup.setObjectName(u"answersGroup")
        self.answersGrid = QGridLayout(self.answersGroup)
        self.answersGrid.setObjectName(u"answersGrid")
        self.answersGrid.setVerticalSpacing(2)
        self.notifyAboveLabel = QLabel(self.answersGroup)
        self.notifyAboveLabel.setObjectName(u"notifyAboveLabel")

        self.answersGrid.addWidget(self.notifyAboveLabel, 0, 0, 1, 1)

        self.notifyAboveEdit = QLineEdit(self.answersGroup)
        self.notifyAboveEdit.setObjectName(u"notifyAboveEdit")
        self.notifyAboveEdit.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.answersGrid.addWidget(self.notifyAboveEdit, 0, 1, 1, 1)

        self.notifyAboveError = QLabel(self.answersGroup)
        self.notifyAboveError.setObjectName(u"notifyAboveError")

        self.answersGrid.addWidget(self.notifyAboveError, 1, 0, 1, 2)

        self.mayReplaceLabel = QLabel(self.answersGroup)
        self.mayReplaceLabel.setObjectName(u"mayReplaceLabel")
        self.mayReplaceLabel.setWordWrap(True)

        self.answersGrid.addWidget(self.mayReplaceLabel, 2, 0, 1, 2)

        self.mayReplaceRow = QHBoxLayout()
        self.mayReplaceRow.setSpacing(6)
        self.mayReplaceRow.setObjectName(u"mayReplaceRow")
        self.mayReplaceYes = QRadioButton(self.answersGroup)
        self.mayReplaceYes.setObjectName(u"mayReplaceYes")
        self.mayReplaceYes.setAutoExclusive(False)

        self.mayReplaceRow.addWidget(self.mayReplaceYes)

        self.mayReplaceNo = QRadioButton(self.answersGroup)
        self.mayReplaceNo.setObjectName(u"mayReplaceNo")
        self.mayReplaceNo.setAutoExclusive(False)

        self.mayReplaceRow.addWidget(self.mayReplaceNo)

        self.mayReplaceHint = QLabel(self.answersGroup)
        self.mayReplaceHint.setObjectName(u"mayReplaceHint")
        self.mayReplaceHint.setStyleSheet(u"color: #b26a00;")

        self.mayReplaceRow.addWidget(self.mayReplaceHint)

        self.mayReplaceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mayReplaceRow.addItem(self.mayReplaceSpacer)


        self.answersGrid.addLayout(self.mayReplaceRow, 3, 0, 1, 2)

        self.mayReplaceFoundPartsError = QLabel(self.answersGroup)
        self.mayReplaceFoundPartsError.setObjectName(u"mayReplaceFoundPartsError")

        self.answersGrid.addWidget(self.mayReplaceFoundPartsError, 4, 0, 1, 2)

        self.promisedAtLabel = QLabel(self.answersGroup)
        self.promisedAtLabel.setObjectName(u"promisedAtLabel")

        self.answersGrid.addWidget(self.promisedAtLabel, 5, 0, 1, 1)

        self.promisedAtEdit = QDateTimeEdit(self.answersGroup)
        self.promisedAtEdit.setObjectName(u"promisedAtEdit")
        self.promisedAtEdit.setCalendarPopup(True)
        self.promisedAtEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.answersGrid.addWidget(self.promisedAtEdit, 5, 1, 1, 1)

        self.promisedAtError = QLabel(self.answersGroup)
        self.promisedAtError.setObjectName(u"promisedAtError")

        self.answersGrid.addWidget(self.promisedAtError, 6, 0, 1, 2)


        self.sideLayout.addWidget(self.answersGroup)

        self.buttonGrid = QGridLayout()
        self.buttonGrid.setObjectName(u"buttonGrid")
        self.saveButton = QPushButton(self.sideColumn)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonGrid.addWidget(self.saveButton, 0, 0, 1, 1)

        self.confirmButton = QPushButton(self.sideColumn)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonGrid.addWidget(self.confirmButton, 0, 1, 1, 1)

        self.printButton = QPushButton(self.sideColumn)
        self.printButton.setObjectName(u"printButton")

        self.buttonGrid.addWidget(self.printButton, 1, 0, 1, 1)

        self.outsideWorkButton = QPushButton(self.sideColumn)
        self.outsideWorkButton.setObjectName(u"outsideWorkButton")

        self.buttonGrid.addWidget(self.outsideWorkButton, 1, 1, 1, 1)


        self.sideLayout.addLayout(self.buttonGrid)

        self.formError = QLabel(self.sideColumn)
        self.formError.setObjectName(u"formError")

        self.sideLayout.addWidget(self.formError)

        self.resultLabel = QLabel(self.sideColumn)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.resultLabel)

        self.revisionsGroup = QGroupBox(self.sideColumn)
        self.revisionsGroup.setObjectName(u"revisionsGroup")
        self.revisionsLayout = QVBoxLayout(self.revisionsGroup)
        self.revisionsLayout.setSpacing(2)
        self.revisionsLayout.setObjectName(u"revisionsLayout")
        self.revisionList = QTreeWidget(self.revisionsGroup)
        self.revisionList.setObjectName(u"revisionList")
        self.revisionList.setRootIsDecorated(False)
        self.revisionList.setUniformRowHeights(True)
        self.revisionList.setMinimumSize(QSize(0, 70))
        self.revisionList.setMaximumSize(QSize(16777215, 130))

        self.revisionsLayout.addWidget(self.revisionList)

        self.revisionDetail = QLabel(self.revisionsGroup)
        self.revisionDetail.setObjectName(u"revisionDetail")
        self.revisionDetail.setWordWrap(True)
        self.revisionDetail.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.revisionDetail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.revisionDetail.setTextFormat(Qt.RichText)

        self.revisionsLayout.addWidget(self.revisionDetail)


        self.sideLayout.addWidget(self.revisionsGroup)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sideScroll.setWidget(self.sideColumn)

        self.orderLayout.addWidget(self.sideScroll, 3, 1, 1, 1)

        self.orderLayout.setColumnStretch(0, 1)
        self.stack.addWidget(self.orderPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.diagnosisLabel.setBuddy(self.diagnosisEdit)
        self.labourSearchLabel.setBuddy(self.labourSearchEdit)
        self.partSearchLabel.setBuddy(self.partSearchEdit)
        self.notifyAboveLabel.setBuddy(self.notifyAboveEdit)
        self.promisedAtLabel.setBuddy(self.promisedAtEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.diagnosisEdit, self.labourSearchEdit)
        QWidget.setTabOrder(self.labourSearchEdit, self.addLabourButton)
        QWidget.setTabOrder(self.addLabourButton, self.removeLabourButton)
        QWidget.setTabOrder(self.removeLabourButton, self.labourTable)
        QWidget.setTabOrder(self.labourTable, self.partSearchEdit)
        QWidget.setTabOrder(self.partSearchEdit, self.addPartButton)
        QWidget.setTabOrder(self.addPartButton, self.removePartButton)
        QWidget.setTabOrder(self.removePartButton, self.partTable)
        QWidget.setTabOrder(self.partTable, self.notifyAboveEdit)
        QWidget.setTabOrder(self.notifyAboveEdit, self.mayReplaceYes)
        QWidget.setTabOrder(self.mayReplaceYes, self.mayReplaceNo)
        QWidget.setTabOrder(self.mayReplaceNo, self.promisedAtEdit)
        QWidget.setTabOrder(self.promisedAtEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.revisionList)
        QWidget.setTabOrder(self.revisionList, self.listButton)
        QWidget.setTabOrder(self.listButton, self.waitingList)

        self.retranslateUi(EstimateTab)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EstimateTab)
    # setupUi

    def retranslateUi(self, EstimateTab):
        EstimateTab.setWindowTitle(QCoreApplication.translate("EstimateTab", u"Estimate", None))
        self.waitingTitle.setText(QCoreApplication.translate("EstimateTab", u"<b>Waiting for an estimate</b>", None))
        self.waitingHint.setText(QCoreApplication.translate("EstimateTab", u"Cars received and estimates not yet confirmed by the customer, the longest waiting first. Double-click or press Enter to open one.", None))
        ___qtreewidgetitem = self.waitingList.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("EstimateTab", u"Complaint", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("EstimateTab", u"Promised", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("EstimateTab", u"Stage", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EstimateTab", u"Customer", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EstimateTab", u"Plate", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EstimateTab", u"Order", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EstimateTab", u"Received", None))
        self.listButton.setText(QCoreApplication.translate("EstimateTab", u"Wai&ting list", None))
#if QT_CONFIG(tooltip)
        self.listButton.setToolTip(QCoreApplication.translate("EstimateTab", u"Leave this order and show the orders waiting for an estimate", None))
#endif // QT_CONFIG(tooltip)
        self.diagnosisLabel.setText(QCoreApplication.translate("EstimateTab", u"&Diagnosis:", None))
        self.diagnosisEdit.setPlaceholderText(QCoreApplication.translate("EstimateTab", u"What the inspection found, and the repair agreed with the customer", None))
        self.labourGroup.setTitle(QCoreApplication.translate("EstimateTab", u"Labour", None))
        self.labourSearchLabel.setText(QCoreApplication.translate("EstimateTab", u"Add &job:", None))
        self.labourSearchEdit.setPlaceholderText(QCoreApplication.translate("EstimateTab", u"Code, name or initials from the labour catalog", None))
#if QT_CONFIG(tooltip)
        self.labourSearchEdit.setToolTip(QCoreApplication.translate("EstimateTab", u"Type part of a code, a name or its pinyin initials and pick a job: it is added with its standard hours", None))
#endif // QT_CONFIG(tooltip)
        self.addLabourButton.setText(QCoreApplication.translate("EstimateTab", u"Free &line", None))
#if QT_CONFIG(tooltip)
        self.addLabourButton.setToolTip(QCoreApplication.translate("EstimateTab", u"Add a labour line that is not in the catalog", None))
#endif // QT_CONFIG(tooltip)
        self.removeLabourButton.setText(QCoreApplication.translate("EstimateTab", u"Remove line", None))
#if QT_CONFIG(tooltip)
        self.removeLabourButton.setToolTip(QCoreApplication.translate("EstimateTab", u"Remove the selected labour line (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.partsGroup.setTitle(QCoreApplication.translate("EstimateTab", u"Parts", None))
        self.partSearchLabel.setText(QCoreApplication.translate("EstimateTab", u"&Add part:", None))
        self.partSearchEdit.setPlaceholderText(QCoreApplication.translate("EstimateTab", u"Code, name, initials or spec from the parts catalog", None))
#if QT_CONFIG(tooltip)
        self.partSearchEdit.setToolTip(QCoreApplication.translate("EstimateTab", u"Type part of a code, a name, its pinyin initials or the spec and pick a part: it is added at its sale price", None))
#endif // QT_CONFIG(tooltip)
        self.addPartButton.setText(QCoreApplication.translate("EstimateTab", u"&Free part", None))
#if QT_CONFIG(tooltip)
        self.addPartButton.setToolTip(QCoreApplication.translate("EstimateTab", u"Add a part that is not in the catalog", None))
#endif // QT_CONFIG(tooltip)
        self.removePartButton.setText(QCoreApplication.translate("EstimateTab", u"Remove part", None))
#if QT_CONFIG(tooltip)
        self.removePartButton.setToolTip(QCoreApplication.translate("EstimateTab", u"Remove the selected part line (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.totalsGroup.setTitle(QCoreApplication.translate("EstimateTab", u"Totals", None))
        self.labourTotalLabel.setText(QCoreApplication.translate("EstimateTab", u"Labour:", None))
        self.partsTotalLabel.setText(QCoreApplication.translate("EstimateTab", u"Parts:", None))
        self.grossLabel.setText(QCoreApplication.translate("EstimateTab", u"<b>Total (incl. VAT):</b>", None))
        self.answersGroup.setTitle(QCoreApplication.translate("EstimateTab", u"The customer's answers", None))
        self.notifyAboveLabel.setText(QCoreApplication.translate("EstimateTab", u"&Phone first above \u00a5:", None))
#if QT_CONFIG(tooltip)
        self.notifyAboveLabel.setToolTip(QCoreApplication.translate("EstimateTab", u"Above what amount of added work must the customer be phoned first?", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.notifyAboveEdit.setToolTip(QCoreApplication.translate("EstimateTab", u"Above what amount of added work must the customer be phoned first?", None))
#endif // QT_CONFIG(tooltip)
        self.mayReplaceLabel.setText(QCoreApplication.translate("EstimateTab", u"May other damaged parts found during the repair be replaced?", None))
        self.mayReplaceYes.setText(QCoreApplication.translate("EstimateTab", u"&Yes", None))
        self.mayReplaceNo.setText(QCoreApplication.translate("EstimateTab", u"N&o", None))
        self.mayReplaceHint.setText(QCoreApplication.translate("EstimateTab", u"not asked yet", None))
        self.promisedAtLabel.setText(QCoreApplication.translate("EstimateTab", u"Pro&mised:", None))
#if QT_CONFIG(tooltip)
        self.promisedAtEdit.setToolTip(QCoreApplication.translate("EstimateTab", u"When the car will be ready, as promised to the customer", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("EstimateTab", u"&Save estimate", None))
        self.confirmButton.setText(QCoreApplication.translate("EstimateTab", u"Customer &confirms\u2026", None))
        self.printButton.setText(QCoreApplication.translate("EstimateTab", u"Print &work order\u2026", None))
        self.outsideWorkButton.setText(QCoreApplication.translate("EstimateTab", u"&Outside work\u2026", None))
#if QT_CONFIG(tooltip)
        self.outsideWorkButton.setToolTip(QCoreApplication.translate("EstimateTab", u"\u5916\u52a0\u5de5: work done by an outside shop (machining, upholstery, glass), sent and back, its slip", None))
#endif // QT_CONFIG(tooltip)
        self.revisionsGroup.setTitle(QCoreApplication.translate("EstimateTab", u"Revisions", None))
        ___qtreewidgetitem1 = self.revisionList.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("EstimateTab", u"Total", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("EstimateTab", u"By", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("EstimateTab", u"Saved", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("EstimateTab", u"Rev.", None))
    # retranslateUi
