# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(640, 420)
        self.lockLayout = QVBoxLayout(LockScreen)
        self.lockLayout.setObjectName(u"lockLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.topSpacer)

        self.centreLayout = QHBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.leftSpacer)

        self.lockBox = QGroupBox(LockScreen)
        self.lockBox.setObjectName(u"lockBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lockBox.sizePolicy().hasHeightForWidth())
        self.lockBox.setSizePolicy(sizePolicy)
        self.lockBox.setMinimumSize(QSize(440, 0))
        self.lockBox.setMaximumSize(QSize(440, 16777215))
        self.lockBoxLayout = QVBoxLayout(self.lockBox)
        self.lockBoxLayout.setObjectName(u"lockBoxLayout")
        self.whoLabel = QLabel(self.lockBox)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.lockBoxLayout.addWidget(self.whoLabel)

        self.lockForm = QGridLayout()
        self.lockForm.setObjectName(u"lockForm")
        self.operatorLabel = QLabel(self.lockBox)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.lockForm.addWidget(self.operatorLabel, 0, 0, 1, 1)

        self.operatorCombo = QComboBox(self.lockBox)
        self.operatorCombo.setObjectName(u"operatorCombo")

        self.lockForm.addWidget(self.operatorCombo, 0, 1, 1, 1)

        self.pinLabel = QLabel(self.lockBox)
        self.pinLabel.setObjectName(u"pinLabel")

        self.lockForm.addWidget(self.pinLabel, 1, 0, 1, 1)

        self.pinEdit = QLineEdit(self.lockBox)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.lockForm.addWidget(self.pinEdit, 1, 1, 1, 1)


        self.lockBoxLayout.addLayout(self.lockForm)

        self.messageLabel = QLabel(self.lockBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.lockBoxLayout.addWidget(self.messageLabel)

        self.unlockButton = QPushButton(self.lockBox)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockBoxLayout.addWidget(self.unlockButton)


        self.centreLayout.addWidget(self.lockBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreLayout.addItem(self.rightSpacer)


        self.lockLayout.addLayout(self.centreLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorCombo)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pinEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.operatorCombo)

        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.lockBox.setTitle(QCoreApplication.translate("LockScreen", u"This PC is locked", None))
        self.operatorLabel.setText(QCoreApplication.translate("LockScreen", u"&Operator:", None))
#if QT_CONFIG(tooltip)
        self.operatorCombo.setToolTip(QCoreApplication.translate("LockScreen", u"Someone else at the PC: choose yourself (and type your PIN, if you have one)", None))
#endif // QT_CONFIG(tooltip)
        self.pinLabel.setText(QCoreApplication.translate("LockScreen", u"&PIN:", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        pass
    # retranslateUi
