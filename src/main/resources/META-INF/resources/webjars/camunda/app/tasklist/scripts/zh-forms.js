// Camunda Forms in Tasklist (form-js) speak English in their validation messages and read only
// ASCII digits: while the webapp's language is zh, a message form-js shows under a field is told
// in Chinese, and full-width digits typed with a Chinese input method (１２３，．) are read as the
// digits they are instead of being dropped. Loaded by config.js (requireJsConfig deps).
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

  function chinese() {
    var language = (document.documentElement.getAttribute('lang') || navigator.language || '').toLowerCase();
    return language.indexOf('en') !== 0;
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
    var errors = root.matches && root.matches('.fjs-form-field-error') ? [root]
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

  // Before form-js reads an input (its listener is on the field; this one runs first, capturing):
  // full-width digits, full stop, comma and minus become their ASCII forms.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input || !input.classList || !input.classList.contains('fjs-input') || typeof input.value !== 'string') {
      return;
    }
    var ascii = input.value.replace(/[\uFF10-\uFF19]/g, function (digit) {
      return String.fromCharCode(digit.charCodeAt(0) - 0xFEE0);
    }).replace(/\uFF0E|\u3002(?=\d)/g, '.').replace(/\uFF0D/g, '-');
    if (ascii !== input.value && /^[\d.\-]*$/.test(ascii) && input.closest('.fjs-form-field-number')) {
      input.value = ascii;
    }
  }, true);

  return {};
});
