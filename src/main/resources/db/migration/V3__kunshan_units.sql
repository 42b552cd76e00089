-- The city and its towns (区镇), 000 第二条. Each town becomes a Camunda tenant and gets its
-- town-committee-<code> and town-org-<code> groups at start-up (security.IdentitySetup).
insert into org_unit (code, name, kind, parent_code) values ('kunshan', '昆山市', 'CITY', null);
insert into org_unit (code, name, kind, parent_code) values ('kfq', '昆山开发区', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('gxq', '昆山高新区', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('huaqiao', '花桥经济开发区', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('zhangpu', '张浦镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('zhoushi', '周市镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('lujia', '陆家镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('bacheng', '巴城镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('qiandeng', '千灯镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('dianshanhu', '淀山湖镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('zhouzhuang', '周庄镇', 'TOWN', 'kunshan');
insert into org_unit (code, name, kind, parent_code) values ('jinxi', '锦溪镇', 'TOWN', 'kunshan');
