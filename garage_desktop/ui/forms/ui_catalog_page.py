# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from garage_desktop.ui.widgets.vertical_scroll import (ScrollContents, VerticalScrollArea)

class Ui_CatalogPage(object):
    def setupUi(self, CatalogPage):
        if not CatalogPage.objectName():
            CatalogPage.setObjectName(u"CatalogPage")
        CatalogPage.resize(1280, 760)
        self.pageLayout = QVBoxLayout(CatalogPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.ownerOnlyLabel = QLabel(CatalogPage)
        self.ownerOnlyLabel.setObjectName(u"ownerOnlyLabel")
        self.ownerOnlyLabel.setWordWrap(True)
        self.ownerOnlyLabel.setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c46c; border-radius: 3px; padding: 6px; }")

        self.pageLayout.addWidget(self.ownerOnlyLabel)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(8)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.exportButton = QPushButton(CatalogPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(CatalogPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.statusLabel = QLabel(CatalogPage)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.toolbarLayout.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.catalogTabs = QTabWidget(CatalogPage)
        self.catalogTabs.setObjectName(u"catalogTabs")
        self.catalogTabs.setDocumentMode(True)
        self.operationsPage = QWidget()
        self.operationsPage.setObjectName(u"operationsPage")
        self.operationsLayout = QHBoxLayout(self.operationsPage)
        self.operationsLayout.setSpacing(12)
        self.operationsLayout.setObjectName(u"operationsLayout")
        self.opListLayout = QVBoxLayout()
        self.opListLayout.setObjectName(u"opListLayout")
        self.opFilterLayout = QHBoxLayout()
        self.opFilterLayout.setObjectName(u"opFilterLayout")
        self.opFilterLabel = QLabel(self.operationsPage)
        self.opFilterLabel.setObjectName(u"opFilterLabel")

        self.opFilterLayout.addWidget(self.opFilterLabel)

        self.opFilterEdit = QLineEdit(self.operationsPage)
        self.opFilterEdit.setObjectName(u"opFilterEdit")
        self.opFilterEdit.setClearButtonEnabled(True)

        self.opFilterLayout.addWidget(self.opFilterEdit)

        self.opCountLabel = QLabel(self.operationsPage)
        self.opCountLabel.setObjectName(u"opCountLabel")
        self.opCountLabel.setMinimumSize(QSize(110, 0))
        self.opCountLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.opFilterLayout.addWidget(self.opCountLabel)


        self.opListLayout.addLayout(self.opFilterLayout)

        self.opTable = QTableWidget(self.operationsPage)
        if (self.opTable.columnCount() < 5):
            self.opTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.opTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.opTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.opTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.opTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.opTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.opTable.setObjectName(u"opTable")
        self.opTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.opTable.setAlternatingRowColors(True)
        self.opTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.opTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.opTable.setSortingEnabled(True)
        self.opTable.setWordWrap(False)
        self.opTable.verticalHeader().setVisible(False)

        self.opListLayout.addWidget(self.opTable)

        self.opUnitNote = QLabel(self.operationsPage)
        self.opUnitNote.setObjectName(u"opUnitNote")
        self.opUnitNote.setWordWrap(True)
        self.opUnitNote.setStyleSheet(u"color: #555;")

        self.opListLayout.addWidget(self.opUnitNote)


        self.operationsLayout.addLayout(self.opListLayout)

        self.opEditorArea = VerticalScrollArea(self.operationsPage)
        self.opEditorArea.setObjectName(u"opEditorArea")
        self.opEditorArea.setWidgetResizable(True)
        self.opEditorAreaContents = ScrollContents()
        self.opEditorAreaContents.setObjectName(u"opEditorAreaContents")
        self.opEditorAreaLayout = QVBoxLayout(self.opEditorAreaContents)
        self.opEditorAreaLayout.setObjectName(u"opEditorAreaLayout")
        self.opEditorAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.opEditorGroup = QGroupBox(self.opEditorAreaContents)
        self.opEditorGroup.setObjectName(u"opEditorGroup")
        self.opEditorGroup.setMinimumSize(QSize(340, 0))
        self.opEditorGroup.setMaximumSize(QSize(380, 16777215))
        self.opEditorLayout = QVBoxLayout(self.opEditorGroup)
        self.opEditorLayout.setObjectName(u"opEditorLayout")
        self.opFormLayout = QFormLayout()
        self.opFormLayout.setObjectName(u"opFormLayout")
        self.opCodeLabel = QLabel(self.opEditorGroup)
        self.opCodeLabel.setObjectName(u"opCodeLabel")

        self.opFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.opCodeLabel)

        self.opCodeEdit = QLineEdit(self.opEditorGroup)
        self.opCodeEdit.setObjectName(u"opCodeEdit")

        self.opFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.opCodeEdit)

        self.opCodeError = QLabel(self.opEditorGroup)
        self.opCodeError.setObjectName(u"opCodeError")

        self.opFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.opCodeError)

        self.opNameLabel = QLabel(self.opEditorGroup)
        self.opNameLabel.setObjectName(u"opNameLabel")

        self.opFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opNameLabel)

        self.opNameEdit = QLineEdit(self.opEditorGroup)
        self.opNameEdit.setObjectName(u"opNameEdit")

        self.opFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opNameEdit)

        self.opNameError = QLabel(self.opEditorGroup)
        self.opNameError.setObjectName(u"opNameError")

        self.opFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opNameError)

        self.opCategoryLabel = QLabel(self.opEditorGroup)
        self.opCategoryLabel.setObjectName(u"opCategoryLabel")

        self.opFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opCategoryLabel)

        self.opCategoryCombo = QComboBox(self.opEditorGroup)
        self.opCategoryCombo.setObjectName(u"opCategoryCombo")
        self.opCategoryCombo.setEditable(True)
        self.opCategoryCombo.setInsertPolicy(QComboBox.NoInsert)

        self.opFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opCategoryCombo)

        self.opCategoryError = QLabel(self.opEditorGroup)
        self.opCategoryError.setObjectName(u"opCategoryError")

        self.opFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opCategoryError)

        self.opHoursLabel = QLabel(self.opEditorGroup)
        self.opHoursLabel.setObjectName(u"opHoursLabel")

        self.opFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.opHoursLabel)

        self.opHoursLayout = QHBoxLayout()
        self.opHoursLayout.setObjectName(u"opHoursLayout")
        self.opHoursEdit = QLineEdit(self.opEditorGroup)
        self.opHoursEdit.setObjectName(u"opHoursEdit")
        self.opHoursEdit.setMaximumSize(QSize(90, 16777215))

        self.opHoursLayout.addWidget(self.opHoursEdit)

        self.opUnitsLabel = QLabel(self.opEditorGroup)
        self.opUnitsLabel.setObjectName(u"opUnitsLabel")
        self.opUnitsLabel.setStyleSheet(u"color: #555;")

        self.opHoursLayout.addWidget(self.opUnitsLabel)


        self.opFormLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.opHoursLayout)

        self.opHoursError = QLabel(self.opEditorGroup)
        self.opHoursError.setObjectName(u"opHoursError")

        self.opFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.opHoursError)


        self.opEditorLayout.addLayout(self.opFormLayout)

        self.opFormError = QLabel(self.opEditorGroup)
        self.opFormError.setObjectName(u"opFormError")

        self.opEditorLayout.addWidget(self.opFormError)

        self.opButtonsLayout = QHBoxLayout()
        self.opButtonsLayout.setObjectName(u"opButtonsLayout")
        self.opNewButton = QPushButton(self.opEditorGroup)
        self.opNewButton.setObjectName(u"opNewButton")

        self.opButtonsLayout.addWidget(self.opNewButton)

        self.opSaveButton = QPushButton(self.opEditorGroup)
        self.opSaveButton.setObjectName(u"opSaveButton")

        self.opButtonsLayout.addWidget(self.opSaveButton)

        self.opDeleteButton = QPushButton(self.opEditorGroup)
        self.opDeleteButton.setObjectName(u"opDeleteButton")

        self.opButtonsLayout.addWidget(self.opDeleteButton)


        self.opEditorLayout.addLayout(self.opButtonsLayout)

        self.opEditorSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.opEditorLayout.addItem(self.opEditorSpacer)


        self.opEditorAreaLayout.addWidget(self.opEditorGroup)

        self.opEditorArea.setWidget(self.opEditorAreaContents)

        self.operationsLayout.addWidget(self.opEditorArea)

        self.operationsLayout.setStretch(0, 1)
        self.catalogTabs.addTab(self.operationsPage, "")
        self.partsPage = QWidget()
        self.partsPage.setObjectName(u"partsPage")
        self.partsLayout = QHBoxLayout(self.partsPage)
        self.partsLayout.setSpacing(12)
        self.partsLayout.setObjectName(u"partsLayout")
        self.partListLayout = QVBoxLayout()
        self.partListLayout.setObjectName(u"partListLayout")
        self.partFilterLayout = QHBoxLayout()
        self.partFilterLayout.setObjectName(u"partFilterLayout")
        self.partFilterLabel = QLabel(self.partsPage)
        self.partFilterLabel.setObjectName(u"partFilterLabel")

        self.partFilterLayout.addWidget(self.partFilterLabel)

        self.partFilterEdit = QLineEdit(self.partsPage)
        self.partFilterEdit.setObjectName(u"partFilterEdit")
        self.partFilterEdit.setClearButtonEnabled(True)

        self.partFilterLayout.addWidget(self.partFilterEdit)

        self.partCountLabel = QLabel(self.partsPage)
        self.partCountLabel.setObjectName(u"partCountLabel")
        self.partCountLabel.setMinimumSize(QSize(110, 0))
        self.partCountLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.partFilterLayout.addWidget(self.partCountLabel)


        self.partListLayout.addLayout(self.partFilterLayout)

        self.partTable = QTableWidget(self.partsPage)
        if (self.partTable.columnCount() < 10):
            self.partTable.setColumnCount(10)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(6, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(7, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(8, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.partTable.setHorizontalHeaderItem(9, __qtablewidgetitem14)
        self.partTable.setObjectName(u"partTable")
        self.partTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.partTable.setAlternatingRowColors(True)
        self.partTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.partTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.partTable.setSortingEnabled(True)
        self.partTable.setWordWrap(False)
        self.partTable.verticalHeader().setVisible(False)

        self.partListLayout.addWidget(self.partTable)


        self.partsLayout.addLayout(self.partListLayout)

        self.partEditorArea = VerticalScrollArea(self.partsPage)
        self.partEditorArea.setObjectName(u"partEditorArea")
        self.partEditorArea.setWidgetResizable(True)
        self.partEditorAreaContents = ScrollContents()
        self.partEditorAreaContents.setObjectName(u"partEditorAreaContents")
        self.partEditorAreaLayout = QVBoxLayout(self.partEditorAreaContents)
        self.partEditorAreaLayout.setObjectName(u"partEditorAreaLayout")
        self.partEditorAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.partEditorGroup = QGroupBox(self.partEditorAreaContents)
        self.partEditorGroup.setObjectName(u"partEditorGroup")
        self.partEditorGroup.setMinimumSize(QSize(340, 0))
        self.partEditorGroup.setMaximumSize(QSize(380, 16777215))
        self.partEditorLayout = QVBoxLayout(self.partEditorGroup)
        self.partEditorLayout.setObjectName(u"partEditorLayout")
        self.partFormLayout = QFormLayout()
        self.partFormLayout.setObjectName(u"partFormLayout")
        self.partCodeLabel = QLabel(self.partEditorGroup)
        self.partCodeLabel.setObjectName(u"partCodeLabel")

        self.partFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partCodeLabel)

        self.partCodeEdit = QLineEdit(self.partEditorGroup)
        self.partCodeEdit.setObjectName(u"partCodeEdit")

        self.partFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partCodeEdit)

        self.partCodeError = QLabel(self.partEditorGroup)
        self.partCodeError.setObjectName(u"partCodeError")

        self.partFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partCodeError)

        self.partNameLabel = QLabel(self.partEditorGroup)
        self.partNameLabel.setObjectName(u"partNameLabel")

        self.partFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partNameLabel)

        self.partNameEdit = QLineEdit(self.partEditorGroup)
        self.partNameEdit.setObjectName(u"partNameEdit")

        self.partFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partNameEdit)

        self.partNameError = QLabel(self.partEditorGroup)
        self.partNameError.setObjectName(u"partNameError")

        self.partFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partNameError)

        self.partSpecLabel = QLabel(self.partEditorGroup)
        self.partSpecLabel.setObjectName(u"partSpecLabel")

        self.partFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partSpecLabel)

        self.partSpecEdit = QLineEdit(self.partEditorGroup)
        self.partSpecEdit.setObjectName(u"partSpecEdit")

        self.partFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partSpecEdit)

        self.partSpecError = QLabel(self.partEditorGroup)
        self.partSpecError.setObjectName(u"partSpecError")

        self.partFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partSpecError)

        self.partUnitLabel = QLabel(self.partEditorGroup)
        self.partUnitLabel.setObjectName(u"partUnitLabel")

        self.partFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partUnitLabel)

        self.partUnitEdit = QLineEdit(self.partEditorGroup)
        self.partUnitEdit.setObjectName(u"partUnitEdit")
        self.partUnitEdit.setMaximumSize(QSize(90, 16777215))

        self.partFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.partUnitEdit)

        self.partUnitError = QLabel(self.partEditorGroup)
        self.partUnitError.setObjectName(u"partUnitError")

        self.partFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partUnitError)

        self.partOriginLabel = QLabel(self.partEditorGroup)
        self.partOriginLabel.setObjectName(u"partOriginLabel")

        self.partFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.partOriginLabel)

        self.partOriginCombo = QComboBox(self.partEditorGroup)
        self.partOriginCombo.setObjectName(u"partOriginCombo")

        self.partFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.partOriginCombo)

        self.partOriginError = QLabel(self.partEditorGroup)
        self.partOriginError.setObjectName(u"partOriginError")

        self.partFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.partOriginError)

        self.partPriceLabel = QLabel(self.partEditorGroup)
        self.partPriceLabel.setObjectName(u"partPriceLabel")

        self.partFormLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.partPriceLabel)

        self.partPriceEdit = QLineEdit(self.partEditorGroup)
        self.partPriceEdit.setObjectName(u"partPriceEdit")
        self.partPriceEdit.setMaximumSize(QSize(120, 16777215))

        self.partFormLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.partPriceEdit)

        self.partPriceError = QLabel(self.partEditorGroup)
        self.partPriceError.setObjectName(u"partPriceError")

        self.partFormLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.partPriceError)

        self.partCostLabel = QLabel(self.partEditorGroup)
        self.partCostLabel.setObjectName(u"partCostLabel")

        self.partFormLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.partCostLabel)

        self.partCostEdit = QLineEdit(self.partEditorGroup)
        self.partCostEdit.setObjectName(u"partCostEdit")
        self.partCostEdit.setMaximumSize(QSize(120, 16777215))

        self.partFormLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.partCostEdit)

        self.partCostError = QLabel(self.partEditorGroup)
        self.partCostError.setObjectName(u"partCostError")

        self.partFormLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.partCostError)

        self.partMinimumLabel = QLabel(self.partEditorGroup)
        self.partMinimumLabel.setObjectName(u"partMinimumLabel")

        self.partFormLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.partMinimumLabel)

        self.partMinimumEdit = QLineEdit(self.partEditorGroup)
        self.partMinimumEdit.setObjectName(u"partMinimumEdit")
        self.partMinimumEdit.setMaximumSize(QSize(120, 16777215))

        self.partFormLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.partMinimumEdit)

        self.partMinimumError = QLabel(self.partEditorGroup)
        self.partMinimumError.setObjectName(u"partMinimumError")

        self.partFormLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.partMinimumError)

        self.partBinLabel = QLabel(self.partEditorGroup)
        self.partBinLabel.setObjectName(u"partBinLabel")

        self.partFormLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.partBinLabel)

        self.partBinEdit = QLineEdit(self.partEditorGroup)
        self.partBinEdit.setObjectName(u"partBinEdit")

        self.partFormLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.partBinEdit)

        self.partBinError = QLabel(self.partEditorGroup)
        self.partBinError.setObjectName(u"partBinError")

        self.partFormLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.partBinError)

        self.partSupplierLabel = QLabel(self.partEditorGroup)
        self.partSupplierLabel.setObjectName(u"partSupplierLabel")

        self.partFormLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.partSupplierLabel)

        self.partSupplierEdit = QLineEdit(self.partEditorGroup)
        self.partSupplierEdit.setObjectName(u"partSupplierEdit")

        self.partFormLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.partSupplierEdit)

        self.partSupplierError = QLabel(self.partEditorGroup)
        self.partSupplierError.setObjectName(u"partSupplierError")

        self.partFormLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.partSupplierError)

        self.partOnHandCaption = QLabel(self.partEditorGroup)
        self.partOnHandCaption.setObjectName(u"partOnHandCaption")

        self.partFormLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.partOnHandCaption)

        self.partOnHandLabel = QLabel(self.partEditorGroup)
        self.partOnHandLabel.setObjectName(u"partOnHandLabel")

        self.partFormLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.partOnHandLabel)


        self.partEditorLayout.addLayout(self.partFormLayout)

        self.partFormError = QLabel(self.partEditorGroup)
        self.partFormError.setObjectName(u"partFormError")

        self.partEditorLayout.addWidget(self.partFormError)

        self.partButtonsLayout = QHBoxLayout()
        self.partButtonsLayout.setObjectName(u"partButtonsLayout")
        self.partNewButton = QPushButton(self.partEditorGroup)
        self.partNewButton.setObjectName(u"partNewButton")

        self.partButtonsLayout.addWidget(self.partNewButton)

        self.partSaveButton = QPushButton(self.partEditorGroup)
        self.partSaveButton.setObjectName(u"partSaveButton")

        self.partButtonsLayout.addWidget(self.partSaveButton)

        self.partDeleteButton = QPushButton(self.partEditorGroup)
        self.partDeleteButton.setObjectName(u"partDeleteButton")

        self.partButtonsLayout.addWidget(self.partDeleteButton)


        self.partEditorLayout.addLayout(self.partButtonsLayout)

        self.partEditorSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partEditorLayout.addItem(self.partEditorSpacer)


        self.partEditorAreaLayout.addWidget(self.partEditorGroup)

        self.partEditorArea.setWidget(self.partEditorAreaContents)

        self.partsLayout.addWidget(self.partEditorArea)

        self.partsLayout.setStretch(0, 1)
        self.catalogTabs.addTab(self.partsPage, "")

        self.pageLayout.addWidget(self.catalogTabs)

