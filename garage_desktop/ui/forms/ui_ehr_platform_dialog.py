# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ehr_platform_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EhrPlatformDialog(object):
    def setupUi(self, EhrPlatformDialog):
        if not EhrPlatformDialog.objectName():
            EhrPlatformDialog.setObjectName(u"EhrPlatformDialog")
        EhrPlatformDialog.resize(620, 360)
        EhrPlatformDialog.setMinimumSize(QSize(620, 0))
        self.dialogLayout = QVBoxLayout(EhrPlatformDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(EhrPlatformDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.urlLabel = QLabel(EhrPlatformDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlBox = QVBoxLayout()
        self.urlBox.setSpacing(2)
        self.urlBox.setObjectName(u"urlBox")
        self.urlEdit = QLineEdit(EhrPlatformDialog)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setPlaceholderText(u"https://\u2026")

        self.urlBox.addWidget(self.urlEdit)

        self.urlError = QLabel(EhrPlatformDialog)
        self.urlError.setObjectName(u"urlError")

        self.urlBox.addWidget(self.urlError)


        self.accountForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.urlBox)

        self.codeLabel = QLabel(EhrPlatformDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeBox = QVBoxLayout()
        self.codeBox.setSpacing(2)
        self.codeBox.setObjectName(u"codeBox")
        self.codeEdit = QLineEdit(EhrPlatformDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeBox.addWidget(self.codeEdit)

        self.codeError = QLabel(EhrPlatformDialog)
        self.codeError.setObjectName(u"codeError")

        self.codeBox.addWidget(self.codeError)


        self.accountForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.codeBox)

        self.passwordLabel = QLabel(EhrPlatformDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(EhrPlatformDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.passwordError = QLabel(EhrPlatformDialog)
        self.passwordError.setObjectName(u"passwordError")

        self.passwordBox.addWidget(self.passwordError)


        self.accountForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passwordBox)

        self.startLabel = QLabel(EhrPlatformDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startBox = QVBoxLayout()
        self.startBox.setSpacing(2)
        self.startBox.setObjectName(u"startBox")
        self.startEdit = QDateEdit(EhrPlatformDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.startBox.addWidget(self.startEdit)

        self.startError = QLabel(EhrPlatformDialog)
        self.startError.setObjectName(u"startError")

        self.startBox.addWidget(self.startError)


        self.accountForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startBox)

        self.protocolLabel = QLabel(EhrPlatformDialog)
        self.protocolLabel.setObjectName(u"protocolLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.protocolLabel)

        self.protocolBox = QVBoxLayout()
        self.protocolBox.setSpacing(2)
        self.protocolBox.setObjectName(u"protocolBox")
        self.protocolRow = QHBoxLayout()
        self.protocolRow.setObjectName(u"protocolRow")
        self.protocolEdit = QLineEdit(EhrPlatformDialog)
        self.protocolEdit.setObjectName(u"protocolEdit")

        self.protocolRow.addWidget(self.protocolEdit)

        self.protocolButton = QPushButton(EhrPlatformDialog)
        self.protocolButton.setObjectName(u"protocolButton")

        self.protocolRow.addWidget(self.protocolButton)


        self.protocolBox.addLayout(self.protocolRow)

        self.protocolError = QLabel(EhrPlatformDialog)
        self.protocolError.setObjectName(u"protocolError")

        self.protocolBox.addWidget(self.protocolError)


        self.accountForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.protocolBox)

        self.enabledCheck = QCheckBox(EhrPlatformDialog)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enabledCheck)


        self.dialogLayout.addLayout(self.accountForm)

        self.whereLabel = QLabel(EhrPlatformDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setText(u"")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setStyleSheet(u"color: #555;")

        self.dialogLayout.addWidget(self.whereLabel)

        self.formError = QLabel(EhrPlatformDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.protocolLabel.setBuddy(self.protocolEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urlEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.protocolEdit)
        QWidget.setTabOrder(self.protocolEdit, self.protocolButton)
        QWidget.setTabOrder(self.protocolButton, self.enabledCheck)

        self.retranslateUi(EhrPlatformDialog)

        QMetaObject.connectSlotsByName(EhrPlatformDialog)
    # setupUi

    def retranslateUi(self, EhrPlatformDialog):
        EhrPlatformDialog.setWindowTitle(QCoreApplication.translate("EhrPlatformDialog", u"Health record platform account", None))
        self.introLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"The provincial platform (\u6c7d\u8eca\u7dad\u4fee\u96fb\u5b50\u5065\u5eb7\u6a94\u6848) gives the garage an address, a company code and a password. Settled orders are then uploaded in the background from this PC.", None))
        self.urlLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"Platform &address", None))
        self.codeLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"&Company code", None))
        self.passwordLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"&Password", None))
        self.startLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"Upload orders settled &from", None))
#if QT_CONFIG(tooltip)
        self.startEdit.setToolTip(QCoreApplication.translate("EhrPlatformDialog", u"Orders settled before this day are not sent (a garage joining the platform does not send its past years)", None))
#endif // QT_CONFIG(tooltip)
        self.protocolLabel.setText(QCoreApplication.translate("EhrPlatformDialog", u"Pr&otocol file", None))
        self.protocolEdit.setPlaceholderText(QCoreApplication.translate("EhrPlatformDialog", u"the national protocol shipped with the program", None))
#if QT_CONFIG(tooltip)
        self.protocolEdit.setToolTip(QCoreApplication.translate("EhrPlatformDialog", u"Only for a province whose platform takes other addresses, key names or codes: its protocol file (a copy of resources/ehr/protocol.json changed to match)", None))
#endif // QT_CONFIG(tooltip)
        self.protocolButton.setText(QCoreApplication.translate("EhrPlatformDialog", u"C&hoose\u2026", None))
        self.enabledCheck.setText(QCoreApplication.translate("EhrPlatformDialog", u"&Upload settled orders to the platform", None))
    # retranslateUi
