// Tasklist of 专职党务工作者管理: overrides the engine's own scripts/config.js (same path in the
// camunda-webapp-webjar; the application's classes come first on the classpath). Options:
// https://docs.camunda.org/manual/7.24/webapps/tasklist/configuration/
export default {
  // Header and page title read "<vendor> <name>"; the login page shows the name alone.
  app: {
    name: '专职党务工作者管理',
    vendor: '任务办理 ·'
  },
  // Simplified Chinese first and for every browser language we have no file for (locales/zh.json,
  // ours); a browser asking for English still gets the engine's en.json.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Dates through the locale's moment formats (zh.json dateLocales: YYYY-MM-DD, YYYY年M月D日).
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Chinese month and day names, weeks from Monday, in the date pickers (set due / follow-up date);
  // Chinese validation messages and full-width digits in Camunda Forms; the dossier link in the header.
  requireJsConfig: {
    ngDeps: ['workforce.zh'],
    deps: ['workforce-zh-datepicker', 'workforce-zh-forms', 'workforce-dossier-link'],
    paths: {
      'workforce-zh-datepicker': 'scripts/zh-datepicker',
      'workforce-zh-forms': 'scripts/zh-forms',
      // 我的档案 / 工作者档案 in the header: a link to static/dossier.html.
      'workforce-dossier-link': 'scripts/dossier-link'
    }
  },
  // No "Welcome to Camunda, see the Camunda Welcome Page" box at an approver's first login.
  disableWelcomeMessage: true,
  // The end-of-life banner and "Create task" (standalone tasks are off in application.yaml) are
  // hidden in styles/user-styles.css: Camunda offers no setting for either.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '光标移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '光标移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '光标移到任务表单的第一个输入项'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