#if QT_CONFIG(shortcut)
        self.opFilterLabel.setBuddy(self.opFilterEdit)
        self.opCodeLabel.setBuddy(self.opCodeEdit)
        self.opNameLabel.setBuddy(self.opNameEdit)
        self.opCategoryLabel.setBuddy(self.opCategoryCombo)
        self.opHoursLabel.setBuddy(self.opHoursEdit)
        self.partFilterLabel.setBuddy(self.partFilterEdit)
        self.partCodeLabel.setBuddy(self.partCodeEdit)
        self.partNameLabel.setBuddy(self.partNameEdit)
        self.partSpecLabel.setBuddy(self.partSpecEdit)
        self.partUnitLabel.setBuddy(self.partUnitEdit)
        self.partOriginLabel.setBuddy(self.partOriginCombo)
        self.partPriceLabel.setBuddy(self.partPriceEdit)
        self.partCostLabel.setBuddy(self.partCostEdit)
        self.partMinimumLabel.setBuddy(self.partMinimumEdit)
        self.partBinLabel.setBuddy(self.partBinEdit)
        self.partSupplierLabel.setBuddy(self.partSupplierEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.catalogTabs)
        QWidget.setTabOrder(self.catalogTabs, self.opFilterEdit)
        QWidget.setTabOrder(self.opFilterEdit, self.opTable)
        QWidget.setTabOrder(self.opTable, self.opCodeEdit)
        QWidget.setTabOrder(self.opCodeEdit, self.opNameEdit)
        QWidget.setTabOrder(self.opNameEdit, self.opCategoryCombo)
        QWidget.setTabOrder(self.opCategoryCombo, self.opHoursEdit)
        QWidget.setTabOrder(self.opHoursEdit, self.opNewButton)
        QWidget.setTabOrder(self.opNewButton, self.opSaveButton)
        QWidget.setTabOrder(self.opSaveButton, self.opDeleteButton)
        QWidget.setTabOrder(self.opDeleteButton, self.partFilterEdit)
        QWidget.setTabOrder(self.partFilterEdit, self.partTable)
        QWidget.setTabOrder(self.partTable, self.partCodeEdit)
        QWidget.setTabOrder(self.partCodeEdit, self.partNameEdit)
        QWidget.setTabOrder(self.partNameEdit, self.partSpecEdit)
        QWidget.setTabOrder(self.partSpecEdit, self.partUnitEdit)
        QWidget.setTabOrder(self.partUnitEdit, self.partOriginCombo)
        QWidget.setTabOrder(self.partOriginCombo, self.partPriceEdit)
        QWidget.setTabOrder(self.partPriceEdit, self.partCostEdit)
        QWidget.setTabOrder(self.partCostEdit, self.partMinimumEdit)
        QWidget.setTabOrder(self.partMinimumEdit, self.partBinEdit)
        QWidget.setTabOrder(self.partBinEdit, self.partSupplierEdit)
        QWidget.setTabOrder(self.partSupplierEdit, self.partNewButton)
        QWidget.setTabOrder(self.partNewButton, self.partSaveButton)
        QWidget.setTabOrder(self.partSaveButton, self.partDeleteButton)

        self.retranslateUi(CatalogPage)

        self.catalogTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CatalogPage)
    # setupUi

    def retranslateUi(self, CatalogPage):
        CatalogPage.setWindowTitle(QCoreApplication.translate("CatalogPage", u"Catalogs", None))
        self.ownerOnlyLabel.setText(QCoreApplication.translate("CatalogPage", u"Only the owner edits the catalogs and imports them. To make changes, switch to the owner with the operator button in the status bar (Ctrl+Shift+O).", None))
        self.exportButton.setText(QCoreApplication.translate("CatalogPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Save the labour operations, parts and model classes as an Excel workbook, to edit or keep", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CatalogPage", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Read a workbook in the exported layout; you see what would change, row by row, before anything is saved", None))
