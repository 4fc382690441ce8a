import type { Text } from '../../core/types';

/** Japanese strings (chunk moments-ja.js). */
const ja: Text = {
  label: 'フィードバック',
  dismiss: '閉じる',
  submit: '送信',
  placeholder: '詳しく教えてください（任意）',
  commentQuestion: 'ほかに伝えたいことはありますか？',
  thanks: 'ご意見ありがとうございました！',
  contactQuestion: 'この件についてご連絡してもよろしいですか？',
  contactLabel: 'メールアドレス',
  contactInvalid: '有効なメールアドレスを入力してください（例：name@example.com）。',
  contactSkip: '連絡は不要です',
  remaining: '残り {n} 文字',
  npsLow: 'まったく思わない',
  npsHigh: '非常にそう思う',
  thumbs: ['よくない', 'よい'],
  emoji5: ['とても悪い', '悪い', '普通', '良い', 'とても良い'],
  stars5: ['星1つ', '星2つ', '星3つ', '星4つ', '星5つ'],
  csat: ['とても不満', '不満', 'どちらでもない', '満足', 'とても満足'],
};
export default ja;
