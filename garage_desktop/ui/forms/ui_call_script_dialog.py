# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_script_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_CallScriptDialog(object):
    def setupUi(self, CallScriptDialog):
        if not CallScriptDialog.objectName():
            CallScriptDialog.setObjectName(u"CallScriptDialog")
        CallScriptDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(CallScriptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CallScriptDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.stateLabel = QLabel(CallScriptDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.mainLayout.addWidget(self.stateLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.questionsTable = QTableWidget(CallScriptDialog)
        if (self.questionsTable.columnCount() < 2):
            self.questionsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.questionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.questionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.questionsTable.setObjectName(u"questionsTable")
        self.questionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.questionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.questionsTable.setWordWrap(True)
        self.questionsTable.setColumnCount(2)

        self.bodyLayout.addWidget(self.questionsTable)

        self.editButtons = QVBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.addButton = QPushButton(CallScriptDialog)
        self.addButton.setObjectName(u"addButton")

        self.editButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(CallScriptDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.editButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(CallScriptDialog)
        self.upButton.setObjectName(u"upButton")

        self.editButtons.addWidget(self.upButton)

        self.downButton = QPushButton(CallScriptDialog)
        self.downButton.setObjectName(u"downButton")

        self.editButtons.addWidget(self.downButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editButtons.addItem(self.editSpacer)

        self.restoreButton = QPushButton(CallScriptDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.editButtons.addWidget(self.restoreButton)


        self.bodyLayout.addLayout(self.editButtons)

        self.bodyLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.errorLabel = QLabel(CallScriptDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CallScriptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CallScriptDialog)

        QMetaObject.connectSlotsByName(CallScriptDialog)
    # setupUi

    def retranslateUi(self, CallScriptDialog):
        CallScriptDialog.setWindowTitle(QCoreApplication.translate("CallScriptDialog", u"Follow-up call script", None))
        self.introLabel.setText(QCoreApplication.translate("CallScriptDialog", u"The questions the follow-up call is guided by, in the order they are asked. The texts may name {customer}, {caller}, {garage}, {garage_phone}, {plate} and {left} (the day the car left): the call fills them in. Old calls keep the questions as they were asked.", None))
        ___qtablewidgetitem = self.questionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CallScriptDialog", u"Kind of answer", None))
        ___qtablewidgetitem1 = self.questionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CallScriptDialog", u"Question (as said to the customer)", None))
        self.addButton.setText(QCoreApplication.translate("CallScriptDialog", u"&Add question", None))
        self.removeButton.setText(QCoreApplication.translate("CallScriptDialog", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("CallScriptDialog", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("CallScriptDialog", u"Move &down", None))
        self.restoreButton.setText(QCoreApplication.translate("CallScriptDialog", u"Restore the de&fault", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("CallScriptDialog", u"Go back to the script shipped with the program (your own is deleted)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