#endif // QT_CONFIG(tooltip)
        self.opFilterLabel.setText(QCoreApplication.translate("CatalogPage", u"&Filter:", None))
        self.opFilterEdit.setPlaceholderText(QCoreApplication.translate("CatalogPage", u"Code, name, category or pinyin initials (ghjy)", None))
        ___qtablewidgetitem = self.opTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CatalogPage", u"Code", None))
        ___qtablewidgetitem1 = self.opTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CatalogPage", u"Name", None))
        ___qtablewidgetitem2 = self.opTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CatalogPage", u"Category", None))
        ___qtablewidgetitem3 = self.opTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CatalogPage", u"Standard hours", None))
        ___qtablewidgetitem4 = self.opTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CatalogPage", u"5-minute units", None))
        self.opEditorGroup.setTitle(QCoreApplication.translate("CatalogPage", u"Labour operation", None))
        self.opCodeLabel.setText(QCoreApplication.translate("CatalogPage", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.opCodeEdit.setToolTip(QCoreApplication.translate("CatalogPage", u"A short unique code, e.g. BY-001; rows of an imported workbook are matched by it", None))
#endif // QT_CONFIG(tooltip)
        self.opNameLabel.setText(QCoreApplication.translate("CatalogPage", u"&Name:", None))
        self.opCategoryLabel.setText(QCoreApplication.translate("CatalogPage", u"Ca&tegory:", None))
#if QT_CONFIG(tooltip)
        self.opCategoryCombo.setToolTip(QCoreApplication.translate("CatalogPage", u"Choose a category or type a new one", None))
#endif // QT_CONFIG(tooltip)
        self.opHoursLabel.setText(QCoreApplication.translate("CatalogPage", u"Standard &hours:", None))
#if QT_CONFIG(tooltip)
        self.opHoursEdit.setToolTip(QCoreApplication.translate("CatalogPage", u"Standard time of the job in hours, at most two decimals (0.5 = half an hour)", None))
#endif // QT_CONFIG(tooltip)
        self.opNewButton.setText(QCoreApplication.translate("CatalogPage", u"Ne&w", None))
#if QT_CONFIG(tooltip)
        self.opNewButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Clear the form to add a new labour operation", None))
#endif // QT_CONFIG(tooltip)
        self.opSaveButton.setText(QCoreApplication.translate("CatalogPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.opSaveButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Save this labour operation (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.opDeleteButton.setText(QCoreApplication.translate("CatalogPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.opDeleteButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Delete this labour operation (not possible while repair orders use it)", None))
#endif // QT_CONFIG(tooltip)
        self.catalogTabs.setTabText(self.catalogTabs.indexOf(self.operationsPage), QCoreApplication.translate("CatalogPage", u"Labour operations (standard hours)", None))
        self.partFilterLabel.setText(QCoreApplication.translate("CatalogPage", u"&Filter:", None))
        self.partFilterEdit.setPlaceholderText(QCoreApplication.translate("CatalogPage", u"Code, name, brand / spec, supplier or pinyin initials", None))
        ___qtablewidgetitem5 = self.partTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CatalogPage", u"Code", None))
        ___qtablewidgetitem6 = self.partTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CatalogPage", u"Name", None))
        ___qtablewidgetitem7 = self.partTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CatalogPage", u"Brand / spec", None))
        ___qtablewidgetitem8 = self.partTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CatalogPage", u"Unit", None))
        ___qtablewidgetitem9 = self.partTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CatalogPage", u"Origin", None))
        ___qtablewidgetitem10 = self.partTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CatalogPage", u"Sale price", None))
        ___qtablewidgetitem11 = self.partTable.horizontalHeaderItem(6)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CatalogPage", u"Cost", None))
        ___qtablewidgetitem12 = self.partTable.horizontalHeaderItem(7)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CatalogPage", u"On hand", None))
        ___qtablewidgetitem13 = self.partTable.horizontalHeaderItem(8)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CatalogPage", u"Minimum", None))
        ___qtablewidgetitem14 = self.partTable.horizontalHeaderItem(9)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CatalogPage", u"Supplier", None))
        self.partEditorGroup.setTitle(QCoreApplication.translate("CatalogPage", u"Part", None))
        self.partCodeLabel.setText(QCoreApplication.translate("CatalogPage", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.partCodeEdit.setToolTip(QCoreApplication.translate("CatalogPage", u"The part number; rows of an imported workbook are matched by it", None))
#endif // QT_CONFIG(tooltip)
        self.partNameLabel.setText(QCoreApplication.translate("CatalogPage", u"&Name:", None))
        self.partSpecLabel.setText(QCoreApplication.translate("CatalogPage", u"&Brand / spec:", None))
        self.partUnitLabel.setText(QCoreApplication.translate("CatalogPage", u"&Unit:", None))
        self.partOriginLabel.setText(QCoreApplication.translate("CatalogPage", u"&Origin:", None))
#if QT_CONFIG(tooltip)
        self.partOriginCombo.setToolTip(QCoreApplication.translate("CatalogPage", u"Original (OEM), equivalent quality, or repaired: the customer is told which", None))
#endif // QT_CONFIG(tooltip)
        self.partPriceLabel.setText(QCoreApplication.translate("CatalogPage", u"Sale &price (yuan):", None))
        self.partCostLabel.setText(QCoreApplication.translate("CatalogPage", u"Cos&t (yuan):", None))
        self.partMinimumLabel.setText(QCoreApplication.translate("CatalogPage", u"&Minimum stock:", None))
#if QT_CONFIG(tooltip)
        self.partMinimumEdit.setToolTip(QCoreApplication.translate("CatalogPage", u"Below this quantity the part is shown for reordering", None))
#endif // QT_CONFIG(tooltip)
        self.partBinLabel.setText(QCoreApplication.translate("CatalogPage", u"Bin &location:", None))
        self.partSupplierLabel.setText(QCoreApplication.translate("CatalogPage", u"Supplie&r:", None))
        self.partOnHandCaption.setText(QCoreApplication.translate("CatalogPage", u"On hand:", None))
#if QT_CONFIG(tooltip)
        self.partOnHandLabel.setToolTip(QCoreApplication.translate("CatalogPage", u"Stock changes only through receipts, issues and counts, never here", None))
#endif // QT_CONFIG(tooltip)
        self.partNewButton.setText(QCoreApplication.translate("CatalogPage", u"Ne&w", None))
#if QT_CONFIG(tooltip)
        self.partNewButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Clear the form to add a new part", None))
#endif // QT_CONFIG(tooltip)
        self.partSaveButton.setText(QCoreApplication.translate("CatalogPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.partSaveButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Save this part (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.partDeleteButton.setText(QCoreApplication.translate("CatalogPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.partDeleteButton.setToolTip(QCoreApplication.translate("CatalogPage", u"Delete this part (not possible while repair orders or stock movements use it)", None))
#endif // QT_CONFIG(tooltip)
        self.catalogTabs.setTabText(self.catalogTabs.indexOf(self.partsPage), QCoreApplication.translate("CatalogPage", u"Parts", None))
    # retranslateUi
