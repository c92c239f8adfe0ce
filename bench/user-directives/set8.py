"""Set 8 of held-out user directives: fourteen everyday tasks (tax and tariff pricing, unit and clock conversions, text
cleanup, substring and letter counts, list streaks and filters, a format check, compound growth and bouncing loops,
duration parsing), written blind to the engine by a helper that read only generate.py and set7.py; generate.py writes
it with the other sets."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import generate as G
import re, random, string

LB = G.Fr(45359237, 10**8)  # kilograms in a pound
def bill(k): return (800 + 12 * min(k, 500) + 15 * max(0, k - 500)) / 100  # whole cents, so the exact amount
def clock():
  return '%02d:%02d' % (G.R.choice([G.R.randint(0, 23)] * 3 + [G.R.choice([0, 12, 23])]),
                        G.R.choice([G.R.randint(0, 59)] * 3 + [G.R.choice([0, 30, 59])]))
def add_min(t, m): return '%02d:%02d' % divmod((int(t[:2]) * 60 + int(t[3:]) + m) % 1440, 60)
def duration(hmax=48):
  parts = [u for u in 'hms' if G.R.random() < 0.6] or [G.R.choice('hms')]
  top = {'h': G.R.randint(0, hmax), 'm': G.R.choice([G.R.randint(0, 59)] * 4 + [G.R.randint(60, 150)]),
         's': G.R.choice([G.R.randint(0, 59)] * 4 + [G.R.randint(60, 300)])}
  return ''.join('%d%s' % (top[u], u) for u in parts)
def dur_secs(s): return sum(int(n) * {'h': 3600, 'm': 60, 's': 1}[u] for n, u in re.findall(r'(\d+)([hms])', s))
def messy(lo=0, hi=6):
  ws = [G.R.choice([G.word(), G.word().capitalize(), G.word() + G.R.choice(',.!'), str(G.R.randint(0, 99))]) for _ in range(G.R.randint(lo, hi))]
  sp = lambda: ' ' * G.R.choice([0, 0, 1, 2, 3])
  return sp() + ''.join(w + (' ' * G.R.choice([1, 1, 2, 3, 5]) if i < len(ws) - 1 else '') for i, w in enumerate(ws)) + sp()
def title(lo=1, hi=7):
  def tok():
    k = G.R.random()
    if k < 0.08: return G.R.choice(['&', '&', '+', '!', ':', '...'])
    w = G.R.choice([G.word(), G.word(), G.word().capitalize(), G.word().capitalize(), G.word().upper(), str(G.R.randint(0, 2030))])
    if k > 0.93 and len(w) > 1 and w.isalpha(): w = w[:-1] + "'" + w[-1:]
    if k < 0.35: w += G.R.choice([',', '!', '?', ':', "'s", '.'])
    return w
  return ' '.join(tok() for _ in range(G.R.randint(lo, hi)))
def slug(s): return '-'.join(''.join(c for c in s.lower() if c in string.ascii_lowercase + string.digits + ' ').split())
def overlaps(t, p): return sum(t.startswith(p, i) for i in range(len(t)))
def occ_case(n=20):
  t = ''.join(G.R.choice(G.R.choice(['ab', 'abc', 'aab'])) for _ in range(G.R.randint(0, n)))
  i = G.R.randint(0, len(t)); p = t[i:i + G.R.randint(1, 3)]
  return [t, p if p and G.R.random() < 0.6 else ''.join(G.R.choice('abc') for _ in range(G.R.randint(1, 3)))]
def letters_text(n=20):
  pool = G.R.choice(['aAbBcC  .,!1', 'abcdeABCDE ,!?23', string.ascii_letters + '  .,'])
  s = ''.join(G.R.choice(pool) for _ in range(G.R.randint(0, n)))
  return s if any(c.isalpha() for c in s) else s + G.R.choice('abcAB')
def top_letter(s):
  t = [c for c in s.lower() if c in string.ascii_lowercase]
  return min(set(t), key=lambda c: (-t.count(c), c))
def streak(xs):
  best = cur = 0
  for i, x in enumerate(xs):
    cur = cur + 1 if i and x > xs[i - 1] else 1; best = max(best, cur)
  return best
def temps(lo=0, hi=12):
  n = G.R.randint(lo, hi)
  return G.R.choice([[G.R.randint(-5, 30) for _ in range(n)], [G.R.randint(0, 4) for _ in range(n)], sorted(G.R.randint(-5, 30) for _ in range(n)),
                     list(range(G.R.randint(-5, 5), G.R.randint(-5, 5) + n)), [G.R.randint(-9, 9)] * n])
def passing(lo=0, hi=12):
  xs = G.ints(lo, hi, 0, 100)
  return [xs, G.R.choice([G.R.randint(0, 100), 50, 60, 0, 100] + ([G.R.choice(xs)] * 3 if xs else []))]
HEX = string.digits + 'abcdefABCDEF'
def colour():
  k = G.R.random(); h = ''.join(G.R.choice(HEX) for _ in range(6))
  if k < 0.45: return '#' + h
  if k < 0.55: return h
  if k < 0.7: return '#' + ''.join(G.R.choice(HEX) for _ in range(G.R.choice([0, 3, 4, 5, 7, 8])))
  if k < 0.85: i = G.R.randrange(6); return '#' + h[:i] + G.R.choice('gGxzZ #-') + h[i + 1:]
  return G.R.choice(['#' + h + ' ', ' #' + h, '##' + h[:5], '#' + h[:3], ''])
def is_colour(s): return len(s) == 7 and s[0] == '#' and all(c in HEX for c in s[1:])
def growth(p, r, t):  # exact balances; None when some balance sits within a hair of the target
  b, g, n = G.Fr(p), 1 + G.dec(r) / 100, 0
  while True:
    if n and abs(b - t) <= G.Fr(1, 10**6): return None
    if b >= t: return n
    b, n = b * g, n + 1
def saving(big=False):
  p = G.R.choice([G.R.randint(100, 10000), G.R.randint(1, 100) * 100, 1000])
  r = G.R.choice([G.R.randint(1, 12), G.R.randint(5, 150) / 10, 5, 10])
  if big: return [p, r, G.R.randint(5 * p, 40 * p)]
  t = G.R.choice([p * G.R.randint(2, 3)] * 2 + [G.R.randint(p + 1, 5 * p)] * 4) if G.R.random() < 0.85 else G.R.choice([p, G.R.randint(p // 2, p)])
  return [p, r, t]
def bounces(h):  # exact heights, 60% of the last each time; None when one sits within a hair of 1 metre
  b, n = G.dec(h) * G.Fr(3, 5), 0
  while True:
    if abs(b - 1) <= G.Fr(1, 10**7): return None
    if b < 1: return n
    b, n = b * G.Fr(3, 5), n + 1

def set8():
  # Written blind to the engine (no engine source read) by a helper, as held-out material: fourteen everyday tasks
  # phrased as a user would. Rounded results follow Math.round (halves up); exact half cases are left out.
  P = {
   'price-with-tax': ("Add sales tax to a price. The tax rate is given as a percentage (e.g. 8.25 means 8.25%). Return the total rounded to the nearest cent.",
     "(price: number, taxRate: number) => number",
     lambda: G.until(lambda: [G.R.choice([G.cents(0, 20000), G.cents(0, 20000), G.R.randint(0, 500), G.R.choice([0, 0.01, 0.99, 9.99, 100])]),
                              G.R.choice([G.R.randint(0, 25), G.R.randint(0, 2000) / 100, G.R.choice([0, 5, 6.25, 7.5, 8.25, 8.875, 10, 20])])],
                     lambda p, r: G.clear(G.dec(p) * (100 + G.dec(r)) / 100, 2)),
     lambda p, r: G.rnd(p + p * r / 100, 2)),
   'electricity-bill': ("The electricity bill is an $8 monthly service charge plus 12 cents per kWh for the first 500 kWh and 15 cents per kWh for"
     " every kWh above 500. Given the kWh used this month, return the bill in dollars.", "(kwh: number) => number",
     lambda: [G.R.choice([G.R.randint(0, 1500), G.R.randint(0, 1500), G.R.randint(0, 600), G.R.choice([0, 1, 499, 500, 501, 1000])])], bill),
   'pounds-to-kg': ("convert lbs to kg rounded to 2 decimals (1 lb = 0.45359237 kg)", "(pounds: number) => number",
     lambda: G.until(lambda: [G.R.choice([G.R.randint(0, 3000) / 10, G.R.randint(0, 400), G.R.choice([0, 1, 2.2, 100])])], lambda x: G.clear(G.dec(x) * LB, 2)),
     lambda x: G.rnd(x * 0.45359237, 2)),
   'add-minutes-to-time': ("Add a number of minutes to a 24-hour clock time written as \"HH:MM\" and return the new time in the same format,"
     " wrapping around past midnight. Example: \"23:30\" plus 45 minutes is \"00:15\".", "(time: string, minutes: number) => string",
     lambda: [clock(), G.R.choice([G.R.randint(0, 180), G.R.randint(0, 1440), G.R.choice([0, 1, 30, 60, 1439, 1440, 1441])])], add_min),
   'duration-to-seconds': ("Convert a duration string like \"1h30m\", \"2h5m10s\" or \"45s\" into the total number of seconds.", "(duration: string) => number",
     lambda: [duration()], dur_secs),
   'collapse-spaces': ("Clean up the spacing in a piece of text: remove leading and trailing spaces and turn any run of multiple spaces into a single space.",
     "(text: string) => string", lambda: [messy()], lambda s: ' '.join(w for w in s.split(' ') if w)),
   'slugify': ("Turn a blog post title into a URL slug: make it lowercase, remove every character that is not a letter, a digit or a space, then join"
     " the words with hyphens. For example \"Hello, World! Top 10 Tips\" becomes \"hello-world-top-10-tips\".", "(title: string) => string",
     lambda: [title()], slug),
   'count-occurrences': ("Count how many times pattern occurs in text, including overlapping occurrences (so \"aa\" occurs 2 times in \"aaa\").",
     "(text: string, pattern: string) => number", lambda: occ_case(), overlaps),
   'most-common-letter': ("Find the letter that appears most often in the text. Ignore case and ignore anything that isn't a letter. If several letters"
     " are tied, return the one that comes first in the alphabet. Return it lowercase.", "(text: string) => string",
     lambda: [letters_text()], top_letter),
   'longest-warming-streak': ("Given a list of daily temperatures, return the length of the longest run of consecutive days where each day was warmer"
     " than the day before. For example [3, 5, 7, 6, 8, 9, 10, 2] gives 4 (6, 8, 9, 10). One day on its own counts as 1, and an empty list gives 0.",
     "(temps: number[]) => number", lambda: [temps()], streak),
   'passing-scores': ("Return the scores that are at or above the pass mark, sorted from highest to lowest.", "(scores: number[], passMark: number) => number[]",
     passing, lambda xs, m: sorted((x for x in xs if x >= m), reverse=True)),
   'valid-hex-color': ("Check if a string is a valid hex color code: a # followed by exactly 6 hex digits (0-9, a-f, upper or lower case).",
     "(color: string) => boolean", lambda: [colour()], is_colour),
   'years-to-target': ("I put money in a savings account that pays a fixed yearly interest rate in percent, compounded once a year. How many whole years"
     " until the balance is at least the target amount? Return 0 if the starting amount already reaches it.", "(start: number, ratePercent: number, target: number) => number",
     lambda: G.until(saving, lambda p, r, t: growth(p, r, t) is not None), lambda p, r, t: growth(p, r, t)),
   'ball-bounces': ("A ball is dropped from a height given in metres, and each bounce reaches 60% of the height of the previous one. Return how many"
     " bounces reach 1 metre or higher. Example: from 10 m the bounces reach 6, 3.6, 2.16, 1.296, 0.7776 m, so the answer is 4.",
     "(heightM: number) => number",
     lambda: G.until(lambda: [G.R.choice([G.R.randint(0, 1000) / 10, G.R.randint(0, 200), G.R.randint(0, 50) / 10, G.R.choice([0, 1, 1.6, 1.7, 2.7, 2.8, 10])])],
                     lambda h: bounces(h) is not None), bounces),
  }
  LONGER = {'electricity-bill': lambda: [G.R.randint(1501, 100000)],
            'pounds-to-kg': lambda: G.until(lambda: [G.R.randint(3001, 200000) / 10], lambda x: G.clear(G.dec(x) * LB, 2)),
            'add-minutes-to-time': lambda: [clock(), G.R.randint(1441, 10**6)],
            'duration-to-seconds': lambda: [duration(hmax=10000)],
            'collapse-spaces': lambda: [messy(8, 20)], 'slugify': lambda: [title(8, 16)],
            'count-occurrences': lambda: occ_case(60), 'most-common-letter': lambda: [letters_text(80)],
            'longest-warming-streak': lambda: [temps(13, 40)], 'passing-scores': lambda: passing(13, 40),
            'years-to-target': lambda: G.until(lambda: saving(big=True), lambda p, r, t: growth(p, r, t) is not None),
            'ball-bounces': lambda: G.until(lambda: [G.R.randint(1001, 10**6) / 10], lambda h: bounces(h) is not None)}
  return P, LONGER

if __name__ == '__main__':
  G.R = random.Random(46); G.write(sys.argv[1], *set8())
