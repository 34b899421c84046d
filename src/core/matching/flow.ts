/**
 * Minimum-cost flow by successive shortest paths in primal-dual form: Dijkstra with
 * potentials (Johnson reduced costs) on a residual graph kept in typed arrays, then
 * every shortest path at once (blocking flows over the zero-reduced-cost arcs).
 * All arc costs must be non-negative integers; the caller bounds them (see assignment.ts).
 *
 * The residual graph is stored compressed (CSR): a node's arcs, forward and residual,
 * are contiguous, so scanning them reads memory in order.
 */
export class FlowGraph {
  private readonly tail: Int32Array;
  private readonly head: Int32Array;
  private readonly capIn: Int32Array;
  private readonly costIn: Float64Array;
  private count = 0;
  // CSR, built by solve()
  private start = new Int32Array(0);
  private to = new Int32Array(0);
  private cap = new Int32Array(0);
  private cost = new Float64Array(0);
  private rev = new Int32Array(0);
  /** Position of input arc k in the CSR arrays. */
  private pos = new Int32Array(0);

  constructor(
    readonly nodes: number,
    maxArcs: number,
  ) {
    this.tail = new Int32Array(maxArcs);
    this.head = new Int32Array(maxArcs);
    this.capIn = new Int32Array(maxArcs);
    this.costIn = new Float64Array(maxArcs);
  }

  /** Adds arc u→v; returns its index for flowOn. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const k = this.count++;
    this.tail[k] = u;
    this.head[k] = v;
    this.capIn[k] = capacity;
    this.costIn[k] = cost;
    return k;
  }

  /** Flow on the arc returned by addArc (after minCostMaxFlow). */
  flowOn(arc: number): number {
    return this.cap[this.rev[this.pos[arc]!]!]!;
  }

