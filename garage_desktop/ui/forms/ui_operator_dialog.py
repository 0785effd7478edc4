# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operator_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OperatorDialog(object):
    def setupUi(self, OperatorDialog):
        if not OperatorDialog.objectName():
            OperatorDialog.setObjectName(u"OperatorDialog")
        OperatorDialog.resize(420, 260)
        self.dialogLayout = QVBoxLayout(OperatorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.nameLabel = QLabel(OperatorDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OperatorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(OperatorDialog)
        self.nameError.setObjectName(u"nameError")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(OperatorDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.rolesBox = QWidget(OperatorDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QGridLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesLayout.setContentsMargins(0, 0, 0, 0)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rolesBox)

        self.roleError = QLabel(OperatorDialog)
        self.roleError.setObjectName(u"roleError")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.teamLabel = QLabel(OperatorDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(OperatorDialog)
        self.teamEdit.setObjectName(u"teamEdit")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.activeCheck = QCheckBox(OperatorDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.activeError = QLabel(OperatorDialog)
        self.activeError.setObjectName(u"activeError")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.activeError)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formError = QLabel(OperatorDialog)
        self.formError.setObjectName(u"formError")

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(OperatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.teamLabel.setBuddy(self.teamEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.activeCheck)

        self.retranslateUi(OperatorDialog)
        self.buttonBox.accepted.connect(OperatorDialog.accept)
        self.buttonBox.rejected.connect(OperatorDialog.reject)

        QMetaObject.connectSlotsByName(OperatorDialog)
    # setupUi

    def retranslateUi(self, OperatorDialog):
        OperatorDialog.setWindowTitle(QCoreApplication.translate("OperatorDialog", u"Operator", None))
        self.nameLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("OperatorDialog", u"Roles:", None))
#if QT_CONFIG(tooltip)
        self.rolesBox.setToolTip(QCoreApplication.translate("OperatorDialog", u"Everything the person does here; the owner may do everything", None))
#endif // QT_CONFIG(tooltip)
        self.teamLabel.setText(QCoreApplication.translate("OperatorDialog", u"&Team:", None))
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("OperatorDialog", u"Repair team, for mechanics and foremen", None))
        self.activeCheck.setText(QCoreApplication.translate("OperatorDialog", u"&Works here now", None))
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("OperatorDialog", u"Clear it when the person leaves: their name stays on the records they made", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
