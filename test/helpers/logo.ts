/** A 1×1 PNG (signature, IHDR, IDAT, IEND): the smallest real logo. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** An SVG logo with nothing to refuse: a gradient referenced by `url(#…)`, text. */
export const SAFE_SVG =
  '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><defs><linearGradient id="g"/></defs><rect width="40" height="10" fill="url(#g)"/><text x="2" y="8">Muster</text></svg>';
