// Checkbox lists with a filter box (the covered nodes of a contract): typing hides the rows that do
// not contain every typed word (ticked rows stay in view), and the count says how many are ticked.
(function () {
    function count(list) {
        var items = list.querySelectorAll('[data-checklist-item]');
        var chosen = list.querySelectorAll('[data-checklist-item] input[type=checkbox]:checked').length;
        list.querySelector('[data-checklist-count]').textContent = chosen + ' of ' + items.length + ' selected';
    }
    function filter(list) {
        var words = list.querySelector('[data-checklist-filter]').value.toLowerCase().split(/\s+/).filter(Boolean);
        var items = list.querySelectorAll('[data-checklist-item]');
        var shown = 0;
        items.forEach(function (item) {
            var box = item.querySelector('input[type=checkbox]');
            var text = item.textContent.toLowerCase();
            var match = box.checked || words.every(function (w) { return text.indexOf(w) >= 0; });
            item.hidden = !match;
            if (match) shown++;
        });
        list.querySelector('[data-checklist-none]').hidden = shown > 0;
    }
    document.querySelectorAll('[data-checklist]').forEach(function (list) {
        var box = list.querySelector('[data-checklist-filter]');
        box.hidden = false;
        box.addEventListener('input', function () { filter(list); });
        // Enter in the filter must not submit the form.
        box.addEventListener('keydown', function (e) { if (e.key === 'Enter') e.preventDefault(); });
        // A row unticked while filtered stays in view until the filter changes, so a slip is easy to undo.
        list.addEventListener('change', function () { count(list); });
    });
})();
