// The date pickers of Camunda's webapps (Tasklist's "设置到期日" / "设置跟进日期", Cockpit's filters)
// are AngularJS UI Bootstrap's: they take month and day names from AngularJS's $locale, which
// Camunda ships in English only, and start the week on Sunday. While the webapp's language is zh
// they get Chinese names, a "2026年12月" title and weeks from Monday; back in en, the English ones.
// Loaded by config.js (requireJsConfig: this AMD module, and its AngularJS module as an ngDep).
define(['angular'], function (angular) {
  'use strict';

  var CHINESE = {
    MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    AMPMS: ['上午', '下午'],
    FIRSTDAYOFWEEK: 0
  };
  var CHINESE_PICKER = {startingDay: 1, formatMonthTitle: 'y年M月', formatDayTitle: 'y年M月', formatDayHeader: 'EEE'};

  return angular.module('workforce.zh', []).run([
    '$rootScope', '$locale', '$translate', 'uibDatepickerConfig',
    function ($rootScope, $locale, $translate, pickerConfig) {
      var english = {
        formats: angular.copy($locale.DATETIME_FORMATS),
        picker: angular.copy(pickerConfig)
      };
      function follow(language) {
        var chinese = language === 'zh';
        angular.extend($locale.DATETIME_FORMATS, chinese ? CHINESE : english.formats);
        angular.forEach(CHINESE_PICKER, function (value, key) {
          pickerConfig[key] = chinese ? value : english.picker[key];
        });
      }
      follow($translate.proposedLanguage() || $translate.use());
      $rootScope.$on('$translateChangeSuccess', function (event, change) {
        follow(change.language);
      });
    }
  ]);
});
