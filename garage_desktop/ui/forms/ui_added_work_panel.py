# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'added_work_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QVBoxLayout, QWidget)

class Ui_AddedWorkPanel(object):
    def setupUi(self, AddedWorkPanel):
        if not AddedWorkPanel.objectName():
            AddedWorkPanel.setObjectName(u"AddedWorkPanel")
        AddedWorkPanel.resize(460, 700)
        self.panelLayout = QVBoxLayout(AddedWorkPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.termsLabel = QLabel(AddedWorkPanel)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setText(u"")
        self.termsLabel.setWordWrap(True)
        self.termsLabel.setTextFormat(Qt.RichText)

        self.panelLayout.addWidget(self.termsLabel)

        self.proposeGroup = QGroupBox(AddedWorkPanel)
        self.proposeGroup.setObjectName(u"proposeGroup")
        self.proposeGrid = QGridLayout(self.proposeGroup)
        self.proposeGrid.setObjectName(u"proposeGrid")
        self.proposeGrid.setVerticalSpacing(2)
        self.descriptionLabel = QLabel(self.proposeGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.proposeGrid.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.descriptionEdit = QLineEdit(self.proposeGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.proposeGrid.addWidget(self.descriptionEdit, 0, 1, 1, 3)

        self.descriptionError = QLabel(self.proposeGroup)
        self.descriptionError.setObjectName(u"descriptionError")

        self.proposeGrid.addWidget(self.descriptionError, 1, 1, 1, 3)

        self.workNameLabel = QLabel(self.proposeGroup)
        self.workNameLabel.setObjectName(u"workNameLabel")

        self.proposeGrid.addWidget(self.workNameLabel, 2, 0, 1, 1)

        self.workNameEdit = QLineEdit(self.proposeGroup)
        self.workNameEdit.setObjectName(u"workNameEdit")

        self.proposeGrid.addWidget(self.workNameEdit, 2, 1, 1, 3)

        self.workNameError = QLabel(self.proposeGroup)
        self.workNameError.setObjectName(u"workNameError")

        self.proposeGrid.addWidget(self.workNameError, 3, 1, 1, 3)

        self.labourHoursLabel = QLabel(self.proposeGroup)
        self.labourHoursLabel.setObjectName(u"labourHoursLabel")

        self.proposeGrid.addWidget(self.labourHoursLabel, 4, 0, 1, 1)

        self.labourHoursEdit = QLineEdit(self.proposeGroup)
        self.labourHoursEdit.setObjectName(u"labourHoursEdit")

        self.proposeGrid.addWidget(self.labourHoursEdit, 4, 1, 1, 1)

        self.labourPriceLabel = QLabel(self.proposeGroup)
        self.labourPriceLabel.setObjectName(u"labourPriceLabel")
        self.labourPriceLabel.setText(u"")

        self.proposeGrid.addWidget(self.labourPriceLabel, 4, 2, 1, 2)

        self.labourHoursError = QLabel(self.proposeGroup)
        self.labourHoursError.setObjectName(u"labourHoursError")

        self.proposeGrid.addWidget(self.labourHoursError, 5, 1, 1, 3)

        self.partLabel = QLabel(self.proposeGroup)
        self.partLabel.setObjectName(u"partLabel")

        self.proposeGrid.addWidget(self.partLabel, 6, 0, 1, 1)

        self.partEdit = QLineEdit(self.proposeGroup)
        self.partEdit.setObjectName(u"partEdit")
        self.partEdit.setClearButtonEnabled(True)

        self.proposeGrid.addWidget(self.partEdit, 6, 1, 1, 3)

        self.partNameError = QLabel(self.proposeGroup)
        self.partNameError.setObjectName(u"partNameError")

        self.proposeGrid.addWidget(self.partNameError, 7, 1, 1, 3)

        self.partQtyLabel = QLabel(self.proposeGroup)
        self.partQtyLabel.setObjectName(u"partQtyLabel")

        self.proposeGrid.addWidget(self.partQtyLabel, 8, 0, 1, 1)

        self.partQtyEdit = QLineEdit(self.proposeGroup)
        self.partQtyEdit.setObjectName(u"partQtyEdit")
        self.partQtyEdit.setText(u"1")

        self.proposeGrid.addWidget(self.partQtyEdit, 8, 1, 1, 1)

        self.partPriceLabel = QLabel(self.proposeGroup)
        self.partPriceLabel.setObjectName(u"partPriceLabel")

        self.proposeGrid.addWidget(self.partPriceLabel, 8, 2, 1, 1)

        self.partPriceEdit = QLineEdit(self.proposeGroup)
        self.partPriceEdit.setObjectName(u"partPriceEdit")

        self.proposeGrid.addWidget(self.partPriceEdit, 8, 3, 1, 1)

        self.partQtyError = QLabel(self.proposeGroup)
        self.partQtyError.setObjectName(u"partQtyError")

        self.proposeGrid.addWidget(self.partQtyError, 9, 1, 1, 1)

        self.partPriceError = QLabel(self.proposeGroup)
        self.partPriceError.setObjectName(u"partPriceError")

        self.proposeGrid.addWidget(self.partPriceError, 9, 3, 1, 1)

        self.foundPartCheck = QCheckBox(self.proposeGroup)
        self.foundPartCheck.setObjectName(u"foundPartCheck")

        self.proposeGrid.addWidget(self.foundPartCheck, 12, 0, 1, 3)

        self.contactBanner = QLabel(self.proposeGroup)
        self.contactBanner.setObjectName(u"contactBanner")
        self.contactBanner.setText(u"")
        self.contactBanner.setWordWrap(True)
        self.contactBanner.setTextFormat(Qt.RichText)
        self.contactBanner.setMargin(6)

        self.proposeGrid.addWidget(self.contactBanner, 11, 0, 1, 4)

        self.proposeError = QLabel(self.proposeGroup)
        self.proposeError.setObjectName(u"proposeError")

        self.proposeGrid.addWidget(self.proposeError, 13, 0, 1, 4)

        self.proposeButton = QPushButton(self.proposeGroup)
        self.proposeButton.setObjectName(u"proposeButton")

        self.proposeGrid.addWidget(self.proposeButton, 12, 3, 1, 1)

        self.proposeGrid.setColumnStretch(1, 1)
        self.proposeGrid.setColumnStretch(3, 1)

        self.panelLayout.addWidget(self.proposeGroup)

        self.proposalsGroup = QGroupBox(AddedWorkPanel)
        self.proposalsGroup.setObjectName(u"proposalsGroup")
        self.proposalsLayout = QVBoxLayout(self.proposalsGroup)
        self.proposalsLayout.setObjectName(u"proposalsLayout")
        self.proposalsList = QTreeWidget(self.proposalsGroup)
        self.proposalsList.setObjectName(u"proposalsList")
        self.proposalsList.setRootIsDecorated(False)
        self.proposalsList.setAlternatingRowColors(True)
        self.proposalsList.setMinimumSize(QSize(0, 60))

        self.proposalsLayout.addWidget(self.proposalsList)


        self.panelLayout.addWidget(self.proposalsGroup)

        self.answerGroup = QGroupBox(AddedWorkPanel)
        self.answerGroup.setObjectName(u"answerGroup")
        self.answerGrid = QGridLayout(self.answerGroup)
        self.answerGrid.setObjectName(u"answerGrid")
        self.answerGrid.setVerticalSpacing(2)
        self.answerForLabel = QLabel(self.answerGroup)
        self.answerForLabel.setObjectName(u"answerForLabel")
        self.answerForLabel.setText(u"")
        self.answerForLabel.setWordWrap(True)
        self.answerForLabel.setTextFormat(Qt.RichText)

        self.answerGrid.addWidget(self.answerForLabel, 0, 0, 1, 4)

        self.contactedAtLabel = QLabel(self.answerGroup)
        self.contactedAtLabel.setObjectName(u"contactedAtLabel")

        self.answerGrid.addWidget(self.contactedAtLabel, 1, 0, 1, 1)

        self.contactedAtEdit = QDateTimeEdit(self.answerGroup)
        self.contactedAtEdit.setObjectName(u"contactedAtEdit")
        self.contactedAtEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.contactedAtEdit.setCalendarPopup(True)

        self.answerGrid.addWidget(self.contactedAtEdit, 1, 1, 1, 1)

        self.methodLabel = QLabel(self.answerGroup)
        self.methodLabel.setObjectName(u"methodLabel")

        self.answerGrid.addWidget(self.methodLabel, 1, 2, 1, 1)

        self.methodCombo = QComboBox(self.answerGroup)
        self.methodCombo.setObjectName(u"methodCombo")

        self.answerGrid.addWidget(self.methodCombo, 1, 3, 1, 1)

        self.contactedAtError = QLabel(self.answerGroup)
        self.contactedAtError.setObjectName(u"contactedAtError")

        self.answerGrid.addWidget(self.contactedAtError, 2, 1, 1, 1)

        self.methodError = QLabel(self.answerGroup)
        self.methodError.setObjectName(u"methodError")

        self.answerGrid.addWidget(self.methodError, 2, 3, 1, 1)

        self.answeredByLabel = QLabel(self.answerGroup)
        self.answeredByLabel.setObjectName(u"answeredByLabel")

        self.answerGrid.addWidget(self.answeredByLabel, 3, 0, 1, 1)

        self.answeredByEdit = QLineEdit(self.answerGroup)
        self.answeredByEdit.setObjectName(u"answeredByEdit")

        self.answerGrid.addWidget(self.answeredByEdit, 3, 1, 1, 1)

        self.answerRow = QHBoxLayout()
        self.answerRow.setSpacing(6)
        self.answerRow.setObjectName(u"answerRow")
        self.approvedRadio = QRadioButton(self.answerGroup)
        self.approvedRadio.setObjectName(u"approvedRadio")

        self.answerRow.addWidget(self.approvedRadio)

        self.refusedRadio = QRadioButton(self.answerGroup)
        self.refusedRadio.setObjectName(u"refusedRadio")

        self.answerRow.addWidget(self.refusedRadio)


        self.answerGrid.addLayout(self.answerRow, 3, 2, 1, 2)

        self.answeredByError = QLabel(self.answerGroup)
        self.answeredByError.setObjectName(u"answeredByError")

        self.answerGrid.addWidget(self.answeredByError, 4, 1, 1, 1)

        self.approvedError = QLabel(self.answerGroup)
        self.approvedError.setObjectName(u"approvedError")

        self.answerGrid.addWidget(self.approvedError, 4, 2, 1, 2)

        self.promiseRow = QHBoxLayout()
        self.promiseRow.setSpacing(6)
        self.promiseRow.setObjectName(u"promiseRow")
        self.newPromiseCheck = QCheckBox(self.answerGroup)
        self.newPromiseCheck.setObjectName(u"newPromiseCheck")

        self.promiseRow.addWidget(self.newPromiseCheck)

        self.newPromisedAtEdit = QDateTimeEdit(self.answerGroup)
        self.newPromisedAtEdit.setObjectName(u"newPromisedAtEdit")
        self.newPromisedAtEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.newPromisedAtEdit.setCalendarPopup(True)

        self.promiseRow.addWidget(self.newPromisedAtEdit)

        self.promiseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promiseRow.addItem(self.promiseSpacer)

        self.recordButton = QPushButton(self.answerGroup)
        self.recordButton.setObjectName(u"recordButton")

        self.promiseRow.addWidget(self.recordButton)


        self.answerGrid.addLayout(self.promiseRow, 5, 0, 1, 4)

        self.newPromisedAtError = QLabel(self.answerGroup)
        self.newPromisedAtError.setObjectName(u"newPromisedAtError")

        self.answerGrid.addWidget(self.newPromisedAtError, 6, 0, 1, 4)

        self.answerError = QLabel(self.answerGroup)
        self.answerError.setObjectName(u"answerError")

        self.answerGrid.addWidget(self.answerError, 7, 0, 1, 4)

        self.answerGrid.setColumnStretch(1, 1)
        self.answerGrid.setColumnStretch(3, 1)

        self.panelLayout.addWidget(self.answerGroup)

        self.panelLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.workNameLabel.setBuddy(self.workNameEdit)
        self.labourHoursLabel.setBuddy(self.labourHoursEdit)
        self.partLabel.setBuddy(self.partEdit)
        self.partQtyLabel.setBuddy(self.partQtyEdit)
        self.partPriceLabel.setBuddy(self.partPriceEdit)
        self.contactedAtLabel.setBuddy(self.contactedAtEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.answeredByLabel.setBuddy(self.answeredByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.workNameEdit)
        QWidget.setTabOrder(self.workNameEdit, self.labourHoursEdit)
        QWidget.setTabOrder(self.labourHoursEdit, self.partEdit)
        QWidget.setTabOrder(self.partEdit, self.partQtyEdit)
        QWidget.setTabOrder(self.partQtyEdit, self.partPriceEdit)
        QWidget.setTabOrder(self.partPriceEdit, self.foundPartCheck)
        QWidget.setTabOrder(self.foundPartCheck, self.proposeButton)
        QWidget.setTabOrder(self.proposeButton, self.proposalsList)
        QWidget.setTabOrder(self.proposalsList, self.contactedAtEdit)
        QWidget.setTabOrder(self.contactedAtEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.answeredByEdit)
        QWidget.setTabOrder(self.answeredByEdit, self.approvedRadio)
        QWidget.setTabOrder(self.approvedRadio, self.refusedRadio)
        QWidget.setTabOrder(self.refusedRadio, self.newPromiseCheck)
        QWidget.setTabOrder(self.newPromiseCheck, self.newPromisedAtEdit)
        QWidget.setTabOrder(self.newPromisedAtEdit, self.recordButton)

        self.retranslateUi(AddedWorkPanel)

        QMetaObject.connectSlotsByName(AddedWorkPanel)
    # setupUi

    def retranslateUi(self, AddedWorkPanel):
        AddedWorkPanel.setWindowTitle(QCoreApplication.translate("AddedWorkPanel", u"Added work", None))
        self.proposeGroup.setTitle(QCoreApplication.translate("AddedWorkPanel", u"Propose added work (\u8ffd\u52a0\u9805\u76ee)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"&What was found:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("AddedWorkPanel", u"What the mechanic found, e.g. brake fluid 3 % water", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"The finding: the reason the customer is asked (kept with the item)", None))
#endif // QT_CONFIG(tooltip)
        self.workNameLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Wor&k to do:", None))
        self.workNameEdit.setPlaceholderText(QCoreApplication.translate("AddedWorkPanel", u"The repair, e.g. replace the brake fluid", None))
#if QT_CONFIG(tooltip)
        self.workNameEdit.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"The name of the labour line on the work order and the settlement list", None))
#endif // QT_CONFIG(tooltip)
        self.labourHoursLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"&Labour hours:", None))
        self.labourHoursEdit.setPlaceholderText(QCoreApplication.translate("AddedWorkPanel", u"e.g. 1.5", None))
#if QT_CONFIG(tooltip)
        self.labourHoursEdit.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"Standard hours, priced at the order's hourly rate and complexity coefficient", None))
