// The document upload form checks a chosen file's size before sending it: the server refuses an
// oversized upload only once the browser starts sending it, with a bare 413 instead of the page.
// The server's limit still decides; this only spares the wait and says why.
(function () {
    var selector = 'input[type=file][data-max-bytes]';

    function describe(bytes) {
        var mib = 1024 * 1024;
        if (bytes >= mib) return (bytes / mib).toFixed(1).replace(/\.0$/, '') + ' MB';
        if (bytes >= 1024) return (bytes / 1024).toFixed(1).replace(/\.0$/, '') + ' KB';
        return bytes + ' bytes';
    }

    // True when the file may be sent; otherwise the message is shown under the input.
    function check(input) {
        var file = input.files && input.files[0];
        var tooLarge = !!file && file.size > Number(input.dataset.maxBytes);
        var message = document.getElementById('document-file-error');
        // textContent, never markup: the file's name is the user's text.
        if (message) message.textContent = tooLarge
            ? file.name + ' is ' + describe(file.size) + '; a document may be at most ' + input.dataset.maxLabel + '. Choose a smaller file.'
            : '';
        input.classList.toggle('input-validation-error', tooLarge);
        if (tooLarge) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
        return !tooLarge;
    }

    document.addEventListener('change', function (e) {
        if (e.target.matches(selector)) check(e.target);
    });
    document.addEventListener('submit', function (e) {
        var input = e.target.querySelector(selector);
        if (input && !check(input)) {
            e.preventDefault();
            input.focus();
        }
    });
})();
