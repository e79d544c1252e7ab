UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.file', MNI_LABEL='angal.menu.file' WHERE MNI_ID_A='file';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.generaldata', MNI_LABEL='angal.menu.generaldata' WHERE MNI_ID_A='generaldata';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.opd', MNI_LABEL='angal.menu.opd' WHERE MNI_ID_A='opd';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.pharmacy', MNI_LABEL='angal.menu.pharmacy' WHERE MNI_ID_A='pharmacy';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.laboratory', MNI_LABEL='angal.menu.laboratory' WHERE MNI_ID_A='laboratory';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.admission', MNI_LABEL='angal.menu.admission' WHERE MNI_ID_A='admission';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.statistics', MNI_LABEL='angal.menu.statistics' WHERE MNI_ID_A='statistics';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.printing', MNI_LABEL='angal.menu.printing' WHERE MNI_ID_A='printing';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.help', MNI_LABEL='angal.menu.help' WHERE MNI_ID_A='help';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.exit', MNI_LABEL='angal.menu.exit' WHERE MNI_ID_A='exit';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.users', MNI_LABEL='angal.menu.users' WHERE MNI_ID_A='users';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.types', MNI_LABEL='angal.menu.types' WHERE MNI_ID_A='types';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.hospital', MNI_LABEL='angal.menu.hospital' WHERE MNI_ID_A='hospital';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.ward', MNI_LABEL='angal.menu.ward' WHERE MNI_ID_A='ward';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.disease', MNI_LABEL='angal.menu.disease' WHERE MNI_ID_A='disease';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.exams', MNI_LABEL='angal.menu.exams' WHERE MNI_ID_A='exams';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.operation', MNI_LABEL='angal.menu.operation' WHERE MNI_ID_A='operation';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.vaccine', MNI_LABEL='angal.menu.vaccine' WHERE MNI_ID_A='vaccine';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.labbrowsing', MNI_LABEL='angal.menu.labbrowsing' WHERE MNI_ID_A='labbrowsing';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.medicals', MNI_LABEL='angal.menu.medicals' WHERE MNI_ID_A='medicals';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.medicalstock', MNI_LABEL='angal.menu.medicalstock' WHERE MNI_ID_A='medicalstock';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.diseaselist', MNI_LABEL='angal.menu.diseaselist' WHERE MNI_ID_A='diseaselist';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.examlist1', MNI_LABEL='angal.menu.examlist1' WHERE MNI_ID_A='examlist1';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.disctype', MNI_LABEL='angal.menu.disctype' WHERE MNI_ID_A='disctype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.delresulttype', MNI_LABEL='angal.menu.delresulttype' WHERE MNI_ID_A='delresulttype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.deliverytype', MNI_LABEL='angal.menu.deliverytype' WHERE MNI_ID_A='deliverytype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.admtype', MNI_LABEL='angal.menu.admtype' WHERE MNI_ID_A='admtype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.pretreatmenttype', MNI_LABEL='angal.menu.pretreatmenttype' WHERE MNI_ID_A='pretreatmenttype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.diseasetype', MNI_LABEL='angal.menu.diseasetype' WHERE MNI_ID_A='diseasetype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.operationtype', MNI_LABEL='angal.menu.operationtype' WHERE MNI_ID_A='operationtype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.examtype', MNI_LABEL='angal.menu.examtype' WHERE MNI_ID_A='examtype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.medstockmovtype', MNI_LABEL='angal.menu.medstockmovtype' WHERE MNI_ID_A='medstockmovtype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.medicalstype', MNI_LABEL='angal.menu.medicalstype' WHERE MNI_ID_A='medicalstype';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.laboratoryresulttype', MNI_LABEL='angal.menu.laboratoryresulttype' WHERE MNI_ID_A='laboratoryresulttype';

UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.usersusers', MNI_LABEL='angal.menu.usersusers' WHERE MNI_ID_A='usersusers';
UPDATE MENUITEM SET MNI_BTN_LABEL='angal.menu.btn.groups', MNI_LABEL='angal.menu.groups' WHERE MNI_ID_A='groups';