/** Commander's English error messages and their Vietnamese wording. */
const TRANSLATIONS: ReadonlyArray<[RegExp, string]> = [
  [/^error: unknown option '(.+?)'/, "Lỗi: không có tùy chọn $1."],
  [/^error: unknown command '(.+?)'/, "Lỗi: không có lệnh $1."],
  [
    /^error: required option '(.+?)' not specified/,
    "Lỗi: thiếu tùy chọn bắt buộc $1.",
  ],
  [/^error: missing required argument '(.+?)'/, "Lỗi: thiếu tham số <$1>."],
  [
    /^error: option '(.+?)' argument missing/,
    "Lỗi: tùy chọn $1 cần một giá trị.",
  ],
  [/^error: too many arguments(?: for '(.+?)')?\..*/, "Lỗi: thừa tham số."],
  [
    /^error: command-argument value '(.+?)' is invalid for argument '(.+?)'\. Allowed choices are (.+?)\./,
    "Lỗi: giá trị $1 không hợp lệ cho <$2>; hãy chọn một trong: $3.",
  ],
];

/**
 * Translates the first line of a commander error message into Vietnamese,
 * keeping any further lines such as "(Did you mean --slot?)".
 */
export function translateCommanderMessage(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  let translated = first;
  for (const [pattern, replacement] of TRANSLATIONS) {
    if (pattern.test(first)) {
      translated = first.replace(pattern, replacement);
      break;
    }
  }
  const suggestion = rest
    .join("\n")
    .replace("Did you mean", "Có phải ý bạn là");
  return (
    [translated, suggestion].filter((part) => part !== "").join("\n") + "\n"
  );
}
