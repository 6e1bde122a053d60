// The coordinator's live dashboard. Plain script, no framework, nothing loaded from
// elsewhere (the server's Content-Security-Policy forbids it). Every value is written
// with textContent, never as HTML: worker names and reasons come from the network.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];
  const ROUNDS_SHOWN = 50;
  const $ = (id) => document.getElementById(id);

  function num(v) {
    if (typeof v !== "number" || !Number.isFinite(v)) return "–";
    const a = Math.abs(v);
    return a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : String(Number(v.toPrecision(4)));
  }
  function secs(v) { return typeof v === "number" && Number.isFinite(v) ? v.toFixed(v >= 10 ? 1 : 3) : "–"; }
  function bytes(n) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
    return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
  }
  function time(iso) { return typeof iso === "string" && iso.length >= 19 ? iso.slice(11, 19) : ""; }
  function pairs(record) {
    return record ? Object.entries(record).map(([k, v]) => `${k} ${typeof v === "number" ? num(v) : v}`).join(", ") : "–";
  }

  function cell(row, text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }
  function fill(tbody, items, build) {
    const rows = items.map((item) => { const tr = document.createElement("tr"); build(tr, item); return tr; });
    tbody.replaceChildren(...rows);
  }

  function svgEl(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /** About five ticks at 1, 2 or 5 times a power of ten, covering [lo, hi]. */
  function niceTicks(lo, hi) {
    const raw = (hi - lo) / 5;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((v) => v >= raw);
    const ticks = [];
    for (let t = Math.floor(lo / step) * step; t < hi + step; t += step) {
      ticks.push(Number(t.toPrecision(12)));
      if (t >= hi) break;
    }
    return ticks;
  }

  /** A line chart of [round, value] series; aborted rounds are red ticks under the x axis. */
  function chart(svg, series, aborted, emptyText) {
    const W = 600, H = 240, L = 56, R = 12, T = 12, B = 34;
    const parts = [];
    const all = series.flatMap((s) => s.points);
    const rounds = all.map((p) => p[0]).concat(aborted);
    if (all.length === 0) {
      parts.push(svgEl("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, emptyText));
      if (aborted.length === 0) { svg.replaceChildren(...parts); return; }
    }
    const x0 = Math.min(...rounds), x1 = Math.max(...rounds, x0 + 1);
    let lo = all.length > 0 ? Math.min(...all.map((p) => p[1])) : 0;
    let hi = all.length > 0 ? Math.max(...all.map((p) => p[1])) : 1;
    if (lo === hi) { lo -= Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
    const ticks = niceTicks(lo, hi);
    const y0 = ticks[0], y1 = ticks[ticks.length - 1];
    const px = (x) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
    const py = (y) => T + (1 - (y - y0) / (y1 - y0)) * (H - T - B);
    for (const y of ticks) {
      parts.push(svgEl("line", { x1: L, x2: W - R, y1: py(y), y2: py(y), class: "grid" }));
      parts.push(svgEl("text", { x: L - 6, y: py(y) + 4, "text-anchor": "end" }, num(y)));
    }
    parts.push(svgEl("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
    parts.push(svgEl("line", { x1: L, x2: L, y1: T, y2: H - B, class: "axis" }));
    const step = Math.max(1, Math.ceil((x1 - x0) / 8));
    for (let x = x0; x <= x1; x += step) parts.push(svgEl("text", { x: px(x), y: H - B + 16, "text-anchor": "middle" }, String(x)));
    parts.push(svgEl("text", { x: (L + W - R) / 2, y: H - 2, "text-anchor": "middle" }, "round"));
    series.forEach((s, i) => {
      const color = COLORS[i % COLORS.length];
      const points = s.points.map((p) => `${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`).join(" ");
      parts.push(svgEl("polyline", { points, fill: "none", stroke: color, "stroke-width": 2, "data-series": s.name }));
      if (s.points.length <= 60) for (const p of s.points) parts.push(svgEl("circle", { cx: px(p[0]), cy: py(p[1]), r: 2.5, fill: color }));
    });
    for (const r of aborted) {
      const mark = svgEl("line", { x1: px(r), x2: px(r), y1: H - B - 8, y2: H - B, class: "aborted-mark" });
      mark.appendChild(svgEl("title", {}, `round ${r} aborted`));
      parts.push(mark);
    }
    svg.replaceChildren(...parts);
  }

  function legend(span, names) {
    span.replaceChildren(...names.map((n, i) => {
      const s = document.createElement("span");
      s.style.color = COLORS[i % COLORS.length];
      s.textContent = `— ${n}`;
      return s;
    }));
  }

  function workerState(w) {
    if (w.state === "secagg") return `secure aggregation: ${w.stage} (round ${w.round})`;
    if (w.state === "training") return `training (round ${w.round})`;
    if (w.state === "left") return `left: ${w.leftReason || ""}`;
    return w.state;
  }

  function render(s) {
    $("run-id").textContent = s.run.runId || "–";
    $("run-state").textContent = s.run.reason ? `${s.run.state}: ${s.run.reason}` : s.run.state;
    $("run-round").textContent = `${s.run.round} of ${s.run.rounds}`;
    $("workers-connected").textContent = String(s.connected);
    $("rounds-outcome").textContent = `${s.roundsApplied} / ${s.roundsAborted}`;
    $("epsilon").textContent = s.privacy ? `${num(s.privacy.epsilon)} (δ ${num(s.privacy.delta)})` : "–";
    $("bytes").textContent = `${bytes(s.bytes.in)} / ${bytes(s.bytes.out)}`;

    fill($("workers").tBodies[0], s.workers, (tr, w) => {
      tr.className = `state-${w.state}`;
      cell(tr, w.name);
      cell(tr, w.backend);
      cell(tr, workerState(w), `state-${w.state}`);
      cell(tr, String(w.contributed));
      cell(tr, String(w.failed));
      cell(tr, w.lastFailure || "–");
      cell(tr, time(w.joinedAt));
    });

    const newest = s.rounds.slice(-ROUNDS_SHOWN).reverse();
    fill($("rounds").tBodies[0], newest, (tr, r) => {
      if (!r.applied) tr.className = "aborted";
      cell(tr, String(r.round));
      cell(tr, r.applied ? "applied" : `aborted: ${r.abortReason || ""}`, r.applied ? "outcome-applied" : "outcome-aborted reason");
      cell(tr, String(r.sampled));
      cell(tr, String(r.contributors));
      cell(tr, Object.keys(r.failures).length > 0 ? pairs(r.failures) : "0");
      cell(tr, secs(r.seconds.fit));
      const secure = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask"].filter((k) => k in r.stages);
      cell(tr, secure.length > 0 ? secs(secure.reduce((a, k) => a + r.stages[k], 0)) : "–");
      cell(tr, secs(r.seconds.aggregate));
      cell(tr, secs(r.seconds.evaluate));
      cell(tr, secs(r.seconds.total));
      cell(tr, pairs(r.test));
      cell(tr, num(r.fit.trainLoss));
      cell(tr, num(r.epsilon));
    });

    const names = Object.keys(s.series.test);
    legend($("legend-test"), names);
    chart($("chart-test"), names.map((n) => ({ name: n, points: s.series.test[n] })), s.series.aborted, "no evaluated round yet");
    chart($("chart-epsilon"), [{ name: "epsilon", points: s.series.epsilon }], [], "no differential privacy in this run");

    const counts = Object.entries(s.refusalCounts);
    $("refusal-counts").textContent = counts.length > 0 ? counts.map(([c, n]) => `${c} ${n}`).join(", ") : "none";
    fill($("refusals").tBodies[0], s.refusals.slice().reverse(), (tr, r) => {
      cell(tr, time(r.at));
      cell(tr, r.code);
      cell(tr, r.worker || "–");
      cell(tr, r.reason, "reason");
    });
    document.body.dataset.seq = String(s.seq);
  }

  function status(text, className) {
    const p = $("status");
    p.textContent = text;
    p.className = `status ${className}`;
  }

  let polling = false;
  function poll() {
    polling = true;
    fetch("/api/state", { credentials: "same-origin", cache: "no-store" })
      .then((res) => {
        if (res.status === 401) { status("not signed in: open the address with ?token= that the coordinator printed", "down"); return null; }
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json().then((s) => { render(s); status(`updated ${time(s.updatedAt)} (polling)`, "live"); });
      })
      .catch(() => status("coordinator not reachable; retrying", "down"))
      .finally(() => setTimeout(poll, 3000));
  }

  function connect() {
    if (typeof EventSource !== "function") { poll(); return; }
    const events = new EventSource("/api/events");
    events.addEventListener("snapshot", (ev) => {
      const s = JSON.parse(ev.data);
      render(s);
      status(`live, updated ${time(s.updatedAt)}`, "live");
    });
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED) { events.close(); if (!polling) poll(); }
      else status("connection lost; reconnecting", "down");
    };
  }

  connect();
})();
