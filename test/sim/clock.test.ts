import { describe, expect, it } from 'vitest';
import { SIM_EPOCH, steppingClock, wallClock } from '../../src/sim/clock.js';

describe('Clock.advance (time waited through, as by sleep)', () => {
  it('moves a stepping clock on by exactly that much, as tick does', () => {
    const c = steppingClock();
    c.advance(15_000);
    expect(c.now()).toBe(SIM_EPOCH + 15_000);
    c.tick(1000);
    c.advance(1500);
    expect(c.now()).toBe(SIM_EPOCH + 17_500);
  });

  it('puts a real-time clock ahead of the wall, which tick does not', () => {
    const c = wallClock();
    c.tick(60_000);
    expect(Math.abs(c.now() - Date.now())).toBeLessThan(1000);
    c.advance(3_600_000);
    expect(c.now() - Date.now()).toBeGreaterThan(3_590_000);
  });
});
