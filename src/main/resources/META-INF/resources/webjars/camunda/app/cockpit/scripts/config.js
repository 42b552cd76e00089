// Cockpit of 专职党务工作者管理 (administrators only): overrides the engine's own scripts/config.js.
// Options: https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/configuration/
export default {
  app: {
    name: '专职党务工作者管理',
    vendor: '流程监控 ·'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Chinese month and day names, weeks from Monday, in the date pickers (Tasklist's module).
  requireJsConfig: {
    ngDeps: ['workforce.zh'],
    deps: ['workforce-zh-datepicker'],
    paths: {
      'workforce-zh-datepicker': '../tasklist/scripts/zh-datepicker'
    }
  },
  disableWelcomeMessage: true
  // Cockpit alone keeps the engine's end-of-life banner, restyled as a note in
  // styles/user-styles.css: BANNER_CE_EOL_TEXT of locales/zh.json says in Chinese what it means.
};
