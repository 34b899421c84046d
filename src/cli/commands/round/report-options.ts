// The options of `round report`, read by its registration and by its run, which must not import each other.

/** The formats `round report` writes. */
export const REPORT_FORMATS = ['table', 'md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Tandems are stale after this many days without a session unless --stale-days says otherwise. */
export const DEFAULT_STALE_DAYS = 21;

/** The options of `round report` as commander hands them over. */
export interface ReportOptions {
  asOf?: string;
  staleDays?: string;
  staleOnly?: boolean;
  format?: string;
  out?: string;
}