  private build(): void {
    const n = this.nodes;
    const m = this.count;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) {
      start[this.tail[k]! + 1]!++;
      start[this.head[k]! + 1]!++;
    }
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const to = new Int32Array(2 * m);
    const cap = new Int32Array(2 * m);
    const cost = new Float64Array(2 * m);
    const rev = new Int32Array(2 * m);
    const pos = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const u = this.tail[k]!;
      const v = this.head[k]!;
      const a = fill[u]!++;
      const b = fill[v]!++;
      to[a] = v;
      cap[a] = this.capIn[k]!;
      cost[a] = this.costIn[k]!;
      rev[a] = b;
      to[b] = u;
      cap[b] = 0;
      cost[b] = -this.costIn[k]!;
      rev[b] = a;
      pos[k] = a;
    }
    this.start = start;
    this.to = to;
    this.cap = cap;
    this.cost = cost;
    this.rev = rev;
    this.pos = pos;
  }

  /**
   * Sends as much flow as possible from s to t at minimum cost. Every augmentation follows
   * a shortest path, so after k units the flow is a cheapest flow of value k and the result
   * is a minimum-cost maximum flow. Returns the flow value and whether the final potentials
   * certify optimality (every residual arc has a non-negative reduced cost, so there is no
   * negative cycle).
   */
  minCostMaxFlow(s: number, t: number): { flow: number; certified: boolean } {
    this.build();
    const n = this.nodes;
    const { start, to, cap, cost } = this;
    const pot = new Float64Array(n); // valid start: every cost is >= 0
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    // indexed binary heap on dist
    const heap = new Int32Array(n);
    const where = new Int32Array(n);
    let size = 0;
    const less = (a: number, b: number): boolean => {
      const da = dist[a]!;
      const db = dist[b]!;
      return da < db || (da === db && a < b);
    };
    const up = (pos: number): void => {
      const x = heap[pos]!;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        const p = heap[parent]!;
        if (!less(x, p)) break;
        heap[pos] = p;
        where[p] = pos;
        pos = parent;
      }
      heap[pos] = x;
      where[x] = pos;
    };
    const down = (pos: number): void => {
      const x = heap[pos]!;
      for (;;) {
        let child = 2 * pos + 1;
        if (child >= size) break;
        if (child + 1 < size && less(heap[child + 1]!, heap[child]!)) child++;
        const ch = heap[child]!;
        if (!less(ch, x)) break;
        heap[pos] = ch;
        where[ch] = pos;
        pos = child;
      }
      heap[pos] = x;
      where[x] = pos;
    };

    let flow = 0;
    for (;;) {
      dist.fill(Infinity);
      done.fill(0);
      where.fill(-1);
      size = 0;
      dist[s] = 0;
      heap[size] = s;
      where[s] = size++;
      let reached = false;
      while (size > 0) {
        const u = heap[0]!;
        where[u] = -1;
        size--;
        if (size > 0) {
          heap[0] = heap[size]!;
          where[heap[0]!] = 0;
          down(0);
        }
        done[u] = 1;
        if (u === t) {
          reached = true;
          break;
        }
        const du = dist[u]! + pot[u]!;
        for (let e = start[u]!, end = start[u + 1]!; e < end; e++) {
          if (cap[e]! <= 0) continue;
          const v = to[e]!;
          if (done[v]) continue;
          const nd = du + cost[e]! - pot[v]!;
          if (nd < dist[v]!) {
            dist[v] = nd;
            if (where[v]! < 0) {
              heap[size] = v;
              where[v] = size++;
            }
            up(where[v]!);
          }
        }
      }
      if (!reached) break;
      // h'(v) = h(v) + min(d(v), d(t)) keeps every residual reduced cost non-negative and
      // makes every shortest s–t path a path of zero reduced cost
      const dt = dist[t]!;
      for (let v = 0; v < n; v++) {
        const dv = dist[v]!;
        pot[v] = pot[v]! + (dv < dt ? dv : dt);
      }
      // primal-dual: augment along every zero-reduced-cost path before the next Dijkstra
      // (blocking flows on the admissible graph, as in Dinic), so one Dijkstra serves many paths
      flow += this.blockingFlows(s, t, pot);
    }

    // integers of magnitude <= 2^51 make each reduced cost below 2^53, hence exact
    const exact = (x: number) => Number.isInteger(x) && Math.abs(x) <= 2 ** 51;
    let certified = true;
    for (let u = 0; u < n && certified; u++) {
      if (!exact(pot[u]!)) certified = false;
      for (let e = start[u]!, end = start[u + 1]!; e < end; e++) {
        if (!exact(cost[e]!) || (cap[e]! > 0 && cost[e]! + pot[u]! - pot[to[e]!]! < 0)) {
          certified = false;
          break;
        }
      }
    }
    return { flow, certified };
  }

  /** Augments along zero-reduced-cost paths until none is left; returns the units sent. */
  private blockingFlows(s: number, t: number, pot: Float64Array): number {
    const n = this.nodes;
    const { start, to, cap, cost, rev } = this;
    const level = new Int32Array(n);
    const queue = new Int32Array(n);
    const it = new Int32Array(n);
    const pathArcs = new Int32Array(n);
    const pathFrom = new Int32Array(n);
    let sent = 0;
    for (;;) {
      // BFS levels over admissible arcs
      level.fill(-1);
      level[s] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt) {
        const u = queue[qh++]!;
        const pu = pot[u]!;
        for (let e = start[u]!, end = start[u + 1]!; e < end; e++) {
          const v = to[e]!;
          if (cap[e]! > 0 && level[v]! < 0 && cost[e]! + pu - pot[v]! === 0) {
            level[v] = level[u]! + 1;
            queue[qt++] = v;
          }
        }
      }
      if (level[t]! < 0) return sent;
      it.set(start.subarray(0, n));
      // repeated DFS with current-arc pointers: a blocking flow of the level graph
      let depth = 0;
      let u = s;
      for (;;) {
        if (u === t) {
          for (let k = 0; k < depth; k++) {
            const e = pathArcs[k]!;
            cap[e] = cap[e]! - 1;
            cap[rev[e]!] = cap[rev[e]!]! + 1;
          }
          sent++;
          depth = 0;
          u = s;
          continue;
        }
        const want = level[u]! + 1;
        const pu = pot[u]!;
        const end = start[u + 1]!;
        let e = it[u]!;
        for (; e < end; e++) {
          const v = to[e]!;
          if (cap[e]! > 0 && level[v] === want && cost[e]! + pu - pot[v]! === 0) break;
        }
        it[u] = e;
        if (e < end) {
          pathFrom[depth] = u;
          pathArcs[depth++] = e;
          u = to[e]!;
          continue;
        }
        // dead end: never enter u again in this level graph
        level[u] = -1;
        if (depth === 0) break;
        u = pathFrom[--depth]!;
        it[u] = it[u]! + 1;
      }
    }
  }
}
