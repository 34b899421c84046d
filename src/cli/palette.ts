/** The colours tandem uses; a chalk instance is one, and PLAIN is one without colour. */
export interface Palette {
  level: number;
  bold(text: string): string;
  /** Headings: bold and underlined. */
  heading(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;

/** No colour: cron output, pipes, files, NO_COLOR. */
export const PLAIN: Palette = { level: 0, bold: same, heading: same, dim: same, red: same, green: same, yellow: same, cyan: same };

/** Colour when asked for: chalk is imported only then, so runs without colour never load it. */
export async function palette(level: number): Promise<Palette> {
  if (level <= 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: Math.min(3, level) as 1 | 2 | 3 });
  return Object.assign(chalk, { heading: (text: string) => chalk.bold.underline(text) });
}
