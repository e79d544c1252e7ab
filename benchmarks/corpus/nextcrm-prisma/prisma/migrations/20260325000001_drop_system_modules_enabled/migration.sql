DROP TABLE IF EXISTS "system_Modules_Enabled";
