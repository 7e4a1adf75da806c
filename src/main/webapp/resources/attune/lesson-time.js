/*
 * Time on task. While the lesson page is visible and the learner has typed, pointed, touched or scrolled within
 * the idle limit, report 15 seconds every 15 seconds, with the signed token the page was served with. The server
 * credits no more than real time allows, across all of the learner's lessons, and answers with the time so far and
 * a renewed token. A token that has expired (the page was hidden or idle for long) is replaced by loading the page's
 * own address again, once; if that brings none (signed out), the clock stops.
 */
(function () {
    var TICK = 15;
    var lastActivity = Date.now();
    var token = null;
    var renewed = false;
    ['mousemove', 'keydown', 'scroll', 'touchstart', 'click'].forEach(function (type) {
        window.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true });
    });

    function clock() {
        return document.getElementById('time-on-task');
    }

    function show(answer) {
        token = answer.token;
        renewed = false;
        var minutes = clock() && clock().querySelector('.minutes');
        if (minutes) {
            minutes.textContent = String(Math.floor(answer.seconds / 60));
        }
    }

    function renew() {
        if (renewed) {
            token = '';
            return;
        }
        renewed = true;
        fetch(window.location.href, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : ''; })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('time-on-task');
                token = fresh ? fresh.dataset.token : '';
            })
            .catch(function () { renewed = false; });
    }

    function tick() {
        var element = clock();
        if (!element || document.visibilityState !== 'visible') {
            return;
        }
        if (token === null) {
            token = element.dataset.token;
        }
        var idleLimit = Number(element.dataset.idleMinutes) * 60 * 1000;
        if (!token || Date.now() - lastActivity > idleLimit) {
            return;
        }
        fetch(element.dataset.endpoint, {
            method: 'POST',
            credentials: 'same-origin',
            keepalive: true,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Attune-Heartbeat': '1' },
            body: 'lessonId=' + encodeURIComponent(element.dataset.lesson) + '&seconds=' + TICK
                + '&token=' + encodeURIComponent(token)
        }).then(function (response) {
            if (response.ok) {
                return response.json().then(show);
            }
            if (response.status === 403) {
                renew();
            } else if (response.status === 401) {
                token = '';
            }
        }).catch(function () {
            // A report lost on the network is lost time, nothing more: the next tick reports again.
        });
    }

    setInterval(tick, TICK * 1000);
})();
