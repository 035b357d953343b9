import { describe, expect, it } from 'vitest';
import { brandConfigured, facebookPageOf, threadRelevance, type BrandProfile, type RelevancePost } from '../../../lib/triage/relevance';

const ACME: BrandProfile = { name: 'Acme Bank', handles: ['@AcmeBank', 'acme.bank.pl'], keywords: ['AcmePay', 'Orlen'] };

function post(id: string, text: string, over: Partial<RelevancePost> = {}): RelevancePost {
  return { id, text, parentId: null, isBrandPost: false, ...over };
}

function reasons(posts: RelevancePost[], brand: BrandProfile | null = ACME, opts: { platform?: string; pageUrl?: string | null } = {}) {
  return Object.fromEntries([...threadRelevance(posts, brand, opts)].map(([id, r]) => [id, r.relevant ? r.reason : `no:${r.reason}`]));
}

describe('relevance: addressed to the brand or about it', () => {
  it('without a brand nothing is relevant, and says why', () => {
    expect(brandConfigured({ name: ' ', handles: ['', '@'], keywords: [] })).toBe(false);
    expect(reasons([post('1', 'My card was charged twice, Acme Bank is useless')], null)).toEqual({ '1': 'no:no_brand' });
    expect(reasons([post('1', 'charged twice')], { name: '', handles: [], keywords: [] })).toEqual({ '1': 'no:no_brand' });
  });

  it('a reply to the brand, anywhere under its post, and "Replying to @brand"', () => {
    const posts = [
      post('b', 'Our app is back up.', { isBrandPost: true }),
      post('c1', 'Still down for me', { parentId: 'b' }),
      post('c2', 'same here, third day', { parentId: 'c1' }),
      post('x', 'this is broken', { replyToHandles: ['AcmeBank'] }),
      post('q', 'lol look at this', { quotedHandle: 'acmebank' }),
    ];
    expect(reasons(posts)).toEqual({ b: 'no:brand_post', c1: 'reply_to_brand', c2: 'reply_to_brand', x: 'reply_to_brand', q: 'reply_to_brand' });
  });

  it('an @mention of any of the brand handles, in any case', () => {
    expect(reasons([post('1', 'hey @acmebank where is my refund?'), post('2', 'ping @AcmeBankHelp'), post('3', 'mail me at x@acmebank.com')])).toEqual({
      '1': 'mention',
      '2': 'no:unrelated',
      '3': 'no:unrelated',
    });
  });

  it('a post on the brand’s Facebook page (from its address or the page the manager is on)', () => {
    expect(reasons([post('1', 'Nobody answers the phone', { permalink: 'https://www.facebook.com/acme.bank.pl/posts/123?comment_id=9' })], ACME, { platform: 'facebook' })).toEqual({ '1': 'brand_page' });
    expect(reasons([post('1', 'Nobody answers the phone')], ACME, { platform: 'facebook', pageUrl: 'https://www.facebook.com/acme.bank.pl' })).toEqual({ '1': 'brand_page' });
    expect(reasons([post('1', 'Nobody answers the phone')], ACME, { platform: 'facebook', pageUrl: 'https://www.facebook.com/groups/123' })).toEqual({ '1': 'no:unrelated' });
    expect(facebookPageOf('https://m.facebook.com/pages/AcmeBank/123')).toBe('acmebank');
    expect(facebookPageOf('https://www.facebook.com/permalink.php?story_fbid=1&id=2')).toBeNull();
    expect(facebookPageOf('not a url')).toBeNull();
  });

  it('the brand name and product keywords, as words, hashtags and with Polish/Greek case endings', () => {
    const posts = [
      post('1', 'Acme bank charged me twice'),
      post('2', 'ACME BANK!!! fix your app'),
      post('3', '#AcmeBank is down again'),
      post('4', 'my acmepay card was declined'),
      post('5', 'Na stacji Orlenu nie działa terminal'),
      post('6', 'Orlen'),
      post('7', 'I love my acmeworld bank'),
      post('8', 'Acme sells anvils'),
      post('9', 'Orlenowskiego street is closed'),
    ];
    expect(reasons(posts)).toEqual({ '1': 'name', '2': 'name', '3': 'name', '4': 'keyword', '5': 'keyword', '6': 'keyword', '7': 'no:unrelated', '8': 'no:unrelated', '9': 'no:unrelated' });
    const greek: BrandProfile = { name: 'Κωτσόβολος', handles: [], keywords: ['Vodafone'] };
    expect(reasons([post('1', 'Απαράδεκτο το service του Κωτσόβολου'), post('2', 'η vodafone δεν απαντά'), post('3', 'καλημέρα')], greek)).toEqual({ '1': 'name', '2': 'keyword', '3': 'no:unrelated' });
  });

  it('a reply under a relevant complaint is relevant; bystander chatter is not', () => {
    const posts = [
      post('root', 'Acme Bank blocked my card for no reason'),
      post('r1', 'same thing happened to me', { parentId: 'root' }),
      post('other', 'crypto is going to the moon'),
      post('r2', 'this is the worst', { parentId: 'other' }),
    ];
    expect(reasons(posts)).toEqual({ root: 'name', r1: 'under_relevant', other: 'no:unrelated', r2: 'no:unrelated' });
  });

  it('stays linear on hostile input: a 200,000-letter word and 20,000 mentions', () => {
    const brand: BrandProfile = { name: 'Aaaa Aaaa Aaaa', handles: ['aaaa'], keywords: ['aaaab'] };
    const long = 'a'.repeat(200_000);
    const many = Array.from({ length: 20_000 }, () => '@aaa aaaa').join(' ');
    const r = threadRelevance([post('1', long), post('2', many), post('3', `${'aaaa '.repeat(40_000)}b`)], brand);
    expect(r.get('1')).toEqual({ relevant: false, reason: 'unrelated' });
    expect(r.get('2')?.relevant).toBe(true);
    expect(r.get('3')?.relevant).toBe(true);
  });

  it('a cycle of parent ids (a hostile page) ends', () => {
    expect(reasons([post('a', 'x', { parentId: 'b' }), post('b', 'y', { parentId: 'a' })])).toEqual({ a: 'no:unrelated', b: 'no:unrelated' });
  });
});
