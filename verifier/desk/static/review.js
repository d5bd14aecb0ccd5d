/* The review page: the call's timeline and evidence, and the player that plays each piece of
 * evidence from a few seconds before it. Text is set with textContent only. */
"use strict";
(function () {
  const Desk = window.Desk;
  const data = JSON.parse(document.getElementById("desk-data").textContent);
  const spec = JSON.parse(document.getElementById("desk-timeline").textContent);
  const call = data.call;
  const audio = document.getElementById("player");

  function play(from) {
    if (!audio) return;
    const start = function () {
      audio.currentTime = Math.min(from, isFinite(audio.duration) ? audio.duration : from);
      audio.dataset.playedFrom = String(from);
      const started = audio.play();
      if (started && started.catch) started.catch(function () { /* no output device: seeking is enough */ });
    };
    if (audio.readyState >= 1) start();
    else {
      audio.addEventListener("loadedmetadata", start, {once: true});
      audio.load();
    }
  }

  Desk.drawTimeline(document.getElementById("timeline"), spec, call, audio ? function (mark) {
    play(Math.max(0, mark.time - data.lead));
  } : null);
  document.getElementById("evidence").append(Desk.evidenceTable(call, audio ? play : null, data.lead));
  document.body.dataset.ready = "1";
})();
