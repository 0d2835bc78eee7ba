import { SALES_CHANNELS } from '../platform/shared/commerce';
import type { ScenarioPrice, ScenarioProduct, ScenarioVariant } from './scenario';
import type { Random } from './random';
import { CURRENCY, DAY_MS, DEMO_NOW, iso, pad } from './constants';

/** Catalog: apparel, footwear, accessories, home, outdoor and a drop-shipped garden range. */

interface Opt {
  value: string;
  code: string;
}

interface CategoryDef {
  name: string;
  weight: number;
  nouns: readonly string[];
  adjectives: readonly string[];
  brands: readonly string[];
  /** Ordered size scale (a contiguous run is used), or null for one-size products. */
  sizes: readonly Opt[] | null;
  sizeRun: readonly [number, number];
  colours: readonly Opt[];
  colourCount: readonly [number, number];
  priceEur: readonly [number, number];
  grams: readonly [number, number];
  /** Price multiplier per size step (home textiles: bigger costs more). */
  sizeStep: number;
  blurbs: readonly string[];
  tags: readonly string[];
}

const c = (value: string, code: string): Opt => ({ value, code });
const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'].map((s) => c(s, s));
const FR_SIZES = ['36', '38', '40', '42', '44', '46'].map((s) => c(s, s));
const SHOE_SIZES = ['37', '38', '39', '40', '41', '42', '43', '44', '45', '46'].map((s) => c(s, s));
const BED_SIZES = [
  c('Single (140 x 200 cm)', 'SGL'),
  c('Double (200 x 200 cm)', 'DBL'),
  c('King (240 x 220 cm)', 'KNG'),
];

const CLOTH_COLOURS = [
  c('Black', 'BLK'), c('Navy', 'NVY'), c('White', 'WHT'), c('Ecru', 'ECR'), c('Olive', 'OLV'), c('Grey Marl', 'GRY'),
  c('Burgundy', 'BRG'), c('Sand', 'SND'), c('Sky Blue', 'SKY'), c('Rust', 'RST'), c('Forest', 'FOR'), c('Charcoal', 'CHR'),
]; // prettier-ignore
const HOME_COLOURS = [
  c('Natural', 'NAT'), c('White', 'WHT'), c('Terracotta', 'TER'), c('Sage', 'SAG'), c('Charcoal', 'CHR'), c('Indigo', 'IND'),
  c('Mustard', 'MUS'), c('Blush', 'BLU'),
]; // prettier-ignore
const GEAR_COLOURS = [c('Black', 'BLK'), c('Forest', 'FOR'), c('Orange', 'ORG'), c('Slate', 'SLT'), c('Sand', 'SND')];
const GARDEN_COLOURS = [c('Teak', 'TEK'), c('Anthracite', 'ANT'), c('White', 'WHT'), c('Sage', 'SAG')];

/** The category stocked exclusively by the drop-ship supplier. */
export const DROPSHIP_CATEGORY = 'Garden Furniture';