#endif // QT_CONFIG(tooltip)
        self.partLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Pa&rt:", None))
        self.partEdit.setPlaceholderText(QCoreApplication.translate("AddedWorkPanel", u"Catalog code or name, or type a name", None))
        self.partQtyLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Qt&y:", None))
        self.partPriceLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Unit pri&ce:", None))
        self.partPriceEdit.setPlaceholderText(QCoreApplication.translate("AddedWorkPanel", u"\u00a5 (catalog price)", None))
        self.foundPartCheck.setText(QCoreApplication.translate("AddedWorkPanel", u"Replaces a dama&ged part found during the repair", None))
#if QT_CONFIG(tooltip)
        self.foundPartCheck.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"The customer may have allowed replacing damaged parts found during the repair (the may-replace answer on the work order)", None))
#endif // QT_CONFIG(tooltip)
        self.proposeButton.setText(QCoreApplication.translate("AddedWorkPanel", u"Pr&opose", None))
        self.proposalsGroup.setTitle(QCoreApplication.translate("AddedWorkPanel", u"Added items", None))
        ___qtreewidgetitem = self.proposalsList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AddedWorkPanel", u"Answer", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AddedWorkPanel", u"Amount", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AddedWorkPanel", u"Item", None))
#if QT_CONFIG(tooltip)
        self.proposalsList.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"Choose an item waiting for the customer to record the answer", None))
#endif // QT_CONFIG(tooltip)
        self.answerGroup.setTitle(QCoreApplication.translate("AddedWorkPanel", u"Record the customer's answer", None))
        self.contactedAtLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Contact&ed at:", None))
        self.methodLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"&How:", None))
        self.answeredByLabel.setText(QCoreApplication.translate("AddedWorkPanel", u"Answered &by:", None))
        self.approvedRadio.setText(QCoreApplication.translate("AddedWorkPanel", u"Appro&ved", None))
        self.refusedRadio.setText(QCoreApplication.translate("AddedWorkPanel", u"Ref&used", None))
#if QT_CONFIG(tooltip)
        self.refusedRadio.setToolTip(QCoreApplication.translate("AddedWorkPanel", u"The item is not done; it is kept as a recommendation for the car's next visit", None))
#endif // QT_CONFIG(tooltip)
        self.newPromiseCheck.setText(QCoreApplication.translate("AddedWorkPanel", u"New promised t&ime agreed:", None))
        self.recordButton.setText(QCoreApplication.translate("AddedWorkPanel", u"Record the a&nswer", None))
    # retranslateUi
