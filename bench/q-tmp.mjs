import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const which = process.argv[3];
const asOf='2026-07-01', id=1;
const t0 = process.cpuUsage();
const s = performance.now();
let n = 0;
for (let k = 0; k < 1; k++) {
if (which === 'raw') {
  n += db.prepare(`SELECT pr.mentor_id, pr.mentee_id, m.name, m.email, e.name, e.email, pr.since, pr.status, pr.ended_on, pr.reasons
         FROM pair pr JOIN person m ON m.id = pr.mentor_id JOIN person e ON e.id = pr.mentee_id
         WHERE pr.round_id = ? AND pr.since <= ?`).raw().all(id,asOf).length;
  n += db.prepare(`SELECT g.achieved_on, p.name, g.text FROM goal g JOIN person p ON p.id = g.mentee_id WHERE g.round_id = ? AND g.achieved_on IS NOT NULL AND g.achieved_on <= ? ORDER BY g.achieved_on DESC, p.name IS NULL, p.name COLLATE NOCASE, p.name, p.email, g.text COLLATE NOCASE, g.id`).raw().all(id,asOf).length;
} else {
  n += JSON.parse(db.prepare(`SELECT json_group_array(json_array(pr.mentor_id, pr.mentee_id, m.name, m.email, e.name, e.email, pr.since, pr.status, pr.ended_on, pr.reasons))
         FROM pair pr JOIN person m ON m.id = pr.mentor_id JOIN person e ON e.id = pr.mentee_id
         WHERE pr.round_id = ? AND pr.since <= ?`).pluck().get(id,asOf)).length;
  n += JSON.parse(db.prepare(`SELECT json_group_array(json_array(achieved_on, name, text)) FROM (SELECT g.achieved_on, p.name, g.text FROM goal g JOIN person p ON p.id = g.mentee_id WHERE g.round_id = ? AND g.achieved_on IS NOT NULL AND g.achieved_on <= ? ORDER BY g.achieved_on DESC, p.name IS NULL, p.name COLLATE NOCASE, p.name, p.email, g.text COLLATE NOCASE, g.id)`).pluck().get(id,asOf)).length;
}
}
const c = process.cpuUsage(t0);
console.log(which, n, (performance.now()-s).toFixed(1), 'ms wall', ((c.user+c.system)/1000).toFixed(1), 'ms cpu');
