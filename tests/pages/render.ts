/**
 * Render demo/test threads as pages shaped like the real sites (X's article[data-testid="tweet"]
 * cells, Facebook's role="article" post and comments), with the real editors mounted in them.
 * Served at real site addresses by tests/pages/serve.ts.
 */
import type { DemoPost, DemoThread } from './threads';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const iso = (minutesAgo: number, now: number) => new Date(now - minutesAgo * 60_000).toISOString();

function relative(minutesAgo: number): string {
  return minutesAgo < 60 ? `${minutesAgo}m` : `${Math.round(minutesAgo / 60)}h`;
}

export function tweet(p: DemoPost, now: number): string {
  return `
  <div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="-1">
    <div data-testid="User-Name">
      <div><div><a href="/${esc(p.handle)}" role="link"><div><div dir="ltr"><span><span>${esc(p.name)}</span></span></div></div></a></div></div>
      <div><div><div><a href="/${esc(p.handle)}" role="link" tabindex="-1"><div dir="ltr"><span>@${esc(p.handle)}</span></div></a></div>
        <div dir="ltr" aria-hidden="true"><span>·</span></div>
        <div><a href="/${esc(p.handle)}/status/${esc(p.id)}" role="link"><time datetime="${iso(p.minutesAgo, now)}">${relative(p.minutesAgo)}</time></a></div></div></div>
    </div>
    <div data-testid="tweetText" lang="${p.lang}" dir="auto"><span>${esc(p.text)}</span></div>
    <div role="group">
      <button data-testid="reply" type="button" aria-label="${p.replies ?? 0} Replies. Reply"><span>${p.replies || ''}</span></button>
      <button data-testid="retweet" type="button" aria-label="0 reposts. Repost"><span></span></button>
      <button data-testid="like" type="button" aria-label="${p.likes ?? 0} Likes. Like"><span>${p.likes || ''}</span></button>
    </div>
  </article></div>`;
}

const PAGE_STYLE = `
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: #0f1419; background: #fff; }
  main { max-width: 600px; margin: 0 0 0 260px; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; min-height: 100vh; }
  article { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
  [data-testid="User-Name"] { display: flex; gap: 6px; }
  [data-testid="User-Name"] > div, [data-testid="User-Name"] > div > div { display: flex; gap: 4px; }
  [data-testid="User-Name"] a { color: inherit; text-decoration: none; font-weight: 700; }
  [data-testid="User-Name"] > div + div, [data-testid="User-Name"] > div + div a { color: #536471; font-weight: 400; }
  [role="group"] button { background: none; border: 0; color: #536471; margin-right: 24px; }
  .composer { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
  .composer [data-testid="tweetTextarea_0_label"] { display: flex; gap: 12px; align-items: flex-end; }
  .composer [data-testid="tweetTextarea_0RichTextInputContainer"] { flex: 1; font-size: 18px; padding: 8px 0; }
  [data-testid="tweetButtonInline"] { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
  [data-testid="tweetButtonInline"]:disabled { opacity: .5; }
  .public-DraftEditorPlaceholder-root { position: absolute; color: #536471; pointer-events: none; }
  h1 { font-size: 20px; padding: 12px 16px; margin: 0; }
  .modal { position: fixed; top: 48px; left: 50%; transform: translateX(-50%); width: 560px; background: #fff; border-radius: 16px; box-shadow: 0 0 0 100vmax rgba(0,0,0,.4); padding: 8px 0; }
  .modal #modal-header { padding: 4px 16px; font-weight: 700; }
  textarea[data-testid="tweetTextarea_0"] { width: 100%; font: inherit; border: 0; resize: none; }
  [data-testid="tweetButton"] { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
  [data-testid="tweetButton"]:disabled { opacity: .5; }
`;

/** X's composer layouts: inline under the focal post, the reply modal, the narrow (mobile) textarea. */
export type XLayout = 'inline' | 'modal' | 'narrow';

