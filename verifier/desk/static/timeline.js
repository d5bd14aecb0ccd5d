/* The reviewer's desk: a call's timeline and evidence list, shared by the report and the review
 * page. Text from records is only ever set with textContent; the chart is the desk's Vega spec,
 * drawn by vega-embed with Vega's expression interpreter (no eval: a strict CSP holds). */
"use strict";
window.Desk = window.Desk || {};
(function (Desk) {
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const name of Object.keys(attrs)) node.setAttribute(name, attrs[name]);
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  Desk.el = el;

  Desk.seconds = function (s) {
    if (typeof s !== "number" || !isFinite(s)) return "";
    if (s < 60) return s.toFixed(1) + " s";
    const m = Math.floor(s / 60);
    return m + ":" + (s - 60 * m).toFixed(1).padStart(4, "0");
  };

  Desk.badge = function (verdict) {
    return el("span", {"class": "badge " + verdict}, verdict.replace("_", " "));
  };

  /* Draw CALL's timeline into CONTAINER from the compiled Vega SPEC; ONMARK(mark) on a click. */
  Desk.drawTimeline = function (container, spec, call, onMark) {
    const chart = JSON.parse(JSON.stringify(spec));
    const values = {
      segments: call.segs.map(function (s) { return {start: s[0], end: s[1], lane: s[2], text: s[3]}; }),
      marks: call.marks,
      deadline: typeof call.deadline === "number" ? [{t: call.deadline}] : [],
    };
    for (const d of chart.data) {
      if (Object.prototype.hasOwnProperty.call(values, d.name)) d.values = values[d.name];
    }
    container.textContent = "";
    container.dataset.drawn = "";
    return window.vegaEmbed(container, chart, {
      mode: "vega", ast: true, actions: false, renderer: "svg", defaultStyle: false, tooltip: false,
      logLevel: 1,  // errors only: an empty row of labels warns of an "infinite extent"
    }).then(function (result) {
      if (onMark) {
        result.view.addEventListener("click", function (event, item) {
          const d = item && item.datum;
          if (d && typeof d.time === "number" && typeof d.kind === "string") onMark(d);
        });
      }
      container.dataset.drawn = "1";
      return result;
    }).catch(function (err) {
      container.textContent = "The timeline could not be drawn: " + err;
      container.dataset.drawn = "error";
    });
  };

  /* A table of CALL's evidence marks; with ONPLAY, a button per mark that plays from LEAD s before. */
  Desk.evidenceTable = function (call, onPlay, lead) {
    const table = el("table", {"class": "evidence"});
    const head = el("tr");
    for (const h of ["at", "who", "evidence", "words heard", "phrase matched", "score"]) head.append(el("th", null, h));
    if (onPlay) head.append(el("th", null, "listen"));
    const thead = el("thead");
    thead.append(head);
    table.append(thead);
    const body = el("tbody");
    table.append(body);
    for (const m of call.marks) {
      const row = el("tr");
      row.append(el("td", {"class": "num"}, Desk.seconds(m.time)), el("td", null, m.lane),
                 el("td", null, m.kind), el("td", null, m.text), el("td", {"class": "muted"}, m.phrase),
                 el("td", {"class": "num"}, typeof m.score === "number" ? m.score.toFixed(2) : ""));
      if (onPlay) {
        const from = Math.max(0, m.time - lead);
        const button = el("button", {"type": "button", "class": "play", "data-time": String(from)},
                          "\u25B6 from " + Desk.seconds(from));
        button.addEventListener("click", function () { onPlay(from); });
        const cell = el("td");
        cell.append(button);
        row.append(cell);
      }
      body.append(row);
    }
    if (!call.marks.length) {
      const row = el("tr");
      row.append(el("td", {"colspan": onPlay ? "7" : "6", "class": "muted"}, "No evidence was found in this call."));
      body.append(row);
    }
    return table;
  };
})(window.Desk);
