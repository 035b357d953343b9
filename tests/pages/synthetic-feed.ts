/**
 * A synthetic X home timeline for the page-cost benchmark: the page itself appends posts in
 * batches (as infinite scroll does) and scrolls to the bottom after each batch, so a content
 * script sees a steady stream of new DOM and posts entering the viewport.
 */
const TEXTS = [
  'Ordered on the 3rd and still nothing. Where is my parcel?',
  'Great service today, thanks team!',
  'Your app keeps logging me out, third time this week.',
  'Charged twice for one order, I want my money back.',
  'Mondays are the worst.',
  'Same here, two weeks and no answer from support.',
  'Anyone watching the match tonight?',
  'Nikt nie odbiera infolinii, a paczka wciąż nie dotarła.',
  'Τρίτη μέρα χωρίς ίντερνετ και κανείς δεν απαντά.',
];

export function renderSyntheticFeed(total: number, batch: number, intervalMs: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{font:15px system-ui;margin:0} main{width:600px;margin-left:260px} article{padding:12px;border-bottom:1px solid #eee}</style></head>
<body><main role="main"><div data-testid="primaryColumn"><section role="region"><div aria-label="Timeline: Your Home Timeline" id="feed"></div></section></div></main>
<script>
const TEXTS = ${JSON.stringify(TEXTS)};
const feed = document.getElementById('feed');
let n = 0;
function post(i) {
  const id = String(1800000000000000000n + BigInt(i));
  const cell = document.createElement('div');
  cell.setAttribute('data-testid', 'cellInnerDiv');
  cell.innerHTML = '<article data-testid="tweet" role="article" tabindex="0"><div data-testid="User-Name"><div><div><a href="/user' + i + '" role="link"><div><div dir="ltr"><span><span>User ' + i + '</span></span></div></div></a></div></div>' +
    '<div><div><div><a href="/user' + i + '" role="link" tabindex="-1"><div dir="ltr"><span>@user' + i + '</span></div></a></div><div><a href="/user' + i + '/status/' + id + '" role="link"><time datetime="' + new Date(Date.now() - i * 60000).toISOString() + '">' + i + 'm</time></a></div></div></div></div>' +
    '<div data-testid="tweetText" lang="' + (i % 9 === 7 ? 'pl' : i % 9 === 8 ? 'el' : 'en') + '" dir="auto"><span></span></div>' +
    '<div role="group"><button data-testid="reply" aria-label="' + (i % 5) + ' Replies. Reply"></button><button data-testid="like" aria-label="' + (i % 13) + ' Likes. Like"></button></div></article>';
  cell.querySelector('[data-testid="tweetText"] span').textContent = TEXTS[i % TEXTS.length];
  return cell;
}
function step() {
  const frag = document.createDocumentFragment();
  for (let k = 0; k < ${batch} && n < ${total}; k++) frag.append(post(n++));
  feed.append(frag);
  window.scrollTo(0, document.body.scrollHeight);
  if (n < ${total}) setTimeout(step, ${intervalMs});
  else window.__feedDone = true;
}
step();
</script></body></html>`;
}
