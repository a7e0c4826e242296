// RFC 7946 to the letter, for every export: longitude first, at most 6 decimals (about 0.1 m, RFC 7946 §11.2),
// exterior rings counter-clockwise and holes clockwise (§3.1.6), no empty rings or parts, no `crs` (§4). The
// work is the one geometry normaliser's (core/geometry), which the estimated areas go through too.
export { normalizeFeatureCollection, normalizeGeometry, round6, signedArea2 } from '../geometry/normalize';
