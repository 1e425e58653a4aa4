import { foldKey as key } from './fold-key.js';

// First names common across the Arab press's bylines. A reporter's dateline ("سوهاج - محمود عبد العظيم")
// is told from a short headline ("مصر - ارتفاع أسعار الذهب") by the name after the dash; no npm package
// lists Arabic given names, and a few hundred cover most bylines.
const NAMES = `
محمد أحمد محمود علي عمر عمرو خالد حسن حسين مصطفى إبراهيم ابراهيم يوسف عبد عبدالله عبدالرحمن عبدالعزيز عبدالرحيم
سامي سامر سمير سعيد سعد سلمان سليمان صالح طارق عادل عماد عصام عمار فادي فارس فاروق فؤاد فهد فيصل كريم كمال
ماجد مالك مجدي محسن مراد مروان مهند نبيل نادر ناصر نصر هاني هشام وائل وليد ياسر ياسين يحيى يونس أيمن ايمن
أسامة اسامة أشرف اشرف أنس انس أمين امين إسماعيل اسماعيل إيهاب ايهاب باسم بلال جمال جلال حاتم حازم حامد حمدي
حمزة خليل رامي رائد رضا رشيد زياد زكريا شريف شادي صلاح ضياء عاطف عزيز غسان قاسم لؤي منير منصور نزار نور
هيثم وسام ثامر تامر توفيق جميل رياض سيف عثمان عدنان غازي مهدي موسى عيسى هادي ياسمين
فاطمة مريم سارة ساره نورا نورة هدى هند ليلى ليلي سلمى سلوى رنا ريم رشا رانيا دينا دعاء منى مها
أمل امل آمنة أسماء اسماء إيمان ايمان زينب شيماء علا عبير غادة لبنى لينا ندى نادية نسرين نهى هبة هالة وفاء
ياسمينة سماح سهى سناء فرح جيهان إسراء اسراء آية اية بسمة
`;

const NAME_KEYS = new Set(NAMES.split(/\s+/).filter(Boolean).map((name) => key(name)));

/** The text opens with a common first name ("محمود عبد العظيم", "د. هبة علي"). */
export function startsWithGivenName(text: string): boolean {
  const first = text.trim().replace(/^(د|أ|م)\.\s*/, '').split(/\s+/)[0] ?? '';
  return first.length > 0 && NAME_KEYS.has(key(first));
}
