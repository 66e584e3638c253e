/**
 * The views loaded later, in Vietnamese: the same keys as messagesOnDemand.ts, typed so that a
 * missing key is a type error. Fetched with the first of those views, only on a Vietnamese page
 * (language.ts), so the first visit carries only messages.vi.ts.
 */
import { viImportWords } from './importWords.vi.ts';
import type { OnDemandMessages } from './messagesOnDemand.ts';

const asOf = (date: string) => `Tính đến ${date}`;

export const viOnDemand: OnDemandMessages = {
  loadProblem: ({ kind, file, where, status }) => {
    const what =
      file === 'coverage'
        ? 'báo cáo độ bao phủ'
        : file === 'details'
          ? 'phần chi tiết của dòng thời gian'
          : 'dữ liệu dòng thời gian';
    if (kind === 'off-site') {
      return file === 'details'
        ? `Tệp chi tiết “${where}” không nằm trên trang này.`
        : 'Tùy chọn data chỉ đến một tệp trang này không thể tải: chỉ tải được các tệp dòng thời gian trên chính trang này (ví dụ ?data=data/timeline.json).';
    }
    if (kind === 'http') {
      return (
        `Không tải được ${what} từ ${where} (HTTP ${status}).` +
        (file === 'coverage' && status === 404 ? ' Hãy chạy `npm run data` để tạo báo cáo.' : '')
      );
    }
    if (kind === 'unreachable') return `Không tải được ${what} từ ${where}.`;
    if (kind === 'unreadable') return `Không đọc được ${what} từ ${where}.`;
    if (kind === 'not-json') return `Tệp ${what} ở ${where} không phải JSON hợp lệ.`;
    if (kind === 'inconsistent') {
      return `Tệp ${what} ở ${where} tự mâu thuẫn: các con số tổng không khớp với các lần nhắc được liệt kê.`;
    }
    if (kind === 'incomplete') {
      return `Tệp chi tiết ${where} thiếu những sự kiện mà tệp chỉ mục có nêu.`;
    }
    return `Tệp ${what} ở ${where} không có cấu trúc như mong đợi.`;
  },
  shareHeading: 'Chia sẻ cách xem này',
  shareLinkLabel: 'Liên kết đến đúng cách xem này',
  shareCopy: 'Sao chép liên kết',
  shareCopied: 'Đã sao chép liên kết.',
  shareCopyFailed: 'Không sao chép được: liên kết đã được chọn, hãy bấm Ctrl+C (⌘C trên máy Mac).',
  shareSystem: 'Chia sẻ…',
  shareQrName: 'Mã QR của liên kết đến cách xem này',
  shareQrHint: 'Hướng camera điện thoại vào mã để mở cách xem này.',
  shareClose: 'Đóng',
  presentLabel: 'Trình chiếu',
  presentCounter: (step, count) => `${step} / ${count}`,
  presentCounterName: (step, count) => `Bước ${step} trên ${count}`,
  presentAnnounce: (step, count, title, date) => `Bước ${step} trên ${count}: ${title}, ${date}`,
  presentPrevious: 'Trước',
  presentNext: 'Tiếp',
  presentLeave: 'Thoát',
  presentLeaveName: 'Thoát trình chiếu (Escape)',
  presentNavigation: 'Các bước',
  presentKeys: 'Phím mũi tên, Page Up / Page Down, Space hoặc vuốt để chuyển; Escape để thoát',
  presentEmpty: 'Không có sự kiện nào để trình chiếu với các bộ lọc này.',
  presentTourIgnored: (ids) =>
    `Bị bỏ khỏi lượt trình chiếu vì không có trong dòng thời gian: ${ids.join(', ')}`,
  presentQuoteFrom: (document) => `— ${document}`,
  presentPosition: (date, from, to) =>
    `Vị trí của ${date} trên dòng thời gian từ ${from} đến ${to}`,
  timelineJsBadUrl: 'Tùy chọn timelinejs phải là một địa chỉ web (http hoặc https).',
  timelineJsFetchFailed: (url) => `Không tải được tệp TimelineJS từ ${url}.`,
  timelineJsFailed: (name) => `Không mở được tệp TimelineJS ${name}.`,
  printHeading: (title) => title,
  printFilters: (parts) => (parts.length === 0 ? 'Mọi sự kiện' : `Đang hiện: ${parts.join(' · ')}`),
  printThemes: (labels) => `chủ đề ${labels.join(', ')}`,
  printSearch: (query) => `tìm “${query}”`,
  printSources: 'Mỗi sự kiện đều trích nguyên văn nguồn của nó. Các tư liệu được trích:',
  handoutTimeline: (from, to) => `Các sự kiện được hiện, từ ${from} đến ${to}`,
  handoutQuoteFrom: (document) => `— ${document}`,
  handoutDisputesHeading: 'Chỗ các nguồn khác nhau',
  handoutDisputesIntro:
    'Các tư liệu đưa ra những câu trả lời khác nhau. Hãy đọc từng nhận định, rồi thảo luận câu hỏi bên dưới.',
  handoutClaimSays: (says) => `Nội dung: ${says}`,
  handoutQuestion: 'Thảo luận:',
  handoutQuestionFallback:
    'Vì sao các tư liệu này có thể đưa ra câu trả lời khác nhau, và em cần biết gì để quyết định giữa chúng?',
  printWithoutDetails:
    'Phần tóm tắt và nguồn được in sau khi đã tải xong: hãy dùng nút “In tài liệu phát tay”.',
  printGenerated: (url) => `Từ ${url}`,
  dataHeading: 'Xuất hoặc nhập sự kiện',
  dataExportHeading: 'Xuất các sự kiện đang hiện',
  dataExportIntro: (count) =>
    `${count === 1 ? 'Sự kiện' : `${count} sự kiện`} mà bộ lọc đang hiện, kèm ngày tháng, chủ đề, tóm tắt và nguồn.`,
  dataExportCsv: 'Tải CSV (bảng tính)',
  dataExportTimelineJs: 'Tải JSON TimelineJS',
  dataImportHeading: 'Mở một dòng thời gian TimelineJS',
  dataImportIntro:
    'Một tệp JSON TimelineJS3 của Knight Lab, hiển thị trong trình xem này thay cho dòng thời gian Việt Nam – Hoa Kỳ. Mã lệnh trong văn bản bị loại bỏ; không có gì rời khỏi máy tính của bạn.',
  dataImportLabel: 'Tệp JSON TimelineJS',
  dataImportDone: (count) => `Đã mở: ${count} sự kiện.`,
  dataImportFailed: 'Không mở được tệp:',
  dataClose: 'Đóng',
  importWords: viImportWords,
  csvWords: {
    columns: {
      id: 'mã',
      title: 'tiêu đề',
      date: 'ngày tháng',
      start: 'bắt đầu',
      end: 'kết thúc',
      precision: 'độ chính xác',
      'date basis': 'cơ sở ngày tháng',
      'date note': 'ghi chú ngày tháng',
      themes: 'chủ đề',
      importance: 'mức quan trọng',
      milestone: 'cột mốc',
      disputed: 'có tranh cãi',
      summary: 'tóm tắt',
      people: 'nhân vật',
      places: 'địa danh',
      sources: 'nguồn',
      quotes: 'trích dẫn',
    },
    yes: 'có',
    no: 'không',
    precision: { year: 'năm', month: 'tháng', day: 'ngày' },
    basis: { stated: 'do nguồn nêu', inferred: 'suy ra' },
    endPrecision: (start, end) => `${start} (kết thúc: ${end})`,
  },
  listHeading: 'Mọi sự kiện, theo thứ tự',
  yearHeading: (year) => year,
  themesLabel: 'Chủ đề',
  milestone: 'Cột mốc',
  disputed: 'Có tranh cãi',
  disputedHint: 'Các nguồn không thống nhất về điều này; xem các nhận định cạnh nhau.',
  sourcesDiffer: 'Các nguồn khác nhau',
  sourcesDifferHint:
    'Các tư liệu đưa ra số liệu hoặc ngày tháng khác nhau cho điều này, theo những cách đều có thể đúng (làm tròn, ước chừng, thời điểm hay cách đo khác nhau); xem các nhận định cạnh nhau.',
  sourcesContradict: 'Các nguồn mâu thuẫn',
  sourcesContradictHint:
    'Các tư liệu mâu thuẫn nhau về điều này: không thể tất cả đều đúng. Xem các nhận định cạnh nhau.',
  dateStated: 'Ngày tháng do nguồn nêu',
  dateInferred: 'Ngày tháng suy ra',
  embedHeading: 'Nhúng dòng thời gian này vào trang dạy học',
  embedIntro:
    'Dán đoạn này vào trang của bạn (WordPress, Moodle, Google Sites hoặc HTML thường). Dòng script giúp dòng thời gian cao vừa nội dung; không có nó, dòng thời gian giữ chiều cao bên dưới.',
  embedHeight: 'Chiều cao (điểm ảnh)',
  embedControlsLegend: 'Hiện trong khung nhúng',
  embedControlNames: {
    title: 'Tiêu đề',
    search: 'Tìm kiếm',
    filters: 'Bộ lọc chủ đề và mức quan trọng',
    views: 'Chuyển dòng thời gian / danh sách',
    language: 'Chọn ngôn ngữ',
  },
  embedKeepState: 'Giữ sự kiện, bộ lọc, tìm kiếm và cách xem hiện tại',
  embedSnippetLabel: 'Mã nhúng',
  embedCopy: 'Sao chép mã',
  embedCopied: 'Đã sao chép vào bộ nhớ tạm.',
  embedCopyFailed: 'Hãy chọn mã và sao chép bằng Ctrl+C (⌘+C trên máy Mac).',
  embedClose: 'Đóng',
  embedFrameTitle: 'Quan hệ Việt Nam – Hoa Kỳ: dòng thời gian từ các nguồn',
  figuresHeading: 'Số liệu từ các nguồn',
  figuresSeriesLabel: 'Số liệu',
  figuresLogScale: 'thang logarit: mỗi bậc gấp mười lần bậc dưới',
  figuresLinearScale: 'thang tuyến tính từ 0',
  figuresUnit: (unit) => `đơn vị: ${unit}`,
  figuresAlign: 'Khớp với các năm của dòng thời gian',
  figuresAll: 'Mọi số liệu, mỗi đơn vị một khung',
  figuresPanelHeading: (unit) => `Đơn vị: ${unit}`,
  figuresPointName: (series, date, value, extra) => `${series}, ${date}: ${value}${extra}`,
  figuresDisputedMark: ', có tranh cãi: các nguồn không thống nhất',
  figuresQualifier: {
    exact: '',
    about: 'khoảng ',
    'more-than': 'hơn ',
    'less-than': 'dưới ',
    nearly: 'gần ',
    'at-most': 'tối đa ',
  },
  figuresAsOf: asOf,
  figuresClaims: 'Mỗi nguồn nói gì',
  figuresTableSummary: 'Cùng số liệu dưới dạng bảng',
  figuresTableSummaryOf: (series) => `${series}: cùng số liệu dưới dạng bảng`,
  figuresTableCaption: (series, unit) => `${series} (${unit})`,
  figuresTableHeaders: ['Thời điểm', 'Giá trị', 'Nguyên văn trong nguồn', 'Nguồn', 'Có tranh cãi'],
  figuresYes: 'có',
  figuresNo: 'không',
  panelClose: 'Đóng chi tiết',
  panelDateInferredHow: 'Cách suy ra:',
  panelSummary: 'Tóm tắt',
  panelEditorsNote: 'Ghi chú của biên tập viên',
  panelPeopleAndPlaces: 'Nhân vật và địa danh',
  panelPeople: 'Nhân vật',
  panelPlaces: 'Địa danh',
  panelDisputes: 'Các nhận định có tranh cãi',
  panelAsOf: asOf,
  panelSources: 'Nguồn',
  panelOriginalArticle: 'Bài viết gốc',
  panelOpensInNewTab: '(mở trong thẻ mới)',
  panelReadInSource: 'Đọc trong nguồn',
  panelReadInSourceOf: (documentTitle) => ` — ${documentTitle}`,
  panelFigures: 'Số liệu liên quan',
  panelFigureUnit: (unit) => `(chuỗi số liệu, đơn vị: ${unit})`,
  panelRelated: 'Sự kiện liên quan',
  panelNavigation: 'Trước và sau',
  panelNavInTime: 'Theo thứ tự thời gian',
  panelNavInTheme: (theme) => `Trong chủ đề ${theme}`,
  panelNavPrevious: 'Trước',
  panelNavNext: 'Sau',
  panelNavPreviousEvent: (title, date) => `Sự kiện trước: ${title}, ${date}`,
  panelNavNextEvent: (title, date) => `Sự kiện sau: ${title}, ${date}`,
  panelNavPreviousInTheme: (theme, title, date) => `Trước đó trong ${theme}: ${title}, ${date}`,
  panelNavNextInTheme: (theme, title, date) => `Tiếp theo trong ${theme}: ${title}, ${date}`,
  panelNavNoEarlier: 'Không có sự kiện sớm hơn',
  panelNavNoLater: 'Không có sự kiện muộn hơn',
  disputesHeading: 'Chỗ các nguồn khác nhau',
  disputesIntro:
    'Các tư liệu không phải lúc nào cũng thống nhất: chúng đưa ra những con số, thứ hạng và ngày tháng khác nhau. Phần lớn khác biệt có thể giải thích được (làm tròn, ước chừng, số liệu lấy vào thời điểm khác nhau hoặc đo những thứ khác nhau); chỉ những mâu thuẫn mới không thể cùng đúng. Chúng được xếp theo loại bên dưới. Mỗi nhận định được đặt cạnh các nhận định khác và trích nguyên văn, kèm tư liệu gốc và thời điểm nó đúng. Ở đây không chọn bên nào đúng: hãy so sánh các nhận định và tự hỏi vì sao chúng khác nhau.',
  disputesCount: (count) => `${count} chỗ khác biệt giữa các tư liệu`,
  disputesNone: 'Chưa ghi nhận chỗ khác biệt nào giữa các tư liệu.',
  disputesNote: 'Ghi chú của biên tập viên:',
  disputesAsOf: asOf,
  disputesEvents: 'Các sự kiện liên quan',
  disputesFigures: 'Các số liệu liên quan',
  disputesKindLabel: 'Khác nhau ở chỗ:',
  disputesGroupHeading: (label, count) => `${label} (${count})`,
  disputeKinds: {
    contradiction: {
      group: 'Mâu thuẫn',
      tag: 'Mâu thuẫn',
      explanation:
        'Các tư liệu nói về cùng một điều, cùng một thời điểm, nhưng nói khác nhau: không thể tất cả đều đúng.',
    },
    'different-measures': {
      group: 'Cách đo khác nhau',
      tag: 'Cách đo khác nhau',
      explanation:
        'Các tư liệu đo những thứ khác nhau dưới những từ gần giống nhau, như vốn đầu tư mới trong nửa năm và tổng vốn của mọi dự án: mỗi con số đều có thể đúng.',
    },
    'different-dates': {
      group: 'Thời điểm đo khác nhau',
      tag: 'Thời điểm khác nhau',
      explanation:
        'Cùng một thước đo, lấy vào những thời điểm khác nhau: các số liệu đều có thể đúng, và sự thay đổi giữa chúng có thể là thật.',
    },
    approximation: {
      group: 'Số ước chừng',
      tag: 'Ước chừng',
      explanation:
        'Một tư liệu đưa ra con số cụ thể, tư liệu khác đưa ra số tròn hoặc chỉ một giới hạn (“hơn”, “tới”): tất cả đều có thể đúng.',
    },
    rounding: {
      group: 'Làm tròn',
      tag: 'Làm tròn',
      explanation: 'Cùng một con số, được làm tròn khác nhau.',
    },
    unclassified: {
      group: 'Chưa phân loại',
      tag: 'Chưa phân loại',
      explanation: 'Tệp dữ liệu không cho biết các nhận định này khác nhau thế nào.',
    },
  },
  coverageHeading: 'Độ bao phủ ngày tháng của các tư liệu',
  coverageIntro:
    'Dành cho biên tập viên. Bước dựng dữ liệu tìm mọi lần nhắc đến ngày tháng trong tư liệu. Mỗi lần nhắc phải nằm trong một trích dẫn mà dòng thời gian dùng (một sự kiện, một số liệu, một chỗ khác biệt hoặc ngày của chính tư liệu) hoặc được loại trừ trong data/exclusions.yaml kèm lý do, để không mốc ngày nào trong nguồn bị bỏ sót. Bước dựng sẽ dừng khi có lần nhắc chưa được xử lý.',
  coverageTotals: (mentions, cited, excluded, unaccounted) =>
    `${mentions} lần nhắc ngày tháng: ${cited} được trích, ${excluded} bị loại trừ, ${unaccounted} chưa xử lý`,
  coverageQuotes: (count) => `${count} trích dẫn đã được đối chiếu nguyên văn.`,
  coverageUnaccountedWarning: (count) =>
    `${count} lần nhắc chưa được xử lý: hãy trích hoặc loại trừ từng lần, nếu không bước dựng sẽ dừng.`,
  coverageFilterLabel: 'Hiện',
  coverageFilterOption: (label, count) => `${label} (${count})`,
  coverageFilterAll: 'Tất cả',
  coverageStatus: {
    cited: 'Được trích',
    excluded: 'Bị loại trừ',
    unaccounted: 'Chưa xử lý',
  },
  coverageShowing: (shown, total) =>
    shown === total
      ? `Đang hiện cả ${total} lần nhắc ngày tháng.`
      : `Đang hiện ${shown} trên ${total} lần nhắc ngày tháng.`,
  coverageCaptionOf: (documentTitle) => `Các lần nhắc ngày tháng trong ${documentTitle}: `,
  coverageCaption: (shown, total) =>
    shown === total
      ? `${total} lần nhắc ngày tháng, theo thứ tự trong văn bản`
      : `${shown} trên ${total} lần nhắc ngày tháng, theo thứ tự trong văn bản`,
  coverageNoMentions: 'Bước dựng không tìm thấy lần nhắc ngày tháng nào trong tư liệu này.',
  coverageNoneShown: 'Không lần nhắc nào trong tư liệu này có trạng thái này.',
  coverageColumnLine: 'Dòng',
  coverageColumnText: 'Lần nhắc',
  coverageColumnKind: 'Loại',
  coverageColumnStatus: 'Trạng thái',
  coverageColumnAccount: 'Được trích bởi, hoặc lý do loại trừ',
  coverageKinds: {
    'full-date': 'ngày tháng năm đầy đủ',
    'day-month': 'ngày và tháng',
    'month-year': 'tháng và năm',
    month: 'tháng',
    year: 'năm',
    'year-range': 'khoảng năm',
    'date-range': 'khoảng ngày',
    'part-of-period': 'một phần của giai đoạn',
    relative: 'tương đối',
    century: 'thế kỷ hoặc thập kỷ',
    elapsed: 'khoảng thời gian đã qua',
  },
  coverageCitedByEvent: 'Sự kiện:',
  coverageCitedByFigure: (series, value, date) => `Số liệu: ${series}, ${value} (${date})`,
  coverageCitedByDispute: (title) => `Chỗ khác biệt: ${title}`,
  coverageCitedByDocument: (date) => `Ngày của chính tư liệu (${date})`,
  coverageCitedByUnknown: (type, id) => `${type} “${id}” (không có trong dữ liệu)`,
  coverageNoReason: 'Không nêu lý do.',
  coverageUnaccountedHint: 'Không có trên dòng thời gian và không bị loại trừ.',
  coverageUnknownDocument: (id) => `Tư liệu “${id}” (không có trong dữ liệu dòng thời gian)`,
  readerListHeading: 'Các tư liệu nguồn',
  readerListIntro:
    'Mỗi sự kiện đều trích nguyên văn các tư liệu này. Mở một tư liệu để đọc toàn văn, với mọi đoạn được trích đều được tô sáng.',
  readerBack: '← Mọi tư liệu',
  readerAbout: 'Về tư liệu này',
  readerFullText: 'Toàn văn',
  readerTitle: 'Tiêu đề',
  readerTitleStated: 'như văn bản ghi',
  readerTitleDescriptive: 'tiêu đề mô tả: văn bản không ghi tiêu đề',
  readerKind: 'Loại',
  readerAuthor: 'Tác giả',
  readerPublisher: 'Nơi xuất bản',
  readerNotNamed: 'Không nêu tên',
  readerWritten: 'Viết vào',
  readerWrittenStated: 'văn bản có ghi',
  readerWrittenInferred: 'suy ra',
  readerOriginal: 'Bản gốc',
  readerOriginalLink: 'Bài viết gốc',
  readerOpensInNewTab: '(mở trong thẻ mới)',
  readerCited: 'Được trích',
  readerCitedCounts: (passages, events) => `${passages} đoạn được ${events} sự kiện trích`,
  readerLoading: 'Đang tải tư liệu…',
  readerLoadFailed: 'Không tải được tư liệu.',
  readerRetry: 'Thử lại',
  readerUnknownDocument: (id) => `Dòng thời gian này không có tư liệu “${id}”.`,
  readerLegend:
    'Các đoạn tô sáng được trích trên dòng thời gian; chọn một đoạn để mở sự kiện của nó.',
  readerLegendEvent: 'được một sự kiện trích',
  readerLegendFigure: 'được trích cho một số liệu',
  readerLegendDispute: 'được trích trong một nhận định có tranh cãi',
  readerCitedBy: (titles) => `Đoạn được trích bởi: ${titles.join('; ')}`,
  readerCitedByMany: (count) => `Đoạn được ${count} sự kiện trích; hiện các sự kiện đó`,
  readerCitedByNone: (kinds) => `Đoạn được trích cho ${kinds.join(' và ')}`,
  readerKindFigure: 'một số liệu',
  readerKindDispute: 'một nhận định có tranh cãi',
  readerEventsOfPassage: 'Các sự kiện trích đoạn này',
  readerAsideLabels: {
    furniture: 'Phần trang trí trang',
    caption: 'Chú thích ảnh',
    endnotes: 'Chú thích cuối bài',
  },
};
