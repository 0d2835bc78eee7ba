/**
 * Where a cart's or an order's shipped lines go, pure: the point routing plans to (latitude,
 * longitude, country) and the street address a carrier needs, with the rules every checkout input
 * goes through. Text fields are trimmed; empty means absent. The address is personal data
 * (policies.ts `address.read`): kept in orders, never published in events, and never sent to
 * routing, which needs the point and the country only.
 */
export const ADDRESS_LIMITS = {
  /** The recipient. */
  name: 100,
  line1: 100,
  line2: 100,
  city: 60,
  postalCode: 16,
  region: 60,
  phone: 24,
} as const;

export type AddressField = keyof typeof ADDRESS_LIMITS;
export const ADDRESS_FIELDS = Object.keys(ADDRESS_LIMITS) as AddressField[];

/** The point routing plans to. */
export interface GeoDestination {
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
}

/** A destination as stored: the point, and the address fields that were given (absent otherwise). */
export type Destination = GeoDestination & Partial<Record<AddressField, string>>;

/** A destination as a caller sends it (GraphQL gives null for an omitted field). */
export type DestinationInput = GeoDestination & Partial<Record<AddressField, string | null>>;

export type DestinationCheck = { ok: true; destination: Destination } | { ok: false; field: string; message: string };

/** Street fields: once one is given, a carrier needs line1 and city too. */
const STREET: readonly AddressField[] = ['line1', 'line2', 'city', 'postalCode', 'region'];
const REQUIRED_WITH_STREET: readonly AddressField[] = ['line1', 'city'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const POSTAL_CODE = /^[A-Za-z0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?$/;
const PHONE = /^\+?[0-9 ().-]+$/;

/** The field's problem, or null. `value` is trimmed and not empty. */
function fieldProblem(field: AddressField, value: string): string | null {
  const max = ADDRESS_LIMITS[field];
  if (value.length > max) return `${field} must be at most ${max} characters`;
  if (CONTROL.test(value)) return `${field} must not contain control characters or line breaks`;
  if (field === 'postalCode' && !POSTAL_CODE.test(value)) {
    return 'postalCode must be letters and digits, with single spaces or hyphens inside';
  }
  if (field === 'phone') {
    const digits = value.replace(/[^0-9]/g, '').length;
    if (!PHONE.test(value) || digits < 4 || digits > 15) {
      return 'phone must be 4 to 15 digits, with an optional leading + and spaces, dots, dashes or brackets';
    }
  }
  return null;
}

/**
 * Checks and normalises a destination: the point on the globe, a two-letter country code, and
 * each address field trimmed (empty: absent), within its length, without control characters; a
 * postal code of letters and digits; a phone of 4 to 15 digits. A street address needs `line1` and
 * `city`. The first problem names its field (`destination.<field>`).
 */
export function checkDestination(d: DestinationInput): DestinationCheck {
  const bad = (field: string, message: string): DestinationCheck => ({
    ok: false,
    field: `destination.${field}`,
    message,
  });
  if (!Number.isFinite(d.lat) || d.lat < -90 || d.lat > 90) return bad('lat', 'lat must be from -90 to 90');
  if (!Number.isFinite(d.lng) || d.lng < -180 || d.lng > 180) return bad('lng', 'lng must be from -180 to 180');
  if (!/^[A-Z]{2}$/.test(d.countryCode)) {
    return bad('countryCode', 'countryCode must be two capital letters (ISO 3166-1 alpha-2), e.g. FR');
  }
  const destination: Destination = { lat: d.lat, lng: d.lng, countryCode: d.countryCode };
  for (const field of ADDRESS_FIELDS) {
    const value = d[field]?.trim();
    if (!value) continue;
    const problem = fieldProblem(field, value);
    if (problem) return bad(field, problem);
    destination[field] = value;
  }
  if (STREET.some((f) => destination[f] !== undefined)) {
    const missing = REQUIRED_WITH_STREET.find((f) => destination[f] === undefined);
    if (missing) return bad(missing, `a street address needs ${REQUIRED_WITH_STREET.join(' and ')}`);
  }
  return { ok: true, destination };
}

/** What routing needs of a destination: the point and the country, never the address. */
export function geoOf(d: GeoDestination | null | undefined): GeoDestination | null {
  return d ? { lat: d.lat, lng: d.lng, countryCode: d.countryCode } : null;
}
