import type { GeoPoint } from './shared/commerce';

/** The mean Earth radius (IUGG R1), in km: the one radius every distance in the project uses. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points (haversine formula on a sphere of the mean radius). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodal points; asin would then be NaN.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
