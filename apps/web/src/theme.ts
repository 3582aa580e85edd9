import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for contrast (WCAG AA against white): primary #1d4ed8 is 6.7:1, error text
 * #b91c1c is 6.5:1. Chinese system fonts first so that names and case numbers render crisply.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    colorInfo: '#1d4ed8',
    // Placeholders readable at a glance (antd's default 25% black is about 1.9:1).
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.5)',
    colorError: '#b91c1c',
    colorWarning: '#b45309',
    colorSuccess: '#15803d',
    // antd derives a murky grey-green (#b4bfb6) background from this dark green: give success alerts a light one.
    colorSuccessBg: '#f0fdf4',
    colorSuccessBgHover: '#dcfce7',
    colorSuccessBorder: '#86efac',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    // Labels of descriptions, waiting steps and table sorters use the tertiary text: keep it >= 4.5:1.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#0f2a5c', headerPadding: '0 24px' },
    Descriptions: { labelColor: 'rgba(0, 0, 0, 0.65)' },
    // Group titles (系统管理) stay readable on the dark sider: about 7:1.
    Menu: { darkItemBg: '#0f2a5c', darkItemSelectedBg: '#1d4ed8', darkItemColor: 'rgba(255,255,255,0.85)', darkGroupTitleColor: 'rgba(255,255,255,0.72)' },
  },
};
