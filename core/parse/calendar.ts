// Month and weekday names in the report languages, and the date spellings
// that use them: `5-Mar-26`, `Thursday, March 5, 2026`, `5. marts 2026`,
// `ngày 5 tháng 3 năm 2026`, `2026年3月5日`, `5 مارس 2026`.

/** Month names by language, January first; several spellings of a month separated by `|`. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  // en
  [
    "january|jan",
    "february|feb",
    "march|mar",
    "april|apr",
    "may",
    "june|jun",
    "july|jul",
    "august|aug",
    "september|sep|sept",
    "october|oct",
    "november|nov",
    "december|dec",
  ],
  // da
  [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober|okt",
    "november",
    "december",
  ],
  // ar: Egyptian and Gulf names, then the Levantine ones
  [
    "يناير|كانون الثاني",
    "فبراير|شباط",
    "مارس|آذار",
    "أبريل|ابريل|إبريل|نيسان",
    "مايو|أيار",
    "يونيو|حزيران",
    "يوليو|تموز",
    "أغسطس|اغسطس|آب",
    "سبتمبر|أيلول",
    "أكتوبر|اكتوبر|تشرين الأول",
    "نوفمبر|تشرين الثاني",
    "ديسمبر|كانون الأول",
  ],
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names) => names.flatMap((n, i) => n.split("|").map((w) => [w, i + 1] as const))),
);

/** Weekday names that may lead a date (`Thursday, …`, `torsdag den …`, `Thứ Năm, …`, `الخميس، …`). */
const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun " +
    "mandag man tirsdag tir onsdag ons torsdag tor fredag fre lørdag lør søndag søn " +
    "thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy chủ_nhật cn " +
    "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日 " +
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
  )
    .split(" ")
    .map((w) => w.replace("_", " ")),
);

/** Direction marks and the Arabic comma, as Arabic dates are written. */
const MARKS = /[\u200e\u200f\u061c]/g;
const ARABIC_COMMA = /\u060c/g;
const LEAD_TWO = /^(\p{L}+ \p{L}+)\.?,?\s+/u;
const LEAD_ONE = /^(\p{L}+)\.?,?\s+/u;
const DEN = /^den\s+/;
/** `5 March 2026`, `5. marts 2026`, and the English ordinals `5th March 2026`, `21st of March 2026`. */
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:st|nd|rd|th)?\.?[\s\-/.]*(?:of\s+)?(\p{L}+(?: \p{L}+)?)\.?(?:,\s*|[\s\-/.]+)(\d{4}|\d{2})$/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?\.?(?:,\s*|[\s\-/.]+)(\d{4}|\d{2})$/u;
const VIETNAMESE = /^(?:ngày\s*)?(\d{1,2})\s*(?:tháng|thg)\s*(\d{1,2})(?:\s*năm\s*|\s*[,/]\s*|\s+)(\d{4})$/u;
const CHINESE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?)?$/u;

const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A date written with words → [year, month, day], or null when the text is
 * no such date. `s` has Western digits already.
 */
export function wordDate(s: string): [number, number, number] | null {
  let t = s.normalize("NFC").toLowerCase().replace(MARKS, "").replace(ARABIC_COMMA, ",").trim();
  let m = CHINESE.exec(t);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const two = LEAD_TWO.exec(t);
  if (two && WEEKDAYS.has(two[1]!)) t = t.slice(two[0].length);
  else {
    const one = LEAD_ONE.exec(t);
    if (one && WEEKDAYS.has(one[1]!)) t = t.slice(one[0].length).replace(DEN, "");
  }
  m = VIETNAMESE.exec(t);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(m[2]!);
    return month ? [year(m[3]!), month, Number(m[1])] : null;
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = MONTHS.get(m[1]!);
    return month ? [year(m[3]!), month, Number(m[2])] : null;
  }
  return null;
}
