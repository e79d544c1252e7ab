-- Add HelpViewer Class entry in the DB
UPDATE MENUITEM SET MNI_CLASS='org.isf.help.HelpViewer' WHERE MNI_ID_A='help';