/*
 * The post-test countdown. The server decides when time is up; this only shows the time left (corrected for the
 * difference between the browser's clock and the server's) and, at zero, submits the attempt by clicking the
 * page's hidden "time up" button.
 */
(function () {
    var submitted = false;
    var warned = false;

    function tick() {
        var clock = document.getElementById('countdown');
        if (!clock) {
            return;
        }
        if (!clock.dataset.offset) {
            clock.dataset.offset = String(Number(clock.dataset.now) - Date.now());
        }
        var left = Number(clock.dataset.deadline) - (Date.now() + Number(clock.dataset.offset));
        var seconds = Math.max(0, Math.floor(left / 1000));
        var minutes = Math.floor(seconds / 60);
        clock.querySelector('.remaining').textContent = minutes + ':' + String(seconds % 60).padStart(2, '0');
        clock.classList.toggle('urgent', seconds <= 60);
        if (seconds <= 60 && !warned) {
            warned = true;
            clock.querySelector('.warning').textContent = clock.dataset.warning;
        }
        if (seconds === 0 && !submitted) {
            submitted = true;
            var button = document.getElementById('quiz:timeUp');
            if (button) {
                button.click();
            }
        }
    }

    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', tick);
})();

/*
 * Ordering questions: a Move up or Move down button re-renders the question, which would leave the keyboard focus
 * nowhere. Give it back to the same button of the step that moved, now one row up or down; once the step reaches
 * the top or the bottom that button is disabled, so its other button takes the focus. Wired here, on PrimeFaces'
 * AJAX-complete event, rather than in the page: the Content-Security-Policy runs no script written into markup.
 */
(function () {
    function focusMoved(buttonId) {
        var parts = /^(.*):(\d+):(up|down)$/.exec(buttonId);
        if (!parts) {
            return;
        }
        var by = parts[3] === 'up' ? -1 : 1;
        var row = parts[1] + ':' + (Number(parts[2]) + by) + ':';
        var button = document.getElementById(row + parts[3]);
        if (!button || button.disabled) {
            button = document.getElementById(row + (parts[3] === 'up' ? 'down' : 'up'));
        }
        if (button) {
            button.focus();
        }
    }

    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
            var source = settings && settings.source;
            focusMoved(typeof source === 'string' ? source : (source && source.id) || '');
        });
    }
})();
