"""Set 7 of held-out user directives: fourteen everyday tasks (pricing rules, time/measure conversions, text formatting,
list statistics, small loops, checks and parsing), written blind to the engine. Written by a helper blind to the engine (it read only generate.py); generate.py writes it with the other sets."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); import generate as G
import math, random, string

def parking(m): return 0 if m <= 15 else min(20, 3 + 2 * math.ceil(max(0, m - 60) / 60))
def disc(q): return G.Fr(8, 10) if q >= 50 else G.Fr(9, 10) if q >= 10 else G.Fr(1)
def droot(n):
  while n >= 10: n = sum(int(c) for c in str(n))
  return n
def collatz(n):
  k = 0
  while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; k += 1
  return k
def ndiv(n):
  c = 0; d = 1
  while d * d <= n:
    if n % d == 0: c += 1 if d * d == n else 2
    d += 1
  return c
UOK = string.ascii_lowercase + string.digits + '_'
def username():
  k = G.R.random()
  if k < 0.5: return ''.join(G.R.choice(UOK) for _ in range(G.R.randint(3, 12)))
  if k < 0.7: return ''.join(G.R.choice(UOK) for _ in range(G.R.choice([G.R.randint(0, 2), G.R.randint(13, 16)])))
  s = [G.R.choice(UOK) for _ in range(G.R.randint(3, 12))]
  s[G.R.randrange(len(s))] = G.R.choice(string.ascii_uppercase + ' -.!@')
  return ''.join(s)
def cap(w): return w.capitalize() if G.R.random() < 0.5 else w

def set7():
  # Written blind to the engine (no engine source read) by a helper, as held-out material: fourteen everyday tasks
  # phrased as a user would. Rounded results follow Math.round (halves up); exact half cases are left out.
  P = {
   'parking-fee': ("Parking is free for up to 15 minutes; after that it costs $3 for the first hour plus $2 for every extra hour or part of an hour, with a maximum of $20. Given the number of minutes parked, return the fee.", "(minutes: number) => number",
     lambda: [G.R.choice([G.R.randint(0, 600), G.R.randint(0, 600), G.R.randint(0, 600), G.R.randint(0, 1440), G.R.choice([0, 15, 16, 59, 60, 61, 119, 120, 121, 540, 541])])], parking),
   'seconds-to-clock': ("Show a number of seconds as minutes and seconds in the form \"m:ss\", for example 75 becomes \"1:15\" and 5 becomes \"0:05\".", "(seconds: number) => string",
     lambda: [G.R.choice([G.R.randint(0, 59), G.R.randint(0, 3599), G.R.randint(0, 3599)])], lambda s: '%d:%02d' % (s // 60, s % 60)),
   'bulk-order-total': ("Work out the cost of an order from the quantity and the unit price: orders of 10 or more items get 10% off and orders of 50 or more get 20% off. Round the result to the nearest cent.", "(quantity: number, unitPrice: number) => number",
     lambda: G.until(lambda: [G.R.choice([G.R.randint(1, 9), G.R.randint(10, 49), G.R.randint(50, 120), G.R.choice([9, 10, 49, 50])]), G.cents(50, 5000)], lambda q, p: G.clear(q * G.dec(p) * disc(q), 2)),
     lambda q, p: G.rnd(q * p * float(disc(q)), 2)),
   'mask-card': ("Hide all but the last 4 characters of a card number by replacing each of them with \"*\"; if it has 4 characters or fewer, return it unchanged.", "(card: string) => string",
     lambda: [''.join(G.R.choice(string.digits) for _ in range(G.R.choice([G.R.randint(0, 6), G.R.randint(7, 16), 16])))], lambda s: '*' * max(0, len(s) - 4) + s[-4:] if len(s) > 4 else s),
   'name-initials': ("Given a first name and a last name, return their initials in capitals, each followed by a dot, e.g. (\"john\", \"Smith\") gives \"J.S.\".", "(first: string, last: string) => string",
     lambda: [cap(G.word()), cap(G.word())], lambda a, b: a[0].upper() + '.' + b[0].upper() + '.'),
   'count-above-average': ("Count how many numbers in a non-empty list are greater than the average of the list (numbers equal to the average don't count).", "(xs: number[]) => number",
     lambda: [G.R.choice([G.ints(2, 12, -50, 50)] * 4 + [G.ints(2, 12, 0, 5)] * 3 + [[G.R.randint(-9, 9)] * G.R.randint(1, 5)])], lambda xs: sum(x * len(xs) > sum(xs) for x in xs)),
   'digital-root': ("Keep adding up the digits of a non-negative whole number until only one digit is left, and return that digit. For example 38 gives 3 + 8 = 11, then 1 + 1 = 2.", "(n: number) => number",
     lambda: [G.R.choice([G.R.randint(0, 9), G.R.randint(10, 999), G.R.randint(0, 10**6)])], droot),
   'collatz-steps': ("Starting from a positive whole number n, repeatedly halve it if it is even or replace it with 3n + 1 if it is odd; return how many steps it takes to reach 1.", "(n: number) => number",
     lambda: [G.R.choice([G.R.randint(1, 30), G.R.randint(1, 1000)])], collatz),
   'count-divisors': ("Return how many positive whole numbers divide n exactly, for a positive whole number n; for example 12 has 6 of them: 1, 2, 3, 4, 6 and 12.", "(n: number) => number",
     lambda: [G.R.choice([G.R.randint(1, 50), G.R.randint(1, 1000), G.R.choice([12, 24, 36, 48, 60, 120, 360, 720])])], ndiv),
   'sum-csv': ("Add up the whole numbers in a comma-separated string such as \"3,4,-2\" (no spaces) and return the total.", "(s: string) => number",
     lambda: [','.join(str(G.R.choice([G.R.randint(0, 20), G.R.randint(0, 100), G.R.randint(-50, 50)])) for _ in range(G.R.randint(1, 8)))], lambda s: sum(int(x) for x in s.split(','))),
   'valid-username': ("Return true if the username is 3 to 12 characters long and contains only lowercase letters, digits and underscores.", "(username: string) => boolean",
     lambda: [username()], lambda u: 3 <= len(u) <= 12 and all(c in UOK for c in u)),
   'top-three': ("Return the three largest numbers of a list from largest to smallest (a repeated value can appear more than once); if the list has fewer than three numbers, return all of them sorted that way.", "(xs: number[]) => number[]",
     lambda: [G.R.choice([G.ints(0, 12, -50, 50), G.ints(0, 12, 0, 9), G.ints(1, 3)])], lambda xs: sorted(xs, reverse=True)[:3]),
   'minutes-since-midnight': ("Given a time of day written as \"HH:MM\" in 24-hour format, like \"07:45\", return the number of minutes since midnight.", "(time: string) => number",
     lambda: ['%02d:%02d' % (G.R.choice([G.R.randint(0, 23)] * 3 + [G.R.choice([0, 12, 23])]), G.R.choice([G.R.randint(0, 59)] * 3 + [G.R.choice([0, 30, 59])]))], lambda t: int(t[:2]) * 60 + int(t[3:])),
   'average-speed': ("Given a distance in kilometres and a travel time in minutes, return the average speed in km per hour, rounded to one decimal place.", "(distanceKm: number, minutes: number) => number",
     lambda: G.until(lambda: [G.R.randint(1, 5000) / 10, G.R.randint(1, 600)], lambda d, t: G.clear(G.dec(d) * 60 / t, 1)), lambda d, t: G.rnd(d * 60 / t, 1)),
  }
  LONGER = {'seconds-to-clock': lambda: [G.R.randint(3600, 200000)],
            'bulk-order-total': lambda: G.until(lambda: [G.R.randint(121, 2000), G.cents(50, 50000)], lambda q, p: G.clear(q * G.dec(p) * disc(q), 2)),
            'mask-card': lambda: [''.join(G.R.choice(string.digits) for _ in range(G.R.randint(17, 40)))],
            'count-above-average': lambda: [G.ints(13, 40, -1000, 1000)],
            'digital-root': lambda: [G.R.randint(10**6, 10**15)],
            'collatz-steps': lambda: [G.R.randint(1001, 10**6)],
            'count-divisors': lambda: [G.R.randint(1001, 200000)],
            'sum-csv': lambda: [','.join(str(G.R.randint(-10000, 10000)) for _ in range(G.R.randint(9, 25)))],
            'top-three': lambda: [G.ints(13, 40, -1000, 1000)]}
  return P, LONGER

if __name__ == '__main__':
  G.R = random.Random(45); G.write(sys.argv[1], *set7())
