/** The prompts tandem uses; the real one wraps @inquirer/prompts, tests pass a scripted one. */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  disabled?: boolean | string;
}

export interface Prompter {
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  checkbox<T>(options: { message: string; choices: (Choice<T> & { checked?: boolean })[] }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  number(options: {
    message: string;
    default?: number;
    min?: number;
    max?: number;
    required?: boolean;
  }): Promise<number | undefined>;
}
