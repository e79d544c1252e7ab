UPDATE OH_MENUITEM SET MNI_CLASS = 'org.isf.medstockmovtype.gui.MedicalDsrStockMovementTypeBrowser' WHERE MNI_ID_A = 'medstockmovtype';
