import { foldKey as key } from './fold-key.js';

// First names common across the Arab press's bylines. A reporter's dateline ("سوهاج - محمود عبد العظيم")
// is told from a short headline ("مصر - ارتفاع أسعار الذهب") by the name after the dash. The one npm
// package with Arabic names (arabic-name-to-en) is a little-used transliteration table, not a list of first
// names; a few hundred written here cover most bylines. Names that are everyday words too (أمل،
// نور، سعيد، جمال، نصر، صالح، كريم، عادل) are left out: "سوريا - نصر جديد للجيش" is a headline.
const NAMES = `
محمد أحمد محمود علي عمر عمرو خالد حسن حسين مصطفى إبراهيم ابراهيم يوسف عبد عبدالله عبدالرحمن عبدالعزيز عبدالرحيم
سامي سامر سمير سعد سلمان سليمان طارق عماد عصام عمار فادي فاروق فؤاد فهد فيصل ماجد مجدي محسن مراد مروان مهند
نبيل نادر هاني هشام وائل وليد ياسر ياسين يحيى يونس أيمن ايمن أسامة اسامة أشرف اشرف أنس انس إسماعيل اسماعيل
إيهاب ايهاب باسم بلال حاتم حازم حمدي حمزة خليل رامي رياض زياد زكريا شريف شادي عاطف عثمان عدنان غسان قاسم
لؤي نزار هيثم وسام ثامر تامر توفيق مهدي موسى عيسى حسام حمد نايف راشد حيدر عباس كاظم جعفر منتظر سفيان أيوب
إدريس ادريس إلياس الياس حميد آدم
فاطمة مريم سارة ساره هند ليلى سلمى سلوى رنا ريم رشا رانيا دينا منى مها آمنة أسماء اسماء زينب شيماء علا
عبير غادة لبنى لينا نادية نسرين نهى هبة هالة ياسمين سماح سهى سناء جيهان إسراء اسراء مروة شيرين
`;

const NAME_KEYS = new Set(NAMES.split(/\s+/).filter(Boolean).map((name) => key(name)));

/** The text opens with a common first name ("محمود عبد العظيم", "عبدالإله الحربي", "د. هبة علي"). */
export function startsWithGivenName(text: string): boolean {
  const first = text.trim().replace(/^(د|أ|م)\.\s*/, '').split(/\s+/)[0] ?? '';
  return first.length > 0 && (NAME_KEYS.has(key(first)) || /^عبد\p{L}{2,}/u.test(first));
}
