/**
 * What opening a TimelineJS file says, in Vietnamese: the same keys as importWords.ts, typed so
 * that a missing one is a type error. Comes with the later views' words (messagesOnDemand.vi.ts).
 */
import type { ImportWords } from '../model/interop/timelineJsNotes.ts';

export const viImportWords: ImportWords = {
  notes: (tally) => {
    const list = (names: readonly string[]) =>
      names
        .slice(0, 10)
        .map((name) => `'${name}'`)
        .concat(names.length > 10 ? [`và ${names.length - 10} mục khác`] : [])
        .join(', ');
    const notes: string[] = [];
    const add = (count: number, text: string) => count > 0 && notes.push(text);
    add(
      tally.withoutStart.length,
      `Đã bỏ qua ${tally.withoutStart.length} sự kiện không có ngày bắt đầu: ${list(tally.withoutStart)}`,
    );
    add(
      tally.badYear.length,
      `Đã bỏ qua ${tally.badYear.length} sự kiện có năm bắt đầu không phải số nguyên: ${list(tally.badYear)}`,
    );
    add(
      tally.adjustedDates.length,
      `Đã bỏ qua những phần ngày tháng không có thật trên lịch ở ${tally.adjustedDates.length} sự kiện: ${list(tally.adjustedDates)}`,
    );
    add(
      tally.endDropped.length,
      `Đã bỏ ngày kết thúc của ${tally.endDropped.length} sự kiện kết thúc trước khi bắt đầu: ${list(tally.endDropped)}`,
    );
    add(
      tally.timesDropped,
      `Đã bỏ giờ trong ngày ở ${tally.timesDropped} sự kiện: dòng thời gian này chỉ ghi ngày tháng đến ngày.`,
    );
    add(
      tally.untitled.length,
      `${tally.untitled.length} sự kiện không có tiêu đề và được đặt tiêu đề theo nội dung hoặc chú thích ảnh: ${list(tally.untitled)}`,
    );
    add(
      tally.displayKept,
      `Đã giữ cách ghi gốc của ${tally.displayKept} ngày tháng trong ghi chú ngày tháng (“Cách ghi trong bản gốc: …”).`,
    );
    add(
      tally.mediaKept,
      `Đã giữ ${tally.mediaKept} liên kết đa phương tiện dưới dạng “Đa phương tiện: …” trong ghi chú sự kiện.`,
    );
    add(
      tally.mediaAsText,
      `Đã giữ nội dung của ${tally.mediaAsText} mục đa phương tiện viết bằng HTML (một trích dẫn hay một bài đăng nhúng) trong phần tóm tắt của sự kiện.`,
    );
    add(
      tally.mediaDropped,
      `Đã bỏ ${tally.mediaDropped} mục đa phương tiện không phải liên kết web (http hoặc https): mã nhúng, đường dẫn tương đối hoặc địa chỉ không an toàn.`,
    );
    add(
      tally.skippedEras.length,
      `Đã bỏ qua ${tally.skippedEras.length} giai đoạn: ${list(tally.skippedEras)}`,
    );
    add(
      tally.emptyEras.length,
      `${tally.emptyEras.length} giai đoạn không có sự kiện nào và được hiện theo ngày tháng riêng: ${list(tally.emptyEras)}`,
    );
    add(
      tally.colourFallbacks,
      `Đã đặt màu riêng cho ${tally.colourFallbacks} chủ đề: màu gốc bị thiếu hoặc quá nhạt, khó đọc.`,
    );
    add(tally.badExtensions, `Đã bỏ qua ${tally.badExtensions} phần mở rộng “vnus” bị lỗi.`);
    return notes;
  },
  notJson: 'Tệp không phải JSON hợp lệ.',
  notAnObject: 'Đây không phải dòng thời gian TimelineJS: tệp phải chứa một đối tượng JSON.',
  unreadable: 'Đây không phải dòng thời gian TimelineJS mà trang này đọc được: ',
  nothingToShow: (why) =>
    `Dòng thời gian TimelineJS này không có gì để hiện: ${why === 'no-events' ? 'tệp không có sự kiện nào' : 'không sự kiện nào có ngày bắt đầu'}.`,
  doesNotFit: 'Dòng thời gian vừa nhập không hợp với ứng dụng này (lỗi của bộ nhập): ',
  untitledTimeline: 'Dòng thời gian TimelineJS',
  documentKind: 'Dòng thời gian TimelineJS',
  importedOnNote: 'Tệp TimelineJS không cho biết được viết khi nào: đây là ngày tệp được nhập.',
  eventWithoutHeadline: (n) => `sự kiện ${n} (không có tiêu đề)`,
  untitledEvent: (n) => `Sự kiện chưa có tiêu đề ${n}`,
  untitledEra: (n) => `Giai đoạn ${n}`,
  skippedEra: (label, why) =>
    `${label} (${why === 'no-start-year' ? 'không có năm bắt đầu' : why === 'no-end-year' ? 'không có năm kết thúc' : 'kết thúc trước khi bắt đầu'})`,
  shownInOriginal: (display) => `Cách ghi trong bản gốc: ${display}`,
  mediaNote: (caption, url) => `Đa phương tiện: ${caption ? `${caption} ` : ''}${url}`,
  disputedNote: (claims) => `Có tranh cãi trong dòng thời gian gốc: ${claims}`,
  ungroupedTheme: 'Sự kiện',
  groupDescription: (group) =>
    group === null
      ? 'Các sự kiện không thuộc nhóm nào trong dòng thời gian TimelineJS.'
      : `Các sự kiện thuộc nhóm “${group}” trong dòng thời gian TimelineJS.`,
};
