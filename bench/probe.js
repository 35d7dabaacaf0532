// Injected into every bench page before its own scripts: collects layout shifts, long
// tasks and the last keydown, and gives the driver `when(check)`, which resolves with the
// time of the first frame painted after `check()` became true.
(() => {
  const b = (window.__bench = /** @type {Record<string, any>} */ ({ shifts: [], longTasks: [], keyDown: 0, interactionStart: Infinity }));
  new PerformanceObserver((list) => {
    // Layout Instability, LoAF and Event Timing entries: newer than TypeScript's DOM types.
    for (const e of /** @type {any[]} */ (list.getEntries())) b.shifts.push({ value: e.value, input: e.hadRecentInput, t: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  // Long tasks with their start; `by` names the script that ran longest in the long
  // animation frame around the task (LoAF script attribution, Chromium only): the widget's
  // files, the floor's, or '' when no script ran long (parsing, style, layout).
  b.frames = [];
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      const top = [...e.scripts].sort((x, y) => y.duration - x.duration)[0];
      b.frames.push({ start: e.startTime, end: e.startTime + e.duration, by: top ? top.sourceURL.split('/').pop() || top.invoker : '' });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      const t = { start: e.startTime, duration: e.duration, by: '' };
      b.longTasks.push(t);
      // The frame's entry may come a little later than the task's.
      setTimeout(() => (t.by = b.frames.find((f) => f.start <= t.start + 1 && t.start < f.end)?.by ?? ''), 200);
    }
  }).observe({ type: 'longtask', buffered: true });
  // Event Timing: the latency of each real interaction (input delay, handlers, the next
  // paint), the longest entry per interactionId; interactions under 16 ms are not reported.
  b.interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) {
      if (!e.interactionId) continue;
      const had = b.interactions.get(e.interactionId);
      if (!had || had.duration < e.duration) b.interactions.set(e.interactionId, { start: e.startTime, duration: e.duration, name: e.name });
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  addEventListener('keydown', (e) => (b.keyDown = e.timeStamp), true);

  b.roots = () => [...document.querySelectorAll('stemhulp-widget, bench-floor')].map((e) => e.shadowRoot).filter(Boolean);
  // rAF runs just before the frame is rendered; a task posted from it runs right after that
  // frame's paint: the earliest moment the reader can see the change. At the highest
  // priority, so that it runs ahead of a page's own work queued for after the frame (the
  // widget's next slice of a long result resumes with `scheduler.yield()`, which runs before
  // posted messages): that work comes after the frame the reader already sees.
  const afterThisFrame = (resolve) => {
    const s = globalThis.scheduler;
    if (s?.postTask) return void s.postTask(() => resolve(performance.now()), { priority: 'user-blocking' });
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve(performance.now());
    c.port2.postMessage(0);
  };
  b.afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => afterThisFrame(resolve)));
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  b.when = (check, timeout = 60000) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      let done = false;
      // From a frame callback the change is already in this frame: no need to wait for the next.
      const test = (inFrame) => {
        if (done) return;
        let ok = false;
        try {
          ok = !!check();
        } catch {}
        if (ok || performance.now() - start > timeout) {
          done = true;
          mo.disconnect();
          if (ok && inFrame) afterThisFrame(resolve);
          else if (ok) b.afterPaint().then(resolve);
          else reject(new Error(`timed out waiting for ${check}`));
        }
      };
      // Mutations catch a change as soon as it happens; the per-frame poll catches
      // shadow roots that did not exist yet and changes that are not mutations (select value).
      const mo = new MutationObserver(() => test(false));
      const frame = (time) => {
        if (done) return;
        mo.observe(document, options);
        for (const r of b.roots()) mo.observe(r, options);
        test(time !== undefined);
        if (!done) requestAnimationFrame(frame);
      };
      frame();
    });
  // Resolves once `frames` frames in a row have passed with no change in the page or its
  // widgets' shadow roots: the end of work that comes in slices (a long result).
  b.still = (frames = 3) =>
    new Promise((resolve) => {
      let quiet = 0;
      const mo = new MutationObserver(() => (quiet = 0));
      mo.observe(document, options);
      for (const r of b.roots()) mo.observe(r, options);
      const frame = () => {
        if (++quiet < frames) return requestAnimationFrame(frame);
        mo.disconnect();
        resolve(performance.now());
      };
      requestAnimationFrame(frame);
    });
  // The upgrade replaces the fallback link with the widget: a shift only the host page can
  // prevent (by reserving space). Shifts after that first painted frame are the widget's own.
  // The upgrade ends with the first frame painted after the element's first render (the
  // widget renders in a task after its definition, so "the frame after the definition" would
  // depend on the order of tasks).
  b.upgradePainted = Infinity;
  b.when(() => b.roots().some((r) => r.children.length)).then((t) => (b.upgradePainted = t));
  b.keyPoints = b.when(() => b.roots()[0]?.querySelector('.key-points h4'));
  b.ready = b.when(() => {
    const roots = b.roots();
    return roots.length && roots.length === document.querySelectorAll('stemhulp-widget, bench-floor').length && roots.every((r) => r.querySelector('[part~="start"]'));
  });
  // Pages without `src` never get a start button; the bench does not wait for it there.
  b.ready.catch(() => {});
})();
