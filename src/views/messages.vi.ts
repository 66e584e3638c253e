/**
 * The interface in Vietnamese: the same keys as messages.ts, typed so that a missing key is a type
 * error. Loaded on its own, only when the page is in Vietnamese (language.ts); the words of the
 * views loaded later are in messagesOnDemand.vi.ts, loaded with them. Terms follow the project's
 * Vietnamese glossary.
 */
import type { Messages } from './messages.ts';

export { VIETNAMESE_DATE_PATTERNS, VIETNAMESE_TICK_PATTERNS } from '../model/vietnameseDates.ts';

/**
 * A page in Vietnamese because the browser prefers it gets `lang=vi` in its address, so that
 * shared links and embeds carry the language (English, the default, keeps addresses plain).
 * Here rather than in main.ts: only a Vietnamese page needs it.
 */
export function putLanguageInAddress(): void {
  // No import of model/language.ts here: a module shared with the first visit would be split
  // into chunks of its own, and the first visit would fetch them too.
  const params = new URLSearchParams(window.location.search);
  if (params.get('lang') === 'vi') return;
  params.set('lang', 'vi');
  try {
    window.history.replaceState(null, '', `?${params}`);
  } catch {
    // An address that cannot be rewritten (file://, some sandboxes): the page is Vietnamese anyway.
  }
}

const events = (count: number) => `${count} sự kiện`;

export const vi: Messages = {
  appTitle: 'Quan hệ Việt Nam – Hoa Kỳ',
  languageSwitch: 'Ngôn ngữ',
  languageNames: { en: 'English', vi: 'Tiếng Việt' },
  appSubtitle: 'Dòng thời gian từ 5 nguồn tư liệu, 1890–2025',
  loading: 'Đang tải dòng thời gian…',
  loadFailed: 'Không thể hiển thị dòng thời gian',
  loadFailedHint: 'Hãy kiểm tra tệp dữ liệu ghi trong địa chỉ, hoặc tải lại trang.',
  eventCount: events,
  sourcesLine: (titles) => `Nguồn: ${titles.join('; ')}`,
  embedButton: 'Nhúng',
  embedOpenFull: 'Mở dòng thời gian đầy đủ',
  embedOpenFullHint: '(mở trong thẻ mới)',
  figuresToggle: (shown) => (shown ? 'Ẩn số liệu' : 'Hiện số liệu'),
  dataButton: 'Xuất / nhập',
  importedBanner: (name) => `Đang hiển thị dòng thời gian bạn đã mở: ${name}`,
  importedBack: 'Quay lại dòng thời gian Việt Nam – Hoa Kỳ',
  shareButton: 'Chia sẻ',
  presentButton: 'Trình chiếu',
  presentTitle: 'Trình chiếu',
  printButton: 'In tài liệu phát tay',
  printListFrom: (url) => `Từ ${url}`,
  filtersHeading: 'Bộ lọc',
  filtersToggle: (active) => (active ? 'Bộ lọc (đang bật)' : 'Bộ lọc'),
  themeFilterLabel: 'Chủ đề',
  themeToggleName: (label, count) => `${label}: ${events(count)}`,
  onlyThisTheme: 'chỉ',
  onlyThisThemeName: (label) => `Chỉ hiện ${label}`,
  allThemes: 'Mọi chủ đề',
  importanceLabel: 'Hiện',
  importanceOptions: {
    1: 'Mọi sự kiện',
    2: 'Sự kiện đáng chú ý và cột mốc',
    3: 'Chỉ các cột mốc',
  },
  resetFilters: 'Bỏ mọi bộ lọc',
  shownCount: (shown, total) =>
    shown === total ? `Tất cả ${total} sự kiện` : `${shown} trên ${total} sự kiện`,
  timelineLabel: (from, to) =>
    `Dòng thời gian từ ${from} đến ${to}. Phím mũi tên để cuộn, cộng và trừ để phóng to thu nhỏ, 0 để xem toàn bộ; Tab để đi qua các sự kiện.`,
  overviewName: 'Đoạn dòng thời gian đang xem',
  overviewValue: (from, to) => `từ ${from} đến ${to}`,
  // A narrow gutter: the years alone ("1888–2028"), without "năm" before each.
  overviewGutter: (from, to) =>
    `Mọi sự kiện, ${from.replace(/^năm /, '')}–${to.replace(/^năm /, '')}`,
  eraZoom: (label) => `${label}: phóng to giai đoạn này`,
  zoomControls: 'Thu phóng',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fitAll: 'Xem toàn bộ',
  fitShown: 'Vừa khung',
  wheelHint: (modifier) =>
    `Giữ ${modifier} và cuộn để thu phóng, hoặc bấm vào dòng thời gian trước`,
  markName: (title, date, extra) => `${title}, ${date}${extra}`,
  markMilestone: ', cột mốc',
  markDisputed: ', có tranh cãi',
  clusterName: (count, range) =>
    `Thêm ${count} sự kiện, ${range}. Kích hoạt để phóng to vào các sự kiện này.`,
  visibleRange: (from, to, count) => `Đang hiện từ ${from} đến ${to}: ${events(count)}.`,
  clusterListName: (count, range) => `${count} sự kiện, ${range}`,
  clusterListClose: 'Đóng danh sách',
  clusterHoldsSelected: ', có sự kiện đang chọn',
  viewSwitch: 'Cách xem',
  viewTimeline: 'Dòng thời gian',
  viewList: 'Danh sách',
  viewSources: 'Nguồn',
  viewDisputes: 'Khác biệt',
  viewCoverage: 'Độ bao phủ',
  pageTitle: (parts) =>
    [...parts, 'Quan hệ Việt Nam – Hoa Kỳ: dòng thời gian từ các nguồn'].join(' – '),
  footerCoverage: 'Dành cho biên tập viên: mọi mốc ngày trong tư liệu và nơi nó được dùng',
  footerSources:
    'Mỗi sự kiện đều lấy từ năm bài viết về quan hệ Việt Nam – Hoa Kỳ (2021–2025) và trích nguyên văn các bài đó.',
  searchLabel: 'Tìm sự kiện',
  searchPlaceholder: 'Tìm người, địa danh, hiệp định…',
  searchClear: 'Xóa tìm kiếm',
  searchLoading: 'Đang tải công cụ tìm kiếm…',
  searchNoResults: 'Không có sự kiện nào khớp',
  searchResults: (count, shown) =>
    `${count} kết quả` + (count > shown ? `, liệt kê ${shown} kết quả đầu` : ''),
  searchInTitle: 'trong tiêu đề',
  searchInSummary: 'trong phần tóm tắt',
  searchInQuote: 'trong trích dẫn',
  searchInPeople: 'nhân vật',
  searchInPlaces: 'địa danh',
  coverageLoading: 'Đang tải báo cáo độ bao phủ…',
  coverageLoadFailed: 'Không thể hiển thị báo cáo độ bao phủ',
};
