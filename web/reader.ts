// Reading one article in a dialog over the results, so the list (and the URL) stays where it was.
// The text is set with textContent: nothing from the article is parsed as markup.
import { directionOf, formatDate } from './format.js';

interface Article {
  title: string;
  source: string | null;
  date: string | null;
  body: string;
}

export async function openArticle(id: string, returnFocusTo: HTMLElement): Promise<void> {
  const dialog = document.getElementById('reader') as HTMLDialogElement;
  const title = dialog.querySelector('h2')!;
  const meta = dialog.querySelector('.meta')!;
  const body = dialog.querySelector('.body')!;
  title.textContent = 'جارٍ التحميل…';
  meta.textContent = '';
  body.replaceChildren();
  dialog.addEventListener('close', () => returnFocusTo.focus(), { once: true });
  dialog.showModal();
  try {
    const response = await fetch(`/api/articles/${encodeURIComponent(id)}`);
    if (!response.ok) throw new Error(String(response.status));
    const article = (await response.json()) as Article;
    title.textContent = article.title;
    title.dir = directionOf(article.title);
    meta.textContent = [article.source ?? 'مصدر غير معروف', article.date ? formatDate(article.date) : ''].filter(Boolean).join(' · ');
    body.replaceChildren(
      ...article.body.split('\n').filter(Boolean).map((paragraph) => {
        const p = document.createElement('p');
        p.dir = directionOf(paragraph);
        p.textContent = paragraph;
        return p;
      }),
    );
  } catch {
    title.textContent = 'تعذّر تحميل المقالة.';
  }
}
