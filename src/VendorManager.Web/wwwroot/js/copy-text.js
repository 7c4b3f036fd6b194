// Buttons with data-copy-target copy that field's value. The clipboard API needs a secure context
// (https or localhost); elsewhere the field is selected and the older copy command used, and if
// both fail the text stays selected for Ctrl+C.
(function () {
    'use strict';

    function report(button, message) {
        var status = button.closest('[role=status]') && button.closest('[role=status]').querySelector('[data-copy-status]');
        if (status) status.textContent = message;
    }

    document.addEventListener('click', function (e) {
        var button = e.target.closest('[data-copy-target]');
        if (!button) return;
        var field = document.querySelector(button.getAttribute('data-copy-target'));
        if (!field) return;
        field.select();
        function fallback() {
            var copied = false;
            try { copied = document.execCommand('copy'); } catch (err) { copied = false; }
            report(button, copied ? 'Copied.' : 'Press Ctrl+C to copy the selected address.');
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(function () { report(button, 'Copied.'); }, fallback);
        } else {
            fallback();
        }
    });
})();
