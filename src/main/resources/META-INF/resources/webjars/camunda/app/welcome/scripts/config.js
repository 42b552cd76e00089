// Welcome page (the user's applications and profile) of 专职党务工作者管理: overrides the engine's own
// scripts/config.js. Options: https://docs.camunda.org/manual/7.24/webapps/welcome/configuration/
export default {
  app: {
    name: '专职党务工作者管理',
    vendor: '首页 ·'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  disableWelcomeMessage: true
  // The end-of-life banner is hidden in styles/user-styles.css.
};
