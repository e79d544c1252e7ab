INSERT INTO MENUITEM VALUES ('btnadmbill','angal.menu.btn.btnadmbill','angal.menu.btnadmbill','x','R','admission','none','N', 4);
INSERT INTO GROUPMENU (GM_UG_ID_A, GM_MNI_ID_A, GM_ACTIVE) VALUES ('admin','btnadmbill','Y');

INSERT INTO MENUITEM VALUES ('btnbillreceipt','angal.menu.btn.btnbillreceipt','angal.menu.btnbillreceipt','x','R','billsmanager','none','N', 4);
INSERT INTO GROUPMENU (GM_UG_ID_A, GM_MNI_ID_A, GM_ACTIVE) VALUES ('admin','btnbillreceipt','Y');
