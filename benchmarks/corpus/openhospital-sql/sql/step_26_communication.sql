INSERT INTO MENUITEM VALUES ('communication','angal.menu.btn.chat','angal.menu.chat','x','m','main','org.isf.xmpp.gui.CommunicationFrame','N',9); 
INSERT INTO GROUPMENU VALUES ('115','admin','communication','Y');
INSERT INTO GROUPMENU VALUES ('116','guest','communication','Y');

