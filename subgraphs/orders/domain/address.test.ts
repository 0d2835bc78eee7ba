import { ADDRESS_LIMITS, checkDestination, geoOf, type DestinationInput } from './address';

const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };
const STREET = { line1: '12 rue de Rivoli', city: 'Paris', postalCode: '75004' };

describe('checkDestination', () => {
  it('trims every field, drops empty ones, and keeps the point as it is', () => {
    const out = checkDestination({
      ...PARIS,
      name: '  Ada Lovelace ',
      line1: ' 12 rue de Rivoli',
      line2: '   ',
      city: 'Paris ',
      postalCode: ' 75004 ',
      region: null,
      phone: ' +33 (0)1 23-45.67 ',
    });
    expect(out).toEqual({
      ok: true,
      destination: {
        ...PARIS,
        name: 'Ada Lovelace',
        line1: '12 rue de Rivoli',
        city: 'Paris',
        postalCode: '75004',
        phone: '+33 (0)1 23-45.67',
      },
    });
    // A point alone is still a destination (routing needs nothing more).
    expect(checkDestination(PARIS)).toEqual({ ok: true, destination: PARIS });
  });

  it.each<[string, Partial<DestinationInput>, string]>([
    ['a latitude off the globe', { lat: 91 }, 'destination.lat'],
    ['a longitude off the globe', { lng: -181 }, 'destination.lng'],
    ['a lower-case country', { countryCode: 'fr' }, 'destination.countryCode'],
    ['a name past its limit', { name: 'x'.repeat(ADDRESS_LIMITS.name + 1) }, 'destination.name'],
    ['a line1 past its limit', { ...STREET, line1: 'x'.repeat(ADDRESS_LIMITS.line1 + 1) }, 'destination.line1'],
    ['a line break in line2', { ...STREET, line2: 'floor 2\nleft' }, 'destination.line2'],
    ['a control character in city', { ...STREET, city: 'Par\u0007is' }, 'destination.city'],
    ['a city past its limit', { ...STREET, city: 'x'.repeat(ADDRESS_LIMITS.city + 1) }, 'destination.city'],
    ['a postal code with punctuation', { ...STREET, postalCode: '75004!' }, 'destination.postalCode'],
    ['a postal code past its limit', { ...STREET, postalCode: '1'.repeat(17) }, 'destination.postalCode'],
    ['a region past its limit', { ...STREET, region: 'x'.repeat(ADDRESS_LIMITS.region + 1) }, 'destination.region'],
    ['a phone with letters', { phone: '+33 1 CALL ME' }, 'destination.phone'],
    ['a phone of 3 digits', { phone: '112' }, 'destination.phone'],
    ['a phone of 16 digits', { phone: '1234567890123456' }, 'destination.phone'],
    ['a street without line1', { city: 'Paris', postalCode: '75004' }, 'destination.line1'],
    ['a street without city', { line1: '12 rue de Rivoli' }, 'destination.city'],
  ])('refuses %s, naming the field', (_, over, field) => {
    expect(checkDestination({ ...PARIS, ...over })).toMatchObject({ ok: false, field });
  });

  it('accepts every field at its limit', () => {
    const at = (n: number) => 'a'.repeat(n);
    const out = checkDestination({
      ...PARIS,
      name: at(ADDRESS_LIMITS.name),
      line1: at(ADDRESS_LIMITS.line1),
      line2: at(ADDRESS_LIMITS.line2),
      city: at(ADDRESS_LIMITS.city),
      postalCode: 'A'.repeat(ADDRESS_LIMITS.postalCode),
      region: at(ADDRESS_LIMITS.region),
      phone: '+' + '1'.repeat(15),
    });
    expect(out.ok).toBe(true);
  });

  it('routing gets the point and the country only', () => {
    const out = checkDestination({ ...PARIS, ...STREET, name: 'Ada', phone: '0123456789' });
    expect(out.ok && geoOf(out.destination)).toEqual(PARIS);
    expect(geoOf(null)).toBeNull();
  });
});
