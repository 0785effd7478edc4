# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_tab.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTreeWidget, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_FollowUpTab(object):
    def setupUi(self, FollowUpTab):
        if not FollowUpTab.objectName():
            FollowUpTab.setObjectName(u"FollowUpTab")
        FollowUpTab.resize(1280, 760)
        self.mainLayout = QVBoxLayout(FollowUpTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.pages = QTabWidget(FollowUpTab)
        self.pages.setObjectName(u"pages")
        self.callsPage = QWidget()
        self.callsPage.setObjectName(u"callsPage")
        self.callsPageLayout = QVBoxLayout(self.callsPage)
        self.callsPageLayout.setObjectName(u"callsPageLayout")
        self.callsPageLayout.setContentsMargins(4, 4, 4, 4)
        self.listTitle = QLabel(self.callsPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setTextFormat(Qt.RichText)
        self.listTitle.setWordWrap(True)

        self.callsPageLayout.addWidget(self.listTitle)

        self.splitter = QSplitter(self.callsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.queuePane = QWidget(self.splitter)
        self.queuePane.setObjectName(u"queuePane")
        self.queueLayout = QVBoxLayout(self.queuePane)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(0, 0, 0, 0)
        self.complaintsGroup = QGroupBox(self.queuePane)
        self.complaintsGroup.setObjectName(u"complaintsGroup")
        self.complaintsLayout = QVBoxLayout(self.complaintsGroup)
        self.complaintsLayout.setObjectName(u"complaintsLayout")
        self.complaintsList = QTreeWidget(self.complaintsGroup)
        self.complaintsList.setObjectName(u"complaintsList")
        self.complaintsList.setRootIsDecorated(False)
        self.complaintsList.setAlternatingRowColors(True)
        self.complaintsList.setUniformRowHeights(True)

        self.complaintsLayout.addWidget(self.complaintsList)


        self.queueLayout.addWidget(self.complaintsGroup)

        self.dueGroup = QGroupBox(self.queuePane)
        self.dueGroup.setObjectName(u"dueGroup")
        self.dueLayout = QVBoxLayout(self.dueGroup)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueList = QTreeWidget(self.dueGroup)
        self.dueList.setObjectName(u"dueList")
        self.dueList.setRootIsDecorated(False)
        self.dueList.setAlternatingRowColors(True)
        self.dueList.setUniformRowHeights(True)

        self.dueLayout.addWidget(self.dueList)


        self.queueLayout.addWidget(self.dueGroup)

        self.upcomingGroup = QGroupBox(self.queuePane)
        self.upcomingGroup.setObjectName(u"upcomingGroup")
        self.upcomingLayout = QVBoxLayout(self.upcomingGroup)
        self.upcomingLayout.setObjectName(u"upcomingLayout")
        self.upcomingList = QTreeWidget(self.upcomingGroup)
        self.upcomingList.setObjectName(u"upcomingList")
        self.upcomingList.setRootIsDecorated(False)
        self.upcomingList.setAlternatingRowColors(True)
        self.upcomingList.setUniformRowHeights(True)

        self.upcomingLayout.addWidget(self.upcomingList)


        self.queueLayout.addWidget(self.upcomingGroup)

        self.queueLayout.setStretch(0, 2)
        self.queueLayout.setStretch(1, 3)
        self.queueLayout.setStretch(2, 2)
        self.splitter.addWidget(self.queuePane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLabel = QLabel(self.detailPane)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.headerLabel)

        self.actionScroll = VerticalScrollArea(self.detailPane)
        self.actionScroll.setObjectName(u"actionScroll")
        self.actionScroll.setWidgetResizable(True)
        self.actionScrollContents = ScrollContents()
        self.actionScrollContents.setObjectName(u"actionScrollContents")
        self.actionScrollLayout = QVBoxLayout(self.actionScrollContents)
        self.actionScrollLayout.setObjectName(u"actionScrollLayout")
        self.actionScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.actionPages = QStackedWidget(self.actionScrollContents)
        self.actionPages.setObjectName(u"actionPages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyPageSpacer)

        self.actionPages.addWidget(self.emptyPage)
        self.callPage = QWidget()
        self.callPage.setObjectName(u"callPage")
        self.callPageLayout = QVBoxLayout(self.callPage)
        self.callPageLayout.setObjectName(u"callPageLayout")
        self.callPageLayout.setContentsMargins(0, 0, 0, 0)
        self.talkGroup = QGroupBox(self.callPage)
        self.talkGroup.setObjectName(u"talkGroup")
        self.talkLayout = QVBoxLayout(self.talkGroup)
        self.talkLayout.setObjectName(u"talkLayout")
        self.talkNote = QLabel(self.talkGroup)
        self.talkNote.setObjectName(u"talkNote")
        self.talkNote.setText(u"")
        self.talkNote.setWordWrap(True)

        self.talkLayout.addWidget(self.talkNote)

        self.talkArea = QWidget(self.talkGroup)
        self.talkArea.setObjectName(u"talkArea")
        self.talkGrid = QGridLayout(self.talkArea)
        self.talkGrid.setObjectName(u"talkGrid")
        self.talkGrid.setContentsMargins(0, 0, 0, 0)
        self.talkGrid.setColumnStretch(1, 1)

        self.talkLayout.addWidget(self.talkArea)


        self.callPageLayout.addWidget(self.talkGroup)

        self.callGroup = QGroupBox(self.callPage)
        self.callGroup.setObjectName(u"callGroup")
        self.callGrid = QGridLayout(self.callGroup)
        self.callGrid.setObjectName(u"callGrid")
        self.outcomeLabel = QLabel(self.callGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.callGrid.addWidget(self.outcomeLabel, 0, 0, 1, 1)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.reachedRadio = QRadioButton(self.callGroup)
        self.reachedRadio.setObjectName(u"reachedRadio")

        self.outcomeRow.addWidget(self.reachedRadio)

        self.notReachedRadio = QRadioButton(self.callGroup)
        self.notReachedRadio.setObjectName(u"notReachedRadio")

        self.outcomeRow.addWidget(self.notReachedRadio)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeRow.addItem(self.outcomeSpacer)


        self.callGrid.addLayout(self.outcomeRow, 0, 1, 1, 1)

        self.satisfactionLabel = QLabel(self.callGroup)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.callGrid.addWidget(self.satisfactionLabel, 1, 0, 1, 1)

        self.satisfactionCombo = QComboBox(self.callGroup)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.callGrid.addWidget(self.satisfactionCombo, 1, 1, 1, 1)

        self.satisfactionError = QLabel(self.callGroup)
        self.satisfactionError.setObjectName(u"satisfactionError")

        self.callGrid.addWidget(self.satisfactionError, 2, 1, 1, 1)

        self.remarksLabel = QLabel(self.callGroup)
        self.remarksLabel.setObjectName(u"remarksLabel")
        self.remarksLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.callGrid.addWidget(self.remarksLabel, 3, 0, 1, 1)

        self.remarksEdit = QPlainTextEdit(self.callGroup)
        self.remarksEdit.setObjectName(u"remarksEdit")
        self.remarksEdit.setTabChangesFocus(True)
        self.remarksEdit.setMaximumSize(QSize(16777215, 70))

        self.callGrid.addWidget(self.remarksEdit, 3, 1, 1, 1)

        self.remarksError = QLabel(self.callGroup)
        self.remarksError.setObjectName(u"remarksError")

        self.callGrid.addWidget(self.remarksError, 4, 1, 1, 1)

        self.complaintLabel = QLabel(self.callGroup)
        self.complaintLabel.setObjectName(u"complaintLabel")
        self.complaintLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.callGrid.addWidget(self.complaintLabel, 5, 0, 1, 1)

        self.complaintEdit = QPlainTextEdit(self.callGroup)
        self.complaintEdit.setObjectName(u"complaintEdit")
        self.complaintEdit.setTabChangesFocus(True)
        self.complaintEdit.setMaximumSize(QSize(16777215, 70))

        self.callGrid.addWidget(self.complaintEdit, 5, 1, 1, 1)

        self.complaintError = QLabel(self.callGroup)
        self.complaintError.setObjectName(u"complaintError")

        self.callGrid.addWidget(self.complaintError, 6, 1, 1, 1)

        self.ownerLabel = QLabel(self.callGroup)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.callGrid.addWidget(self.ownerLabel, 7, 0, 1, 1)

        self.ownerCombo = QComboBox(self.callGroup)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.callGrid.addWidget(self.ownerCombo, 7, 1, 1, 1)

        self.complaintOwnerError = QLabel(self.callGroup)
        self.complaintOwnerError.setObjectName(u"complaintOwnerError")

        self.callGrid.addWidget(self.complaintOwnerError, 8, 1, 1, 1)

        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordRow.addItem(self.recordSpacer)

        self.recordButton = QPushButton(self.callGroup)
        self.recordButton.setObjectName(u"recordButton")

        self.recordRow.addWidget(self.recordButton)


        self.callGrid.addLayout(self.recordRow, 9, 1, 1, 1)

        self.callGrid.setColumnStretch(1, 1)

        self.callPageLayout.addWidget(self.callGroup)

        self.actionPages.addWidget(self.callPage)
        self.complaintPage = QWidget()
        self.complaintPage.setObjectName(u"complaintPage")
        self.complaintPageLayout = QVBoxLayout(self.complaintPage)
        self.complaintPageLayout.setObjectName(u"complaintPageLayout")
        self.complaintPageLayout.setContentsMargins(0, 0, 0, 0)
        self.resolveGroup = QGroupBox(self.complaintPage)
        self.resolveGroup.setObjectName(u"resolveGroup")
        self.resolveGrid = QGridLayout(self.resolveGroup)
        self.resolveGrid.setObjectName(u"resolveGrid")
        self.complaintText = QLabel(self.resolveGroup)
        self.complaintText.setObjectName(u"complaintText")
        self.complaintText.setText(u"")
        self.complaintText.setWordWrap(True)
        self.complaintText.setTextFormat(Qt.RichText)
        self.complaintText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.resolveGrid.addWidget(self.complaintText, 0, 0, 1, 3)

        self.handOverLabel = QLabel(self.resolveGroup)
        self.handOverLabel.setObjectName(u"handOverLabel")

        self.resolveGrid.addWidget(self.handOverLabel, 1, 0, 1, 1)

        self.handOverCombo = QComboBox(self.resolveGroup)
        self.handOverCombo.setObjectName(u"handOverCombo")

        self.resolveGrid.addWidget(self.handOverCombo, 1, 1, 1, 1)

        self.handOverButton = QPushButton(self.resolveGroup)
        self.handOverButton.setObjectName(u"handOverButton")

        self.resolveGrid.addWidget(self.handOverButton, 1, 2, 1, 1)

        self.ownerError = QLabel(self.resolveGroup)
        self.ownerError.setObjectName(u"ownerError")

        self.resolveGrid.addWidget(self.ownerError, 2, 1, 1, 2)

        self.resolutionLabel = QLabel(self.resolveGroup)
        self.resolutionLabel.setObjectName(u"resolutionLabel")
        self.resolutionLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.resolveGrid.addWidget(self.resolutionLabel, 3, 0, 1, 1)

        self.resolutionEdit = QPlainTextEdit(self.resolveGroup)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)
        self.resolutionEdit.setMaximumSize(QSize(16777215, 80))

        self.resolveGrid.addWidget(self.resolutionEdit, 3, 1, 1, 2)

        self.resolutionError = QLabel(self.resolveGroup)
        self.resolutionError.setObjectName(u"resolutionError")

        self.resolveGrid.addWidget(self.resolutionError, 4, 1, 1, 2)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.resolveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveRow.addItem(self.resolveSpacer)

        self.resolveButton = QPushButton(self.resolveGroup)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveRow.addWidget(self.resolveButton)


        self.resolveGrid.addLayout(self.resolveRow, 5, 1, 1, 2)

        self.resolveGrid.setColumnStretch(1, 1)

        self.complaintPageLayout.addWidget(self.resolveGroup)

        self.complaintPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.complaintPageLayout.addItem(self.complaintPageSpacer)

        self.actionPages.addWidget(self.complaintPage)

        self.actionScrollLayout.addWidget(self.actionPages)

        self.actionScroll.setWidget(self.actionScrollContents)

        self.detailLayout.addWidget(self.actionScroll)

        self.formError = QLabel(self.detailPane)
        self.formError.setObjectName(u"formError")

        self.detailLayout.addWidget(self.formError)

        self.resultLabel = QLabel(self.detailPane)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.resultLabel)

        self.historyGroup = QGroupBox(self.detailPane)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyList = QTreeWidget(self.historyGroup)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setRootIsDecorated(False)
        self.historyList.setAlternatingRowColors(True)
        self.historyList.setWordWrap(True)

        self.historyLayout.addWidget(self.historyList)


        self.detailLayout.addWidget(self.historyGroup)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.vehicleHistoryButton = QPushButton(self.detailPane)
        self.vehicleHistoryButton.setObjectName(u"vehicleHistoryButton")

        self.detailButtons.addWidget(self.vehicleHistoryButton)

        self.linkReferralButton = QPushButton(self.detailPane)
        self.linkReferralButton.setObjectName(u"linkReferralButton")

        self.detailButtons.addWidget(self.linkReferralButton)

        self.printCallSheetButton = QPushButton(self.detailPane)
        self.printCallSheetButton.setObjectName(u"printCallSheetButton")

        self.detailButtons.addWidget(self.printCallSheetButton)

        self.followupMessageButton = QPushButton(self.detailPane)
        self.followupMessageButton.setObjectName(u"followupMessageButton")

        self.detailButtons.addWidget(self.followupMessageButton)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)

        self.callScriptButton = QPushButton(self.detailPane)
        self.callScriptButton.setObjectName(u"callScriptButton")

        self.detailButtons.addWidget(self.callScriptButton)


        self.detailLayout.addLayout(self.detailButtons)

        self.detailLayout.setStretch(4, 1)
        self.splitter.addWidget(self.detailPane)

        self.callsPageLayout.addWidget(self.splitter)

        self.pages.addTab(self.callsPage, "")
        self.remindersPage = QWidget()
        self.remindersPage.setObjectName(u"remindersPage")
        self.remindersLayout = QVBoxLayout(self.remindersPage)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersLayout.setContentsMargins(4, 4, 4, 4)
        self.pages.addTab(self.remindersPage, "")

        self.mainLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.satisfactionLabel.setBuddy(self.satisfactionCombo)
        self.remarksLabel.setBuddy(self.remarksEdit)
        self.complaintLabel.setBuddy(self.complaintEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.handOverLabel.setBuddy(self.handOverCombo)
        self.resolutionLabel.setBuddy(self.resolutionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.complaintsList, self.dueList)
        QWidget.setTabOrder(self.dueList, self.upcomingList)
        QWidget.setTabOrder(self.upcomingList, self.reachedRadio)
        QWidget.setTabOrder(self.reachedRadio, self.notReachedRadio)
        QWidget.setTabOrder(self.notReachedRadio, self.satisfactionCombo)
        QWidget.setTabOrder(self.satisfactionCombo, self.remarksEdit)
        QWidget.setTabOrder(self.remarksEdit, self.complaintEdit)
        QWidget.setTabOrder(self.complaintEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.handOverCombo)
        QWidget.setTabOrder(self.handOverCombo, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.resolutionEdit)
        QWidget.setTabOrder(self.resolutionEdit, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.historyList)
        QWidget.setTabOrder(self.historyList, self.vehicleHistoryButton)

        self.retranslateUi(FollowUpTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FollowUpTab)
    # setupUi

    def retranslateUi(self, FollowUpTab):
        FollowUpTab.setWindowTitle(QCoreApplication.translate("FollowUpTab", u"Follow-up", None))
        self.listTitle.setText(QCoreApplication.translate("FollowUpTab", u"<b>Follow-up calls</b> \u2014 call every customer within two days of the handover; complaints come first until they are closed", None))
        self.complaintsGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Open complaints", None))
        ___qtreewidgetitem = self.complaintsList.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("FollowUpTab", u"Complaint", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("FollowUpTab", u"Owner", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("FollowUpTab", u"Phone", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("FollowUpTab", u"Customer", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("FollowUpTab", u"Plate", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("FollowUpTab", u"Raised", None))
#if QT_CONFIG(tooltip)
        self.complaintsList.setToolTip(QCoreApplication.translate("FollowUpTab", u"Complaints raised in follow-up calls, oldest first; choose one to hand it over or close it", None))
#endif // QT_CONFIG(tooltip)
        self.dueGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Calls due", None))
        ___qtreewidgetitem1 = self.dueList.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("FollowUpTab", u"Tries", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("FollowUpTab", u"Left on", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("FollowUpTab", u"Phone", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("FollowUpTab", u"Customer", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("FollowUpTab", u"Plate", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("FollowUpTab", u"Due", None))
#if QT_CONFIG(tooltip)
        self.dueList.setToolTip(QCoreApplication.translate("FollowUpTab", u"Cars handed over two days ago or earlier whose customer has not been reached yet, oldest first", None))
#endif // QT_CONFIG(tooltip)
        self.upcomingGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Coming up", None))
        ___qtreewidgetitem2 = self.upcomingList.headerItem()
        ___qtreewidgetitem2.setText(5, QCoreApplication.translate("FollowUpTab", u"Tries", None))
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("FollowUpTab", u"Left on", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("FollowUpTab", u"Phone", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("FollowUpTab", u"Customer", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("FollowUpTab", u"Plate", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("FollowUpTab", u"Due", None))
#if QT_CONFIG(tooltip)
        self.upcomingList.setToolTip(QCoreApplication.translate("FollowUpTab", u"Cars handed over in the last two days: their call falls due soon and may be made already", None))
#endif // QT_CONFIG(tooltip)
        self.headerLabel.setText(QCoreApplication.translate("FollowUpTab", u"Choose a complaint or a call on the left.", None))
        self.emptyLabel.setText(QCoreApplication.translate("FollowUpTab", u"Nothing chosen. The calls due are listed oldest first; open complaints above them.", None))
        self.talkGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"The talk \u2014 read each question out, record the answer", None))
        self.callGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Record the call", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FollowUpTab", u"Outcome:", None))
        self.reachedRadio.setText(QCoreApplication.translate("FollowUpTab", u"Reac&hed the customer", None))
        self.notReachedRadio.setText(QCoreApplication.translate("FollowUpTab", u"&Not reached (the call stays due)", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("FollowUpTab", u"Overall &satisfaction:", None))
#if QT_CONFIG(tooltip)
        self.satisfactionCombo.setToolTip(QCoreApplication.translate("FollowUpTab", u"All in all, how satisfied the customer says they are, 1 (very unhappy) to 5 (very happy): the follow-up file's and the reports' figure", None))
#endif // QT_CONFIG(tooltip)
        self.remarksLabel.setText(QCoreApplication.translate("FollowUpTab", u"Re&marks:", None))
        self.remarksEdit.setPlaceholderText(QCoreApplication.translate("FollowUpTab", u"What the customer said about the car and the service", None))
        self.complaintLabel.setText(QCoreApplication.translate("FollowUpTab", u"Com&plaint:", None))
        self.complaintEdit.setPlaceholderText(QCoreApplication.translate("FollowUpTab", u"Leave empty when there is none; a complaint stays on top of this list until it is closed", None))
        self.ownerLabel.setText(QCoreApplication.translate("FollowUpTab", u"&Owner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("FollowUpTab", u"Who takes care of the complaint until it is resolved", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("FollowUpTab", u"&Record call", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"Save the outcome of this call (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.resolveGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Open complaint", None))
        self.handOverLabel.setText(QCoreApplication.translate("FollowUpTab", u"Taken care of &by:", None))
        self.handOverButton.setText(QCoreApplication.translate("FollowUpTab", u"Hand o&ver", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"Give the complaint to the person chosen", None))
#endif // QT_CONFIG(tooltip)
        self.resolutionLabel.setText(QCoreApplication.translate("FollowUpTab", u"Resol&ution:", None))
        self.resolutionEdit.setPlaceholderText(QCoreApplication.translate("FollowUpTab", u"What was done about it, and whether the customer is content now", None))
        self.resolveButton.setText(QCoreApplication.translate("FollowUpTab", u"&Close complaint", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"Record the resolution; the complaint leaves the top of the list (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.historyGroup.setTitle(QCoreApplication.translate("FollowUpTab", u"Follow-up file of the customer", None))
        ___qtreewidgetitem3 = self.historyList.headerItem()
        ___qtreewidgetitem3.setText(5, QCoreApplication.translate("FollowUpTab", u"Remarks, complaint and resolution", None))
        ___qtreewidgetitem3.setText(4, QCoreApplication.translate("FollowUpTab", u"By", None))
        ___qtreewidgetitem3.setText(3, QCoreApplication.translate("FollowUpTab", u"Outcome", None))
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("FollowUpTab", u"Plate", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("FollowUpTab", u"Order", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("FollowUpTab", u"Called", None))
        self.vehicleHistoryButton.setText(QCoreApplication.translate("FollowUpTab", u"Vehicle his&tory\u2026", None))
#if QT_CONFIG(tooltip)
        self.vehicleHistoryButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"Every visit of this car, its warranty and the work still recommended; print the owner's repair record", None))
#endif // QT_CONFIG(tooltip)
        self.linkReferralButton.setText(QCoreApplication.translate("FollowUpTab", u"Link re&ferred customer\u2026", None))
#if QT_CONFIG(tooltip)
        self.linkReferralButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"The new customer a referral given in the chosen call brought", None))
#endif // QT_CONFIG(tooltip)
        self.printCallSheetButton.setText(QCoreApplication.translate("FollowUpTab", u"Print call sh&eet\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCallSheetButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"The call script with room for the answers, for a call made away from this PC", None))
#endif // QT_CONFIG(tooltip)
        self.followupMessageButton.setText(QCoreApplication.translate("FollowUpTab", u"&Message\u2026", None))
#if QT_CONFIG(tooltip)
        self.followupMessageButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"The follow-up message for WeChat or SMS, when the customer is better written to than called", None))
#endif // QT_CONFIG(tooltip)
        self.callScriptButton.setText(QCoreApplication.translate("FollowUpTab", u"Ca&ll script\u2026", None))
#if QT_CONFIG(tooltip)
        self.callScriptButton.setToolTip(QCoreApplication.translate("FollowUpTab", u"The questions the follow-up call is guided by (the owner edits them)", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.callsPage), QCoreApplication.translate("FollowUpTab", u"Follow-up calls", None))
        self.pages.setTabText(self.pages.indexOf(self.remindersPage), QCoreApplication.translate("FollowUpTab", u"Reminders due", None))
#if QT_CONFIG(tooltip)
        self.pages.setTabToolTip(self.pages.indexOf(self.remindersPage), QCoreApplication.translate("FollowUpTab", u"Next services, insurance expiries and annual inspections due this week or overdue", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
