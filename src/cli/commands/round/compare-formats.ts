/** The formats `round compare` writes: read by its registration and by its run, which must not import each other. */
export const COMPARE_FORMATS = ['table', 'md', 'html', 'json', 'csv'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
