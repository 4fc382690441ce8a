import type { Text } from '../../core/types';

/** Arabic strings (chunk moments-ar.js); the prompt lays out right to left. */
const ar: Text = {
  label: 'رأيك',
  dismiss: 'إغلاق',
  submit: 'إرسال',
  placeholder: 'أخبرنا بالمزيد (اختياري)',
  commentQuestion: 'هل هناك شيء آخر تود إخبارنا به؟',
  thanks: 'شكرًا لك على رأيك!',
  contactQuestion: 'هل يمكننا التواصل معك بشأن هذا؟',
  contactLabel: 'بريدك الإلكتروني',
  contactInvalid: 'يُرجى إدخال بريد إلكتروني صالح، مثل name@example.com.',
  contactSkip: 'لا، شكرًا',
  remaining: 'متبقٍ {n} حرفًا',
  npsLow: 'غير محتمل إطلاقًا',
  npsHigh: 'محتمل جدًا',
  thumbs: ['لم يعجبني', 'أعجبني'],
  emoji5: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا'],
  stars5: ['نجمة واحدة', 'نجمتان', '3 نجوم', '4 نجوم', '5 نجوم'],
  csat: ['غير راضٍ جدًا', 'غير راضٍ', 'محايد', 'راضٍ', 'راضٍ جدًا'],
};
export default ar;
