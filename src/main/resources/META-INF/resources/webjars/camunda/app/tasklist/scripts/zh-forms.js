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

  return {};
});
