// One mapping table per export kind: the field the import reads → the header spellings
// the export uses (English, and Vietnamese where TikTok Shop localises its headers).
// Detection: a kind matches when all its required fields are found in the header row.
import { headerKey } from "../index.ts";
import type { ExportKind } from "./types.ts";

export interface KindDef {
  kind: ExportKind;
  /** How the kind is named to a user. */
  label: string;
  target: "conversions" | "content";
  columns: Readonly<Record<string, readonly string[]>>;
  required: readonly string[];
}

const SHOPIFY: KindDef = {
  kind: "shopify-orders",
  label: "Shopify orders export",
  target: "conversions",
  columns: {
    order: ["Name"],
    financial_status: ["Financial Status"],
    currency: ["Currency"],
    subtotal: ["Subtotal"],
    discount_code: ["Discount Code"],
    discount_amount: ["Discount Amount"],
    created_at: ["Created at"],
    cancelled_at: ["Cancelled at"],
    refunded_amount: ["Refunded Amount"],
    quantity: ["Lineitem quantity"],
    name: ["Lineitem name"],
    price: ["Lineitem price"],
    sku: ["Lineitem sku"],
    line_discount: ["Lineitem discount"],
  },
  required: ["order", "financial_status", "quantity", "price", "created_at"],
};

const TIKTOK_AFFILIATE: KindDef = {
  kind: "tiktok-affiliate",
  label: "TikTok Shop affiliate orders export",
  target: "conversions",
  columns: {
    order: ["Order ID", "ID đơn hàng"],
    product_name: ["Product Name", "Tên sản phẩm"],
    sku_id: ["SKU ID", "ID SKU"],
    seller_sku: ["Seller SKU", "SKU người bán"],
    price: ["Price", "Giá"],
    payment: ["Payment Amount", "Số tiền thanh toán"],
    quantity: ["Quantity", "Số lượng"],
    refunded: ["Fully returned or refunded", "Đã hoàn trả hoặc hoàn tiền toàn bộ"],
    status: ["Order Status", "Trạng thái đơn hàng"],
    username: ["Creator Username", "Tên người dùng nhà sáng tạo"],
    content_type: ["Content Type", "Loại nội dung"],
    content_id: ["Content ID", "Id nội dung"],
    commission_base: ["Actual Commission Base", "Cơ sở hoa hồng thực tế"],
    commission_paid: ["Actual Commission Payment", "Thanh toán hoa hồng thực tế"],
    created: ["Time Created", "Thời gian tạo"],
  },
  required: ["order", "username", "quantity", "payment", "status"],
};

const TIKTOK_ORDERS: KindDef = {
  kind: "tiktok-orders",
  label: "TikTok Shop all orders export",
  target: "conversions",
  columns: {
    order: ["Order ID"],
    status: ["Order Status"],
    sku_id: ["SKU ID"],
    seller_sku: ["Seller SKU"],
    product_name: ["Product Name"],
    variation: ["Variation"],
    quantity: ["Quantity"],
    subtotal: ["SKU Subtotal After Discount"],
    order_amount: ["Order Amount"],
    refund: ["Order Refund Amount"],
    created: ["Created Time"],
  },
  required: ["order", "status", "quantity", "subtotal", "created"],
};

const YOUTUBE: KindDef = {
  kind: "youtube-studio",
  label: "YouTube Studio table data",
  target: "content",
  columns: {
    video: ["Content"],
    title: ["Video title"],
    published: ["Video publish time"],
    duration: ["Duration"],
    views: ["Views"],
    impressions: ["Impressions"],
    likes: ["Likes"],
    comments: ["Comments added", "Comments"],
    shares: ["Shares"],
  },
  required: ["video", "published", "views"],
};

const TIKTOK_STUDIO: KindDef = {
  kind: "tiktok-studio",
  label: "TikTok Studio download",
  target: "content",
  columns: {
    link: ["Video link", "Link", "Liên kết video"],
    video: ["Video ID", "ID video"],
    date: ["Date", "Post time", "Ngày", "Thời gian đăng"],
    views: ["Video views", "Total views", "Lượt xem video"],
    likes: ["Likes", "Total likes", "Lượt thích"],
    comments: ["Comments", "Total comments", "Bình luận"],
    shares: ["Shares", "Total shares", "Lượt chia sẻ"],
  },
  required: ["date", "views", "likes"],
};

const META: KindDef = {
  kind: "meta-content",
  label: "Meta Business Suite content export",
  target: "content",
  columns: {
    post_id: ["Post ID"],
    account: ["Account username", "Account name"],
    published: ["Publish time"],
    permalink: ["Permalink"],
    post_type: ["Post type"],
    impressions: ["Impressions", "Views"],
    reach: ["Reach"],
    likes: ["Likes", "Reactions"],
    comments: ["Comments"],
    saves: ["Saves"],
    shares: ["Shares"],
  },
  required: ["post_id", "account", "published"],
};

export const KINDS: readonly KindDef[] = [
  SHOPIFY,
  TIKTOK_AFFILIATE,
  TIKTOK_ORDERS,
  YOUTUBE,
  TIKTOK_STUDIO,
  META,
];

export const kindDef = (kind: ExportKind): KindDef => KINDS.find((k) => k.kind === kind)!;

/** Header text → comparable form (headerKey: NFKC, invisible characters, spaces, case); a number as its text. */
export function exportHeaderKey(raw: unknown): string {
  if (typeof raw !== "string" && typeof raw !== "number") return "";
  return headerKey(String(raw));
}

/** Field → 0-based column of the header row; the first of two spellings wins. */
export function mapColumns(def: KindDef, header: readonly unknown[]): Map<string, number> {
  const keys = header.map(exportHeaderKey);
  const found = new Map<string, number>();
  for (const [field, spellings] of Object.entries(def.columns)) {
    for (const s of spellings) {
      const i = keys.indexOf(headerKey(s));
      if (i >= 0) {
        found.set(field, i);
        break;
      }
    }
  }
  return found;
}

/** True when the header row is the Vietnamese variant of a TikTok Shop export. */
export function isVietnamese(header: readonly unknown[]): boolean {
  return header.some((h) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(String(h ?? "")));
}

/** The kind whose required headers are all present; the one matching most columns when several do. */
export function detectKind(header: readonly unknown[]): KindDef | null {
  let best: { def: KindDef; score: number } | null = null;
  for (const def of KINDS) {
    const cols = mapColumns(def, header);
    if (!def.required.every((f) => cols.has(f))) continue;
    if (!best || cols.size > best.score) best = { def, score: cols.size };
  }
  return best?.def ?? null;
}
