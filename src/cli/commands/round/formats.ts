// What `round report` and `round compare` offer, apart from the code that makes them, so
// registering the options loads nothing heavy and the runners import no command file.

export const REPORT_FORMATS = ['table', 'md', 'html', 'json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The options of `round report` as commander hands them over. */
export interface ReportOptions {
  asOf?: string;
  staleDays?: string;
  staleOnly?: boolean;
  format?: string;
  out?: string;
  excel?: boolean;
}

/** The formats `round compare` writes. */
export const COMPARE_FORMATS = ['table', 'md', 'html', 'json', 'csv', 'xlsx'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
