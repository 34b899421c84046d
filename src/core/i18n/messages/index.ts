import type { Catalogue } from '../index.js';
import admin from './admin.js';
import common from './common.js';
import pair from './pair.js';
import people from './people.js';
import survey from './survey.js';
import goal from './goal.js';
import report from './report.js';
import session from './session.js';
import status from './status.js';
import wizard from './wizard.js';

/** Every area's catalogue; an area adds its file here. */
export const catalogues: Catalogue[] = [common, admin, people, pair, survey, session, goal, report, status, wizard];
