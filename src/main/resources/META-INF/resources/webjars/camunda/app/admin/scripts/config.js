// Admin of 专职党务工作者管理 (users, groups, 区镇 = Camunda tenants, authorizations): overrides the
// engine's own scripts/config.js. Options: https://docs.camunda.org/manual/7.24/webapps/admin/configuration/
export default {
  app: {
    name: '专职党务工作者管理',
    vendor: '系统管理 ·'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  disableWelcomeMessage: true
  // The end-of-life banner is hidden in styles/user-styles.css; administrators read its meaning
  // in Cockpit.
};