// prettier-ignore
const CATEGORIES: readonly CategoryDef[] = [
  { name: 'Tops', weight: 16, nouns: ['T-Shirt', 'Oxford Shirt', 'Linen Shirt', 'Polo Shirt', 'Henley', 'Breton Top', 'Sweatshirt', 'Hoodie', 'Overshirt'],
    adjectives: ['Organic Cotton', 'Classic', 'Relaxed', 'Slim-Fit', 'Heavyweight', 'Striped', 'Garment-Dyed', 'Pima Cotton'],
    brands: ['Atelier Nord', 'Bréhat', 'Ligne Urbaine'], sizes: APPAREL_SIZES, sizeRun: [3, 5], colours: CLOTH_COLOURS, colourCount: [1, 2],
    priceEur: [19, 79], grams: [180, 650], sizeStep: 1, tags: ['apparel', 'cotton'],
    blurbs: ['Cut from soft, breathable cotton that gets better with every wash.', 'A wardrobe staple with a clean, modern fit.', 'Reinforced seams and a pre-washed finish for minimal shrinkage.'] },
  { name: 'Knitwear', weight: 8, nouns: ['Crew-Neck Jumper', 'Cable-Knit Cardigan', 'Roll-Neck Sweater', 'Fisherman Jumper', 'V-Neck Pullover'],
    adjectives: ['Merino', 'Cashmere-Blend', 'Lambswool', 'Chunky', 'Fine-Gauge'],
    brands: ['Atelier Nord', 'Alpage'], sizes: APPAREL_SIZES, sizeRun: [3, 5], colours: CLOTH_COLOURS, colourCount: [1, 2],
    priceEur: [49, 189], grams: [300, 800], sizeStep: 1, tags: ['apparel', 'wool'],
    blurbs: ['Knitted in Europe from responsibly sourced yarn.', 'Warm without the bulk, ideal for layering.', 'Ribbed cuffs and hem keep their shape.'] },
  { name: 'Trousers', weight: 9, nouns: ['Chinos', 'Selvedge Jeans', 'Cargo Trousers', 'Linen Trousers', 'Corduroy Trousers', 'Pleated Trousers'],
    adjectives: ['Tapered', 'Straight-Leg', 'Stretch', 'Wide-Leg', 'Washed'],
    brands: ['Ligne Urbaine', 'Atelier Nord', 'Côte Sauvage'], sizes: FR_SIZES, sizeRun: [4, 5], colours: CLOTH_COLOURS, colourCount: [1, 2],
    priceEur: [39, 129], grams: [400, 900], sizeStep: 1, tags: ['apparel', 'bottoms'],
    blurbs: ['A comfortable mid-rise with a touch of stretch.', 'Finished with horn-effect buttons and deep pockets.', 'Designed to be worn in, not worn out.'] },
  { name: 'Outerwear', weight: 8, nouns: ['Waxed Jacket', 'Down Parka', 'Rain Jacket', 'Wool Overcoat', 'Quilted Gilet', 'Softshell Jacket', 'Trench Coat'],
    adjectives: ['Packable', 'Water-Repellent', 'Insulated', 'Lightweight', 'Recycled', 'Hooded'],
    brands: ['Côte Sauvage', 'Alpage', 'Atelier Nord'], sizes: APPAREL_SIZES, sizeRun: [4, 5], colours: CLOTH_COLOURS, colourCount: [1, 2],
    priceEur: [89, 349], grams: [500, 1800], sizeStep: 1, tags: ['apparel', 'outerwear'],
    blurbs: ['Built for the Atlantic coast: wind, rain and everything in between.', 'Taped seams and an adjustable hood.', 'Insulation made from recycled fibres.'] },
  { name: 'Footwear', weight: 10, nouns: ['Leather Sneakers', 'Chelsea Boots', 'Canvas Espadrilles', 'Trail Running Shoes', 'Hiking Boots', 'Loafers', 'Desert Boots'],
    adjectives: ['Classic', 'Suede', 'Vegan', 'Waterproof', 'Low-Top', 'Cushioned'],
    brands: ['Pas de Côté', 'Alpage', 'Ligne Urbaine'], sizes: SHOE_SIZES, sizeRun: [4, 6], colours: CLOTH_COLOURS, colourCount: [1, 2],
    priceEur: [59, 199], grams: [600, 1400], sizeStep: 1, tags: ['footwear'],
    blurbs: ['A removable cushioned insole for all-day comfort.', 'Stitched soles that can be resoled.', 'Made in Portugal from full-grain leather.'] },
  { name: 'Accessories', weight: 11, nouns: ['Leather Belt', 'Wool Beanie', 'Silk Scarf', 'Canvas Tote', 'Leather Wallet', 'Baseball Cap', 'Sunglasses', 'Weekend Bag'],
    adjectives: ['Classic', 'Ribbed', 'Printed', 'Waxed', 'Minimal', 'Vintage'],
    brands: ['Maison Lumière', 'Bréhat', 'Ligne Urbaine'], sizes: null, sizeRun: [1, 1], colours: CLOTH_COLOURS, colourCount: [1, 3],
    priceEur: [15, 149], grams: [60, 900], sizeStep: 1, tags: ['accessories'],
    blurbs: ['The finishing touch to any outfit.', 'Small details, carefully made.', 'Comes gift-boxed.'] },
  { name: 'Bedding', weight: 8, nouns: ['Duvet Cover', 'Sheet Set', 'Fitted Sheet', 'Quilted Bedspread', 'Pillowcase Pair'],
    adjectives: ['Washed Linen', 'Cotton Percale', 'Cotton Sateen', 'Waffle', 'Organic Cotton'],
    brands: ['Maison Lumière', 'Terre & Bois'], sizes: BED_SIZES, sizeRun: [2, 3], colours: HOME_COLOURS, colourCount: [1, 3],
    priceEur: [29, 189], grams: [700, 2500], sizeStep: 1.2, tags: ['home', 'bedding'],
    blurbs: ['Stonewashed for a relaxed, lived-in feel.', 'OEKO-TEX certified and woven in France.', 'Breathable in summer, cosy in winter.'] },
  { name: 'Kitchen', weight: 9, nouns: ['Cast Iron Casserole', 'Stoneware Plate Set', "Chef's Knife", 'Copper Saucepan', 'Glass Carafe', 'Espresso Cup Set', 'Linen Tea Towel Set', 'Olive Wood Board'],
    adjectives: ['Enamelled', 'Hand-Glazed', 'Professional', 'Everyday', 'Artisan'],
    brands: ['Terre & Bois', 'Maison Lumière', 'Cuisine Vive'], sizes: null, sizeRun: [1, 1], colours: HOME_COLOURS, colourCount: [1, 2],
    priceEur: [12, 249], grams: [200, 5500], sizeStep: 1, tags: ['home', 'kitchen'],
    blurbs: ['Dishwasher safe and built to last for generations.', 'Made by a family workshop in Burgundy.', 'Works on gas, electric and induction hobs.'] },
  { name: 'Decor', weight: 8, nouns: ['Ceramic Vase', 'Scented Candle', 'Rattan Basket', 'Linen Lampshade', 'Oak Picture Frame', 'Round Wall Mirror', 'Wool Throw', 'Cushion Cover'],
    adjectives: ['Hand-Thrown', 'Woven', 'Textured', 'Minimal', 'Natural'],
    brands: ['Terre & Bois', 'Maison Lumière'], sizes: null, sizeRun: [1, 1], colours: HOME_COLOURS, colourCount: [1, 3],
    priceEur: [9, 139], grams: [150, 4000], sizeStep: 1, tags: ['home', 'decor'],
    blurbs: ['Adds warmth and texture to any room.', 'Each piece is slightly unique.', 'Natural materials, responsibly sourced.'] },
  { name: 'Outdoor & Camping', weight: 8, nouns: ['2-Person Tent', 'Down Sleeping Bag', 'Trekking Poles', '30L Daypack', 'Insulated Bottle', 'Camping Stove', 'Headlamp', 'Camping Chair'],
    adjectives: ['Ultralight', 'Trail', 'Compact', 'Expedition', 'All-Season'],
    brands: ['Alpage', 'Côte Sauvage', 'Sentier'], sizes: null, sizeRun: [1, 1], colours: GEAR_COLOURS, colourCount: [1, 2],
    priceEur: [15, 399], grams: [90, 3500], sizeStep: 1, tags: ['outdoor'],
    blurbs: ['Tested in the Alps and the Pyrenees.', 'Packs down small for long treks.', 'Backed by a three-year warranty.'] },
  { name: DROPSHIP_CATEGORY, weight: 5, nouns: ['Teak Garden Table', 'Folding Bistro Set', 'Aluminium Sun Lounger', 'Rattan Corner Sofa', 'Cantilever Parasol', 'Acacia Bench', 'Garden Armchair'],
    adjectives: ['Weatherproof', 'Modular', 'Folding', 'Riviera', 'Provence'],
    brands: ['Jardin & Terrasse'], sizes: null, sizeRun: [1, 1], colours: GARDEN_COLOURS, colourCount: [1, 2],
    priceEur: [129, 1499], grams: [6000, 45000], sizeStep: 1, tags: ['garden', 'home-delivery-only'],
    blurbs: ['Delivered direct from our partner workshop in Cholet.', 'Powder-coated frame that will not rust.', 'Ships fully assembled or flat-packed depending on size.'] },
];

