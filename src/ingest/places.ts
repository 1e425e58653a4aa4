import { foldKey as key } from './fold-key.js';

// Cities that open datelines ("موسكو-سانا", "زنقة 20 . الرباط"): knowing the place tells which side of the
// dateline is the outlet.
const CITIES = `
الرباط الدار البيضاء الدارالبيضاء مراكش فاس طنجة أكادير وجدة القاهرة الإسكندرية الاسكندرية الجيزة أسوان دمشق حلب حمص حماة اللاذقية طرطوس درعا إدلب
دير الزور الرقة الحسكة القامشلي بيروت طرابلس صيدا صور بغداد البصرة الموصل أربيل كركوك النجف كربلاء عمان عمّان الزرقاء إربد الرياض جدة مكة المكرمة المدينة المنورة
الدمام الدوحة أبوظبي أبو ظبي دبي الشارقة الكويت المنامة مسقط صنعاء عدن تعز الحديدة مأرب الخرطوم أم درمان بنغازي مصراتة تونس صفاقس سوسة الجزائر وهران قسنطينة نواكشوط
القدس رام الله غزة نابلس الخليل جنين بيت لحم الناصرة حيفا تل أبيب يافا موسكو سانت بطرسبورغ واشنطن نيويورك لندن باريس برلين أنقرة إسطنبول اسطنبول طهران
بكين طوكيو جنيف بروكسل روما مدريد فيينا لاهاي ستوكهولم أوسلو كييف وارسو أثينا نيودلهي إسلام آباد كابول بغداد مقديشو جيبوتي أديس أبابا نيروبي لاغوس داكار
باماكو نيامي أنجامينا ستراسبورغ ميونيخ سوتشي أستانا آستانة مينسك باكو يريفان تبليسي كراتشي لاهور دكا جاكرتا كوالالمبور مانيلا سيول بيونغ يانغ هانوي بانكوك
سيدني ملبورن أوتاوا تورونتو مونتريال مكسيكو برازيليا بوينس آيرس كراكاس هافانا لوس أنجلوس شيكاغو ميامي هيوستن الفاتيكان نيقوسيا بيروت
`;


const CITY_KEYS = new Set<string>();
{
  // Multi-word names are written on one line with spaces; try both the single words and known pairs.
  const words = CITIES.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    CITY_KEYS.add(key(words[i]!));
    if (i + 1 < words.length) CITY_KEYS.add(key(`${words[i]} ${words[i + 1]}`));
    if (i + 2 < words.length) CITY_KEYS.add(key(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  }
}

/** A known dateline place, also a list of them ("أنقرة_القاهرة") or one with its country ("دبي، الإمارات"). */
export function isPlace(text: string): boolean {
  const parts = text.split(/\s*[_/،,]\s*|\s+و(?=\S)/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  return CITY_KEYS.has(key(parts[0]!)) && parts.every((p) => CITY_KEYS.has(key(p)) || p.split(/\s+/).length <= 3);
}
