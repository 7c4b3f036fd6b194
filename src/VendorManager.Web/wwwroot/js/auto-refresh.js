// Regions with data-refresh-url fetch their partial again every data-refresh-seconds and swap it
// in: a full reload would lose the scroll position and flash the page. The request carries the
// page's own cookies. A hidden tab does not poll; it catches up as soon as it is shown again.
(function () {
    'use strict';

    function start(region) {
        var url = region.getAttribute('data-refresh-url');
        var seconds = parseInt(region.getAttribute('data-refresh-seconds'), 10) || 15;
        var busy = false;

        function refresh() {
            if (busy || document.hidden) return;
            busy = true;
            fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'X-Requested-With': 'fetch' } })
                .then(function (response) {
                    // A redirect means the sign-in expired: reload so the person sees the login page, not it inside the board.
                    if (response.redirected) { window.location.reload(); return null; }
                    if (!response.ok) throw new Error('HTTP ' + response.status);
                    return response.text();
                })
                .then(function (html) {
                    if (html === null) return;
                    region.innerHTML = html;
                    region.classList.remove('refresh-stale');
                    region.removeAttribute('title');
                })
                .catch(function (error) {
                    // Keep the last good content, but show it may be out of date.
                    region.classList.add('refresh-stale');
                    region.title = 'Could not refresh (' + error.message + '); showing the last figures received.';
                })
                .finally(function () { busy = false; });
        }

        window.setInterval(refresh, seconds * 1000);
        document.addEventListener('visibilitychange', function () { if (!document.hidden) refresh(); });
    }

    document.querySelectorAll('[data-refresh-url]').forEach(start);
})();
