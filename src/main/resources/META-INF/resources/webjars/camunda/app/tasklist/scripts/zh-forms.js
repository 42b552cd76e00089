// Camunda Forms in Tasklist (form-js) speak English in their validation messages, read only
// ASCII digits and take dates as the browser's locale writes them (mm/dd/yyyy in an en-US
// Chromium, 2026/6/5 in a zh-CN one): while the webapp's language is zh, a message form-js shows
// under a field is told in Chinese, full-width digits typed with a Chinese input method (１２３，．)
// are read as the digits they are instead of being dropped, and a date field is written and read
// as yyyy-MM-dd with a Chinese calendar (weeks from Monday); a typed date the field cannot take
// (before today where the form disallows past dates, or no date at all) is refused in Chinese
// under the field instead of being silently dropped. Loaded by config.js (requireJsConfig deps).
define([], function () {
  'use strict';

  var MESSAGES = [
    [/^Field is required\.$/, function () { return '此项为必填。'; }],
    [/^Field must have minimum length of (\S+)\.$/, function (m) { return '至少 ' + m[1] + ' 个字。'; }],
    [/^Field must have maximum length of (\S+)\.$/, function (m) { return '不能超过 ' + m[1] + ' 个字。'; }],
    [/^Field must have minimum value of (\S+)\.$/, function (m) { return '不能小于 ' + m[1] + '。'; }],
    [/^Field must have maximum value of (\S+)\.$/, function (m) { return '不能大于 ' + m[1] + '。'; }],
    [/^Field must match pattern .*\.$/, function () { return '格式不符合要求。'; }],
    [/^Field must be a valid email\.$/, function () { return '请输入有效的电子邮箱地址。'; }],
    [/^Field must be a valid\s+international phone number.*$/, function () { return '请输入有效的国际电话号码。'; }]
  ];

  /** As the webapps choose: Chinese for every browser that does not ask for English (config.js). */
  function chinese() {
    return (navigator.language || '').toLowerCase().indexOf('en') !== 0;
  }

  function translate(node) {
    var text = node.nodeValue && node.nodeValue.trim();
    if (!text || text.indexOf('Field ') !== 0) {
      return;
    }
    for (var i = 0; i < MESSAGES.length; i++) {
      var match = MESSAGES[i][0].exec(text);
      if (match) {
        node.nodeValue = MESSAGES[i][1](match);
        return;
      }
    }
  }

  function translateUnder(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      translate(root);
      return;
    }
    if (!root.querySelectorAll) {
      return;
    }
    var errors = root.closest && root.closest('.fjs-form-field-error') ? [root]
      : root.querySelectorAll('.fjs-form-field-error');
    for (var i = 0; i < errors.length; i++) {
      var walker = document.createTreeWalker(errors[i], NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        translate(walker.currentNode);
      }
    }
  }

  new MutationObserver(function (changes) {
    if (!chinese()) {
      return;
    }
    changes.forEach(function (change) {
      if (change.type === 'characterData') {
        var parent = change.target.parentElement;
        if (parent && parent.closest && parent.closest('.fjs-form-field-error')) {
          translate(change.target);
        }
        return;
      }
      change.addedNodes.forEach(translateUnder);
    });
  }).observe(document.body, {childList: true, subtree: true, characterData: true});

  function ascii(text) {
    return text.replace(/[\uFF10-\uFF19]/g, function (digit) {
      return String.fromCharCode(digit.charCodeAt(0) - 0xFEE0);
    }).replace(/\uFF0E/g, '.').replace(/\uFF0D/g, '-');
  }

  function numberInput(target) {
    return target && target.classList && target.classList.contains('fjs-input') && target.closest
      && target.closest('.fjs-form-field-number');
  }

  // A number field lets only ASCII digits through its keypress: a full-width digit pressed is
  // inserted as its ASCII digit instead (the insertion reaches form-js as ordinary input).
  document.addEventListener('keypress', function (event) {
    if (numberInput(event.target) && event.key && event.key.length === 1 && ascii(event.key) !== event.key) {
      event.preventDefault();
      document.execCommand('insertText', false, ascii(event.key));
    }
  }, true);

  // Text a Chinese input method composes arrives as input, without a keypress: before form-js
  // reads it (its listener is on the field; this one runs first, capturing), full-width digits,
  // full stop and minus become their ASCII forms.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!numberInput(input) || typeof input.value !== 'string') {
      return;
    }
    var converted = ascii(input.value);
    if (converted !== input.value && /^[\d.\-]*$/.test(converted)) {
      input.value = converted;
    }
  }, true);

  // --- Dates -----------------------------------------------------------------------------------
  // form-js (1.x, bundled in lib/deps.js) derives its date field's format from
  // new Intl.DateTimeFormat('default').formatToParts(5 June 2020) and hands it to flatpickr; it
  // asks for no other format that way. Asked so while the language is zh, the answer is
  // 2020-06-05: the field reads and shows yyyy-MM-dd (flatpickr's Y-m-d), whatever the browser's
  // own locale.
  var NativeDateTimeFormat = Intl.DateTimeFormat;

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  function iso(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function IsoDateFormat() {
    var zh = new NativeDateTimeFormat('zh-CN');
    return {
      format: function (date) {
        return iso(date === undefined ? new Date() : new Date(date));
      },
      formatToParts: function (date) {
        var text = this.format(date).split('-');
        return [{type: 'year', value: text[0]}, {type: 'literal', value: '-'}, {type: 'month', value: text[1]},
          {type: 'literal', value: '-'}, {type: 'day', value: text[2]}];
      },
      resolvedOptions: function () {
        return zh.resolvedOptions();
      }
    };
  }

  function DateTimeFormat(locales, options) {
    if (locales === 'default' && options === undefined && chinese()) {
      return new IsoDateFormat();
    }
    return new NativeDateTimeFormat(locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = DateTimeFormat;

  // flatpickr (window.flatpickr, the instance form-js uses) in Chinese: month and day names, weeks
  // from Monday, Chinese labels for the screen reader.
  var CALENDAR = {
    weekdays: {
      shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: {
      shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
    },
    firstDayOfWeek: 1,
    ordinal: function () {
      return '';
    },
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换',
    amPM: ['上午', '下午'],
    yearAriaLabel: '年',
    monthAriaLabel: '月',
    hourAriaLabel: '时',
    minuteAriaLabel: '分',
    time_24hr: true
  };
  var calendarReady = false;

  function chineseCalendar(input) {
    var flatpickr = window.flatpickr;
    if (!flatpickr || !chinese()) {
      return;
    }
    if (!calendarReady) {
      flatpickr.localize(CALENDAR);
      flatpickr.setDefaults({ariaDateFormat: 'Y年n月j日'});
      calendarReady = true;
    }
    var picker = input && input._flatpickr;
    if (picker && picker.l10n && picker.l10n.firstDayOfWeek !== 1) {
      picker.set('locale', CALENDAR);
    }
    if (input && input.placeholder !== '例：' + iso(new Date())) {
      input.placeholder = '例：' + iso(new Date());
    }
  }

  function dateInput(target) {
    return target && target.classList && target.classList.contains('fjs-input') && target.closest
      && target.closest('.fjs-datepicker') ? target : null;
  }

  function datePickersUnder(root) {
    if (!root.querySelectorAll) {
      return;
    }
    var inputs = root.querySelectorAll('.fjs-datepicker input.fjs-input');
    for (var i = 0; i < inputs.length; i++) {
      chineseCalendar(inputs[i]);
    }
  }

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(datePickersUnder);
    });
  }).observe(document.body, {childList: true, subtree: true});

  document.addEventListener('focusin', function (event) {
    if (dateInput(event.target)) {
      chineseCalendar(event.target);
    }
  }, true);

  /** The typed text as yyyy-MM-dd: 2026-12-22, 2026/12/22, 2026.12.22, 2026年12月22日, full-width digits too. */
  function typedDate(text) {
    var match = /^\s*(\d{4})\s*[-\/.年]\s*(\d{1,2})\s*[-\/.月]\s*(\d{1,2})\s*日?\s*$/
      .exec(ascii(text).replace(/\uFF0F/g, '/'));
    if (!match) {
      return null;
    }
    var date = new Date(+match[1], +match[2] - 1, +match[3]);
    return date.getMonth() === +match[2] - 1 && date.getDate() === +match[3] ? date : null;
  }

  function fieldOf(input) {
    return input.closest('.fjs-form-field') || input.closest('.fjs-datepicker').parentNode;
  }

  function labelOf(input) {
    var label = input.id && document.querySelector('label[for="' + input.id + '"]');
    return label ? label.textContent.replace(/\*\s*$/, '').trim() : '日期';
  }

  function clearRefusal(input) {
    var old = fieldOf(input).querySelector('.workforce-date-refusal');
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  function refuse(input, message) {
    clearRefusal(input);
    var refusal = document.createElement('div');
    refusal.className = 'fjs-form-field-error workforce-date-refusal';
    refusal.setAttribute('role', 'alert');
    refusal.textContent = '「' + labelOf(input) + '」' + message;
    fieldOf(input).appendChild(refusal);
  }

  function startOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate());
  }

  /**
   * What was typed, judged before flatpickr reads it (this listener captures): written as
   * yyyy-MM-dd so that flatpickr reads the date that was meant; a text that is no date, or a date
   * before the field's first allowed day (today, for disallowPassedDates), is refused in Chinese
   * under the field; flatpickr then clears the field as it always does, and the refusal says why.
   */
  function judgeTypedDate(input) {
    var picker = input._flatpickr;
    var text = input.value;
    if (!chinese() || !text || !text.trim()) {
      return; // nothing typed, or the field flatpickr has just cleared: a refusal shown stays
    }
    clearRefusal(input);
    if (picker && picker.selectedDates.length && picker.formatDate(picker.selectedDates[0],
        picker.config.dateFormat) === text) {
      return;
    }
    var date = typedDate(text);
    if (!date) {
      refuse(input, '不是有效的日期：请按“年-月-日”填写，例如 ' + iso(new Date()));
      return;
    }
    if (iso(date) !== text) {
      input.value = iso(date);
    }
    var min = picker && picker.config.minDate;
    var max = picker && picker.config.maxDate;
    if (min && min.getFullYear() > 1900 && date < startOfDay(min)) {
      var today = iso(min) === iso(new Date());
      refuse(input, '不能早于' + (today ? '今天（' + iso(min) + '）' : ' ' + iso(min)) + '，收到 ' + iso(date)
        + '，请重新填写');
    } else if (max && date > startOfDay(max)) {
      refuse(input, '不能晚于 ' + iso(max) + '，收到 ' + iso(date) + '，请重新填写');
    }
  }

  document.addEventListener('blur', function (event) {
    if (dateInput(event.target)) {
      judgeTypedDate(event.target);
    }
  }, true);

  document.addEventListener('keydown', function (event) {
    if (dateInput(event.target) && (event.key === 'Enter' || event.key === 'Tab')) {
      judgeTypedDate(event.target);
    }
  }, true);

  // A date picked in the calendar is one the field takes: any refusal of a typed one goes.
  document.addEventListener('mousedown', function (event) {
    var day = event.target && event.target.closest && event.target.closest('.flatpickr-day:not(.flatpickr-disabled)');
    var field = day && day.closest('.fjs-form-field');
    var input = field && field.querySelector('.fjs-datepicker input.fjs-input');
    if (input) {
      clearRefusal(input);
    }
  }, true);

  return {};
});
