// Traditional-script detection. A paragraph written in traditional characters (a release for Hong Kong
// and Macao readers) is not a list of one-character slips of the simplified names: the checker must
// know which paragraphs are traditional. These characters occur in traditional text only — each has a
// different simplified form — and are among the most frequent in government writing.
const TRADITIONAL_ONLY = new Set(
  [
    '們來時說為與會發對國區務數據網辦進體關應業點產實現過還經開統個麼員動歷環該長門問間質頭將學當總電華東書報導義處級團積極際資設達運選費車軍農圖權術機構條證護歸聯聞聲類顯請議變號項認責貨買賣龍鳥魚馬風飛銀錢鐵鎮陽陸隊雙離難雲靈韓頁順領題願顧飲養館驗鬥黃黨齊',
    '粵廣滬蘇閩魯贛創規劃轉輕較載連邊鄉縣鄰醫療藥衛稅紀約線細終組結給絡維綜緊練織續職聽腦臺舉興範葉蘭觀計訊記許評試詳語調談論識讓財貿賽贊輸這遠適遺郵鄭錄鍵閱陳隨險雜響頻額驅麗齡億萬並',
    '儲優價僅傳備則劑勞勵協參單嚴園圍場塊壓夠寫層屬島幣帶幫廳張強徑從戶擁擊擴擬攜斷暢檢標樣歡歲氣決沒準測濟災無營獲監盡確碼禮種稱穩節簡',
  ].join(''),
);

const HAN = /[\u4e00-\u9fff]/g;

/** Whether a line or paragraph is written in traditional characters. */
export function isTraditional(text: string): boolean {
  let traditional = 0;
  for (const ch of text) if (TRADITIONAL_ONLY.has(ch)) traditional++;
  if (traditional < 2) return false;
  const han = text.match(HAN)?.length ?? 0;
  // A stray traditional character in a simplified name is not a traditional paragraph.
  return traditional >= 3 ? traditional / han >= 0.08 : traditional / han >= 0.15;
}
