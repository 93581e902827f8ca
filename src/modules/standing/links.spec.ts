import { linksIn, linksInText, totalLinks } from './links.js';

describe('links in what members write', () => {
  it('counts addresses with a scheme, with www., and bare domains spam favours', () => {
    expect(linksInText('See https://example.org/a?b=c and http://x.y')).toBe(2);
    expect(linksInText('www.cheap-pills.example and cheap-pills.com/buy, casino.xyz')).toBe(3);
    expect(linksInText('HTTPS://SHOUTING.COM')).toBe(1);
  });

  it('does not count e-mail addresses, dotted words or plain prose', () => {
    expect(linksInText('Write to jo@example.com about Node.js, B.Sc. and e.g. this')).toBe(0);
    expect(linksInText('Founder. Ten years in logistics; ask me anything.')).toBe(0);
  });

  it('counts each listed address once and every field together', () => {
    expect(linksIn(['https://a.org', ' ', 'https://b.org'])).toBe(2);
    expect(linksIn(null)).toBe(0);
    expect(
      totalLinks({ links: ['https://a.org'], headline: 'at b.com', bio: 'https://c.org' }),
    ).toBe(3);
  });
});
