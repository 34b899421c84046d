import type { Catalogue } from '../index.js';
import common from './common.js';
import people from './people.js';

/** Every area's catalogue; an area adds its file here. */
export const catalogues: Catalogue[] = [common, people];
