/*
 * Time on task. While the lesson page is visible and the learner has typed, pointed, touched or scrolled within
 * the idle limit, report 15 seconds every 15 seconds. The server credits no more than real time allows.
 */
(function () {
    var TICK = 15;
    var lastActivity = Date.now();
    ['mousemove', 'keydown', 'scroll', 'touchstart', 'click'].forEach(function (type) {
        window.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true });
    });

    function tick() {
        var clock = document.getElementById('time-on-task');
        if (!clock || document.visibilityState !== 'visible') {
            return;
        }
        var idleLimit = Number(clock.dataset.idleMinutes) * 60 * 1000;
        if (Date.now() - lastActivity > idleLimit) {
            return;
        }
        fetch(clock.dataset.endpoint, {
            method: 'POST',
            credentials: 'same-origin',
            keepalive: true,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Attune-Heartbeat': '1' },
            body: 'lessonId=' + encodeURIComponent(clock.dataset.lesson) + '&seconds=' + TICK
        });
    }

    setInterval(tick, TICK * 1000);
})();
