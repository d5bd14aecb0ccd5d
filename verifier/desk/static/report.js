/* The report page: the table of all calls (sort, filter, pages), one call's details and timeline,
 * the delete list as a download. Data comes from the page's JSON block; text is set with
 * textContent only. */
"use strict";
(function () {
  const Desk = window.Desk;
  const el = Desk.el;
  const data = JSON.parse(document.getElementById("desk-data").textContent);
  const calls = data.calls;
  const PAGE = 100;
  const state = {sort: "verdict", dir: 1, page: 0, rows: calls};
  const VERDICT_ORDER = {non_compliant: 0, needs_review: 1, compliant: 2, unknown: 3};

  const columns = [
    {key: "id", title: "call", value: function (c) { return c.id; }},
    {key: "folder", title: "folder", value: function (c) { return c.folder; }},
    {key: "verdict", title: "verdict", value: function (c) { return VERDICT_ORDER[c.verdict]; }},
    {key: "review", title: "review", value: function (c) { return c.review; }},
    {key: "consent", title: "consent", value: function (c) { return c.consent; }},
    {key: "reasons", title: "reasons", value: function (c) { return c.reasons.join(" "); }},
    {key: "action", title: "action", value: function (c) { return c.action; }},
    {key: "lang", title: "language", value: function (c) { return c.lang; }},
  ];

  // ---- filters
  const filters = {
    verdict: document.getElementById("f-verdict"),
    reason: document.getElementById("f-reason"),
    folder: document.getElementById("f-folder"),
    lang: document.getElementById("f-lang"),
    review: document.getElementById("f-review"),
    text: document.getElementById("f-text"),
  };
  function fill(select, values) {
    for (const v of values) select.append(el("option", {"value": v}, v));
  }
  function distinct(pick) {
    const seen = new Set();
    for (const c of calls) for (const v of pick(c)) seen.add(v);
    return Array.from(seen).sort();
  }
  fill(filters.verdict, distinct(function (c) { return [c.verdict]; }));
  fill(filters.reason, distinct(function (c) { return c.reasons; }));
  fill(filters.folder, distinct(function (c) { return [c.folder]; }));
  fill(filters.lang, distinct(function (c) { return [c.lang]; }));

  function matches(c) {
    if (filters.verdict.value && c.verdict !== filters.verdict.value) return false;
    if (filters.reason.value && c.reasons.indexOf(filters.reason.value) < 0) return false;
    if (filters.folder.value && c.folder !== filters.folder.value) return false;
    if (filters.lang.value && c.lang !== filters.lang.value) return false;
    const review = filters.review.value;
    if (review === "none" && c.review) return false;
    if (review === "any" && !c.review) return false;
    if ((review === "compliant" || review === "non_compliant") && c.review !== review) return false;
    const text = filters.text.value.trim().toLowerCase();
    if (text && c.id.toLowerCase().indexOf(text) < 0 && c.path.toLowerCase().indexOf(text) < 0) return false;
    return true;
  }

  function refresh() {
    const column = columns.find(function (col) { return col.key === state.sort; });
    const rows = calls.filter(matches);
    rows.sort(function (a, b) {
      const x = column.value(a), y = column.value(b);
      if (x < y) return -state.dir;
      if (x > y) return state.dir;
      return a.i - b.i;
    });
    state.rows = rows;
    state.page = Math.min(state.page, Math.max(0, Math.ceil(rows.length / PAGE) - 1));
    draw();
  }

  // ---- the table
  const table = document.getElementById("calls-table");
  const headRow = el("tr");
  for (const col of columns) {
    const th = el("th", {"class": "sortable", "data-key": col.key, "scope": "col"}, col.title);
    th.addEventListener("click", function () {
      state.dir = state.sort === col.key ? -state.dir : 1;
      state.sort = col.key;
      refresh();
    });
    headRow.append(th);
  }
  const thead = el("thead");
  thead.append(headRow);
  const tbody = el("tbody");
  table.append(thead, tbody);
  const count = document.getElementById("calls-count");
  const pageLabel = document.getElementById("page-label");

  function draw() {
    for (const th of headRow.children) {
      th.setAttribute("aria-sort", th.dataset.key === state.sort ? (state.dir > 0 ? "ascending" : "descending") : "none");
    }
    tbody.textContent = "";
    const start = state.page * PAGE;
    for (const c of state.rows.slice(start, start + PAGE)) {
      const row = el("tr", {"class": "pick", "data-call": String(c.i)});
      const link = el("a", {"href": "#call-" + c.i}, c.id);
      const idCell = el("td");
      idCell.append(link);
      const verdictCell = el("td");
      verdictCell.append(Desk.badge(c.verdict));
      const reasonCell = el("td");
      for (const code of c.reasons) reasonCell.append(el("span", {"class": "code"}, code));
      const reviewCell = el("td");
      if (c.review) reviewCell.append(Desk.badge(c.review));
      row.append(idCell, el("td", null, c.folder), verdictCell, reviewCell, el("td", null, c.consent),
                 reasonCell, el("td", null, c.action), el("td", null, c.lang));
      row.addEventListener("click", function (event) {
        if (event.target.tagName !== "A") location.hash = "#call-" + c.i;
      });
      tbody.append(row);
    }
    const pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
    count.textContent = state.rows.length + " of " + calls.length + " calls";
    pageLabel.textContent = "page " + (state.page + 1) + " of " + pages;
    document.getElementById("page-prev").disabled = state.page === 0;
    document.getElementById("page-next").disabled = state.page >= pages - 1;
  }
  document.getElementById("page-prev").addEventListener("click", function () { state.page -= 1; draw(); });
  document.getElementById("page-next").addEventListener("click", function () { state.page += 1; draw(); });
  for (const name of Object.keys(filters)) {
    filters[name].addEventListener(name === "text" ? "input" : "change", function () { state.page = 0; refresh(); });
  }

  // ---- one call
  const panel = document.getElementById("call");
  function fact(list, name, value) {
    if (value === "" || value === null || value === undefined) return;
    list.append(el("dt", null, name));
    const dd = el("dd");
    if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
    list.append(dd);
  }
  function showCall(index) {
    const c = calls[index];
    if (!c) { panel.hidden = true; return; }
    panel.hidden = false;
    const body = document.getElementById("call-body");
    body.textContent = "";
    document.getElementById("call-title").textContent = c.id;
    const facts = el("dl", {"class": "facts"});
    fact(facts, "verdict", Desk.badge(c.verdict));
    fact(facts, "consent", c.consent + (c.method ? " (" + c.method + ")" : ""));
    fact(facts, "required action", c.action);
    fact(facts, "folder", c.folder);
    fact(facts, "language", c.lang);
    fact(facts, "recording", c.path);
    fact(facts, "duration", Desk.seconds(c.dur));
    fact(facts, "analysed until", Desk.seconds(c.until));
    body.append(facts);
    if (c.error) body.append(el("p", {"class": "error"}, "Could not be analysed: " + c.error));
    if (c.why.length) {
      body.append(el("h3", null, "Reasons"));
      const list = el("ul");
      for (const r of c.why) {
        const item = el("li");
        item.append(el("span", {"class": "code"}, r[0]), document.createTextNode(" " + r[1]));
        list.append(item);
      }
      body.append(list);
    }
    body.append(el("h3", null, "Timeline of the opening"));
    const chart = el("div", {"class": "timeline", "id": "timeline"});
    body.append(chart);
    if (!c.segs.length) body.append(el("p", {"class": "muted"}, "This record holds no transcript: only the evidence is shown."));
    Desk.drawTimeline(chart, data.timeline, c, null);
    body.append(el("h3", null, "Evidence and the words heard"));
    body.append(Desk.evidenceTable(c, null, 0));
    body.append(el("h3", null, "Review decisions"));
    if (c.reviews.length) {
      const list = el("ul", {"class": "decisions"});
      for (const r of c.reviews) {
        const item = el("li");
        item.append(Desk.badge(r.decision), document.createTextNode(" by " + r.reviewer + ", " + r.time + (r.comment ? ": " + r.comment : "")));
        list.append(item);
      }
      body.append(list);
    } else {
      body.append(el("p", {"class": "muted"}, "None yet."));
    }
    panel.scrollIntoView();
  }
  function route() {
    const m = /^#call-(\d+)$/.exec(location.hash);
    if (m) showCall(Number(m[1]));
  }
  window.addEventListener("hashchange", route);

  // ---- the delete list as a file
  const download = document.getElementById("download-delete");
  if (download) {
    download.addEventListener("click", function () {
      const bytes = Uint8Array.from(atob(data.deleteList), function (ch) { return ch.charCodeAt(0); });
      const url = URL.createObjectURL(new Blob([bytes], {type: "text/plain"}));
      const a = el("a", {"href": url, "download": data.deleteName});
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    });
  }

  refresh();
  route();
  document.body.dataset.ready = "1";
})();
