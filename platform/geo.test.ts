import fc from 'fast-check';
import { EARTH_MEAN_RADIUS_KM, haversineKm } from './geo';

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('haversineKm', () => {
  it.each([
    ['Paris–Lyon', { lat: 48.8566, lng: 2.3522 }, { lat: 45.764, lng: 4.8357 }, 391.5],
    ['Paris–Marseille', { lat: 48.8566, lng: 2.3522 }, { lat: 43.2965, lng: 5.3698 }, 660.5],
    ['one degree of latitude', { lat: 0, lng: 0 }, { lat: 1, lng: 0 }, (Math.PI / 180) * EARTH_MEAN_RADIUS_KM],
    ['one degree of longitude on the equator', { lat: 0, lng: 0 }, { lat: 0, lng: 1 }, 111.195],
    ['antipodes', { lat: 0, lng: 0 }, { lat: 0, lng: 180 }, Math.PI * EARTH_MEAN_RADIUS_KM],
    ['pole to pole', { lat: 90, lng: 0 }, { lat: -90, lng: 0 }, Math.PI * EARTH_MEAN_RADIUS_KM],
    ['the same point', { lat: 48.8566, lng: 2.3522 }, { lat: 48.8566, lng: 2.3522 }, 0],
  ])('%s: %j to %j is %d km', (_name, a, b, km) => {
    expect(haversineKm(a, b)).toBeCloseTo(km, 1);
  });

  it('uses the mean Earth radius', () => expect(EARTH_MEAN_RADIUS_KM).toBe(6371.0088));

  it('is a distance: non-negative, symmetric, zero on the diagonal, at most half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_MEAN_RADIUS_KM + 1e-9);
        expect(haversineKm(b, a)).toBeCloseTo(d, 9);
        expect(haversineKm(a, a)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('satisfies the triangle inequality (to 1 m: asin loses precision near the antipode)', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        // Near-antipodal points put asin's argument next to 1, where a rounding of 1e-16 moves the
        // angle by ~1.5e-8 rad (0.1 m); a tolerance of 1 m keeps the property meaningful.
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-3);
      }),
      { numRuns: 300 },
    );
  });
});
