// Rows of a list in a form (SLA coverage windows, credit tiers): add one from the list's <template>,
// remove one, and keep the indexes contiguous so model binding sees List[0..n-1]. Without script
// the form still works: it comes with spare rows, and a row left empty is ignored.
(function () {
    function renumber(tbody) {
        var list = tbody.dataset.list;
        var names = new RegExp(list + '\\[\\d+\\]');
        var ids = new RegExp(list + '_\\d+__');
        tbody.querySelectorAll(':scope > tr').forEach(function (row, i) {
            row.querySelectorAll('[name], [id], [data-valmsg-for]').forEach(function (el) {
                if (el.name) el.name = el.name.replace(names, list + '[' + i + ']');
                if (el.id) el.id = el.id.replace(ids, list + '_' + i + '__');
                if (el.dataset.valmsgFor) el.dataset.valmsgFor = el.dataset.valmsgFor.replace(names, list + '[' + i + ']');
            });
        });
    }
    document.addEventListener('click', function (e) {
        var add = e.target.closest('[data-add-row]');
        if (add) {
            var tbody = document.getElementById(add.dataset.addRow);
            var template = document.getElementById(add.dataset.addRow + '-template');
            tbody.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__i__/g, String(tbody.rows.length)));
            var first = tbody.rows[tbody.rows.length - 1].querySelector('input, select');
            if (first) first.focus();
            e.preventDefault();
            return;
        }
        var remove = e.target.closest('[data-remove-row]');
        if (remove) {
            var body = remove.closest('tbody');
            remove.closest('tr').remove();
            renumber(body);
            e.preventDefault();
        }
    });
})();
