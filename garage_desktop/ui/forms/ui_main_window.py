# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QSizePolicy,
    QSpacerItem, QStatusBar, QTabWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionBackupNow = QAction(MainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionMonthWorkbook = QAction(MainWindow)
        self.actionMonthWorkbook.setObjectName(u"actionMonthWorkbook")
        self.actionSetPin = QAction(MainWindow)
        self.actionSetPin.setObjectName(u"actionSetPin")
        self.actionAudit = QAction(MainWindow)
        self.actionAudit.setObjectName(u"actionAudit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 6)
        self.orderBar = QHBoxLayout()
        self.orderBar.setObjectName(u"orderBar")
        self.searchLabel = QLabel(self.central)
        self.searchLabel.setObjectName(u"searchLabel")

        self.orderBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.central)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.orderBar.addWidget(self.searchEdit)

        self.currentOrderLabel = QLabel(self.central)
        self.currentOrderLabel.setObjectName(u"currentOrderLabel")

        self.orderBar.addWidget(self.currentOrderLabel)

        self.clearOrderButton = QToolButton(self.central)
        self.clearOrderButton.setObjectName(u"clearOrderButton")

        self.orderBar.addWidget(self.clearOrderButton)

        self.orderBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderBar.addItem(self.orderBarSpacer)


        self.centralLayout.addLayout(self.orderBar)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionMonthWorkbook)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSetPin)
        self.menuFile.addAction(self.actionAudit)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Garage Desktop", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"&Backup now", None))
#if QT_CONFIG(tooltip)
        self.actionBackupNow.setToolTip(QCoreApplication.translate("MainWindow", u"Make a checked copy of the garage's data in the backup folder", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore a backup\u2026", None))
        self.actionMonthWorkbook.setText(QCoreApplication.translate("MainWindow", u"&Month-end workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionMonthWorkbook.setToolTip(QCoreApplication.translate("MainWindow", u"Export the chosen month's figures and lists as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.actionSetPin.setText(QCoreApplication.translate("MainWindow", u"Set my &PIN\u2026", None))
        self.actionAudit.setText(QCoreApplication.translate("MainWindow", u"A&udit trail\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionAudit.setToolTip(QCoreApplication.translate("MainWindow", u"Who changed what and when: state changes, prices, discounts, deposits, settings", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"Find &order:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Number, plate, name, phone or VIN (Ctrl+F)", None))
        self.currentOrderLabel.setText(QCoreApplication.translate("MainWindow", u"No order chosen", None))
        self.clearOrderButton.setText(QCoreApplication.translate("MainWindow", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clearOrderButton.setToolTip(QCoreApplication.translate("MainWindow", u"Forget the current order: each tab lists the orders waiting at its stage", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
