// Contact rows on the vendor form: add a row from the template, remove a row, keep the indexes
// contiguous so model binding sees Contacts[0..n-1].
(function () {
    function reindex(tbody) {
        tbody.querySelectorAll('tr.contact-row').forEach(function (row, i) {
            row.querySelectorAll('[name]').forEach(function (el) {
                el.name = el.name.replace(/Contacts\[\d+\]/, 'Contacts[' + i + ']');
                if (el.id) el.id = el.id.replace(/Contacts_\d+__/, 'Contacts_' + i + '__');
            });
        });
    }
    document.addEventListener('click', function (e) {
        var add = e.target.closest('[data-add-contact]');
        if (add) {
            var tbody = document.getElementById('contacts');
            var template = document.getElementById('contact-template');
            tbody.insertAdjacentHTML('beforeend', template.innerHTML);
            reindex(tbody);
            e.preventDefault();
        }
        var remove = e.target.closest('[data-remove-contact]');
        if (remove) {
            var body = document.getElementById('contacts');
            remove.closest('tr').remove();
            reindex(body);
            e.preventDefault();
        }
    });
})();
