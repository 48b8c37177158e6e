/**
 * A seeded pseudo-random source (sfc32), so that a simulated host is the same on every run
 * from the same seed: tests and lessons can rely on it.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** `n` lowercase hex digits, as Docker's IDs and veth suffixes are. */
  hex(n: number): string {
    let s = '';
    while (s.length < n) s += this.next().toString(16).padStart(8, '0');
    return s.slice(0, n);
  }

  /** A locally administered unicast MAC (as the kernel gives a veth or a bridge). */
  mac(): string {
    const bytes = Array.from({ length: 6 }, () => this.next() & 0xff);
    bytes[0] = ((bytes[0] ?? 0) & 0xfe) | 0x02;
    return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
}