export function renderXStatusPage(thread: DemoThread, now = Date.now(), layout: XLayout = 'inline'): string {
  const [focal, ...replies] = thread.posts;
  if (!focal) throw new Error('an X thread needs a focal post');
  const me = esc(thread.brand.handle);
  const composer = `<div data-mount="draft-composer" data-layout="${layout}" data-me="${me}"></div>`;
  const inline = layout === 'modal' ? '' : `<div data-testid="cellInnerDiv"><div class="composer">${composer}</div></div>`;
  // The modal shows the post being answered above its composer, as X's does.
  const modal = layout !== 'modal' ? '' : `<div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-header">
    <div id="modal-header">Reply</div>${tweet(focal, now)}<div class="composer">${composer}</div></div>`;
  return `<!doctype html><html lang="${thread.lang}" dir="ltr"><head><meta charset="utf-8">
<title>${esc(focal.name)} on X: "${esc(focal.text.slice(0, 40))}" / X</title>
<meta property="og:url" content="https://x.com${esc(thread.path)}"><style>${PAGE_STYLE}</style></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn">
<h1>Post</h1>
<section role="region"><div aria-label="Timeline: Conversation">
${tweet(focal, now)}
${inline}
${replies.map((p) => tweet(p, now)).join('\n')}
</div></section></div></main></div>
${modal}
<script src="/__soothe_test__/draft-composer.js"></script></body></html>`;
}

function fbComment(p: DemoPost, postPath: string, now: number): string {
  const link = `https://www.facebook.com${postPath}?comment_id=${esc(p.id)}`;
  // As on Facebook: the comment's article, then its replies area as a sibling (where a reply box opens).
  return `
  <div class="comment-wrap">
    <div role="article" aria-label="Comment by ${esc(p.name)} ${relative(p.minutesAgo)}" class="comment">
      <a href="https://www.facebook.com/${esc(p.handle)}?comment_id=${esc(p.id)}" role="link"><span>${esc(p.name)}</span></a>
      <div dir="auto" lang="${p.lang}">${esc(p.text)}</div>
      <ul><li><a href="${link}" role="link">${relative(p.minutesAgo)}</a></li><li><div role="button" tabindex="0">Like</div></li><li><div role="button" tabindex="0" data-action="reply">Reply</div></li></ul>
    </div>
    <div class="replies"></div>
  </div>`;
}

const FB_STYLE = `
  body { margin: 0; font: 15px/1.35 system-ui, sans-serif; color: #050505; background: #f0f2f5; }
  [role="main"] { max-width: 680px; margin: 24px auto; background: #fff; border-radius: 8px; padding: 12px 16px; }
  .comment { background: #f0f2f5; border-radius: 18px; padding: 8px 12px; margin: 8px 0; }
  .comment ul { display: flex; gap: 12px; list-style: none; padding: 0; margin: 4px 0 0; font-size: 12px; color: #65676b; }
  a { color: inherit; font-weight: 600; text-decoration: none; }
  form { display: flex; gap: 8px; align-items: center; background: #f0f2f5; border-radius: 18px; padding: 8px 12px; margin-top: 8px; }
  form > div { flex: 1; display: flex; gap: 8px; }
  [data-lexical-editor] { flex: 1; }
  .replies { margin-left: 32px; }
  [data-action] { cursor: pointer; }
  [aria-disabled="true"] { opacity: .4; }
`;

export function renderFacebookPostPage(thread: DemoThread, now = Date.now()): string {
  const [post, ...comments] = thread.posts;
  if (!post) throw new Error('a Facebook thread needs its post');
  const url = `https://www.facebook.com${thread.path}`;
  return `<!doctype html><html lang="${thread.lang}" id="facebook"><head><meta charset="utf-8">
<title>${esc(thread.brand.name)} | Facebook</title><link rel="canonical" href="${esc(url)}">
<style>${FB_STYLE}</style></head><body>
<div role="main"><div role="article" class="post">
  <div data-ad-rendering-role="profile_name"><h2><a href="https://www.facebook.com/${esc(post.handle)}" role="link">${esc(post.name)}</a></h2></div>
  <a href="${esc(url)}" role="link"><span>${relative(post.minutesAgo)}</span></a>
  <div data-ad-preview="message" data-ad-comet-preview="message"><div dir="auto">${esc(post.text)}</div></div>
  <div class="comments">
${comments.map((c) => fbComment(c, thread.path, now)).join('\n')}
  </div>
  <form role="presentation"><div data-mount="lexical-composer" data-label="Write a comment…" data-me="${esc(thread.brand.handle)}"></div></form>
</div>
</div>
<script src="/__soothe_test__/lexical-composer.js"></script></body></html>`;
}
