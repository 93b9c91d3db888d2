// Live countdowns: every element with data-deadline shows the time left, or the time overdue, and updates each
// second. Kept out of the pages so that the Content-Security-Policy needs no inline script.
(function () {
  function span(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var days = Math.floor(minutes / 1440), hours = Math.floor(minutes / 60) % 24, rest = minutes % 60;
    var seconds = Math.floor(Math.abs(ms) / 1000) % 60;
    return (days ? days + '天' : '') + (days || hours ? hours + '小时' : '') + rest + '分'
      + (days || hours ? '' : seconds + '秒');
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      if (el.dataset.metAt) { return; }
      var left = Date.parse(el.dataset.deadline) - now;
      el.textContent = left >= 0 ? '剩余 ' + span(left) : '超时 ' + span(left);
      el.classList.toggle('late', left < 0);
    });
  }
  // 大屏: show one department's list after another
  function cycle() {
    var items = document.querySelectorAll('[data-cycle] > *');
    if (!items.length) { return; }
    var shown = Array.prototype.findIndex.call(items, function (el) { return !el.hidden; });
    items.forEach(function (el, i) { el.hidden = i !== (shown + 1) % items.length; });
  }
  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 1000);
    setInterval(cycle, 8000);
  });
  document.addEventListener('htmx:afterSwap', tick);
})();
