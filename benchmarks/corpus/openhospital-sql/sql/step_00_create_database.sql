-- drop oh database
drop database if exists oh;
-- create oh database
create database oh CHARACTER SET utf8;

use oh;