export const CATEGORY_NAMES = CATEGORIES.map((cat) => cat.name);

const MIN_PRODUCTS = 220;
const MIN_VARIANTS = 660;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Rounds to a "x.99" price, at least 0.99. */
function price99(cents: number): number {
  return Math.max(99, Math.round(cents / 100) * 100 - 1);
}

function ean13(sequence: number): string {
  const body = `376${pad(sequence, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

function channelPrices(regular: number, sale: number | null): ScenarioPrice[] {
  const retail = sale ?? regular;
  return SALES_CHANNELS.map((channel): ScenarioPrice => {
    if (channel === 'MARKETPLACE') {
      return { channel, currencyCode: CURRENCY, amount: price99(regular * 1.08), compareAtAmount: null };
    }
    if (channel === 'B2B') {
      return { channel, currencyCode: CURRENCY, amount: Math.round((retail * 0.85) / 10) * 10, compareAtAmount: null };
    }
    return { channel, currencyCode: CURRENCY, amount: retail, compareAtAmount: sale === null ? null : regular };
  });
}

export interface CatalogData {
  products: ScenarioProduct[];
  variants: ScenarioVariant[];
}

export function generateCatalog(rng: Random): CatalogData {
  const products: ScenarioProduct[] = [];
  const variants: ScenarioVariant[] = [];
  const handles = new Set<string>();
  const weights = CATEGORIES.map((cat) => [cat, cat.weight] as const);
  let barcodeSeq = 100001;

  while (products.length < MIN_PRODUCTS || variants.length < MIN_VARIANTS) {
    const n = products.length + 1;
    const cat = rng.weighted(weights);
    const noun = rng.pick(cat.nouns);
    const title = `${rng.pick(cat.adjectives)} ${noun}`;
    const brand = rng.pick(cat.brands);
    let handle = slug(`${brand} ${title}`);
    for (let k = 2; handles.has(handle); k += 1) handle = `${slug(`${brand} ${title}`)}-${k}`;
    handles.add(handle);

    const productId = `prod_${pad(n, 4)}`;
    const status = rng.weighted([
      ['ACTIVE', 94],
      ['DRAFT', 3],
      ['ARCHIVED', 3],
    ] as const);
    const onSale = status === 'ACTIVE' && rng.chance(0.18);
    const isNew = rng.chance(0.2);
    const createdDaysAgo = isNew ? rng.int(5, 60) : rng.int(61, 900);
    const tags = [...cat.tags, slug(noun)];
    if (isNew) tags.push('new');
    if (onSale) tags.push('sale');
    if (rng.chance(0.12)) tags.push('bestseller');
    if (rng.chance(0.15)) tags.push('eco-designed');
    products.push({
      id: productId,
      handle,
      title,
      description: `${title} by ${brand}. ${rng.shuffle(cat.blurbs).slice(0, 2).join(' ')}`,
      brand,
      category: cat.name,
      tags,
      status,
      createdAt: iso(DEMO_NOW - createdDaysAgo * DAY_MS - rng.int(0, 23) * 3_600_000),
    });

    const basePrice = rng.int(cat.priceEur[0], cat.priceEur[1]) * 100 - rng.pick([1, 1, 1, 5, 0]);
    const saleFactor = onSale ? rng.pick([0.7, 0.75, 0.8]) : null;
    const sizes: Opt[] = cat.sizes
      ? (() => {
          const run = rng.int(cat.sizeRun[0], Math.min(cat.sizeRun[1], cat.sizes.length));
          const start = rng.int(0, cat.sizes.length - run);
          return cat.sizes.slice(start, start + run);
        })()
      : [c('One size', 'OS')];
    const colours = rng.sample(cat.colours, rng.int(cat.colourCount[0], cat.colourCount[1]));
    const grams = rng.int(cat.grams[0], cat.grams[1]);

    sizes.forEach((size, sizeIndex) => {
      const regular = price99(basePrice * Math.pow(cat.sizeStep, sizeIndex));
      const sale = saleFactor === null ? null : price99(regular * saleFactor);
      for (const colour of colours) {
        const options = cat.sizes
          ? [
              { name: 'Size', value: size.value },
              { name: 'Colour', value: colour.value },
            ]
          : [{ name: 'Colour', value: colour.value }];
        variants.push({
          sku: `SKU-${pad(n, 4)}-${size.code}-${colour.code}`,
          productId,
          title: cat.sizes ? `${size.value} / ${colour.value}` : colour.value,
          options,
          prices: channelPrices(regular, sale),
          barcode: ean13(barcodeSeq++),
          weightGrams: Math.round(grams * (1 + 0.04 * sizeIndex)),
        });
      }
    });
  }
  return { products, variants };
}
