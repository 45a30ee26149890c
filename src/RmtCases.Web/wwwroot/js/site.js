// Served from 'self' because the Content-Security-Policy allows no inline script. Without JavaScript the
// pages still work: the summary is listed in the order the server found the errors, and nothing moves focus.
(function () {
    'use strict';

    // Stacked tables on a phone name each cell by its column: the header's text, where the page set none.
    Array.prototype.forEach.call(document.querySelectorAll('.rmt-table-wrap table'), function (table) {
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            Array.prototype.forEach.call(row.children, function (cell, i) {
                if (!cell.hasAttribute('data-label') && headers[i]) { cell.setAttribute('data-label', headers[i]); }
            });
        });
    });

    // Error summary, as GOV.UK does it: errors in the order of the form's fields, and focus on the summary
    // so a screen reader reads it out first (WCAG 3.3.1).
    var summary = document.getElementById('foutmeldingen');
    if (summary) {
        var list = summary.querySelector('ul');
        var target = function (item) {
            var link = item.querySelector('a[href^="#"]');
            return link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
        };
        var items = Array.prototype.slice.call(list.children);
        // Errors about the form as a whole link to the summary itself and stay first.
        items.sort(function (x, y) {
            var a = target(x), b = target(y);
            if (!a || a === summary) { return !b || b === summary ? 0 : -1; }
            if (!b || b === summary) { return 1; }
            return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        items.forEach(function (item) { list.appendChild(item); });

        // A link puts the cursor in its field, not just the field in view.
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[href^="#"]');
            var field = link && document.getElementById(link.getAttribute('href').slice(1));
            if (field && field !== summary && typeof field.focus === 'function') {
                event.preventDefault();
                field.focus();
                history.replaceState(null, '', link.getAttribute('href'));
            }
        });
        summary.focus();
        return;
    }

    // After a save: focus on the heading of the section that was saved (the fragment the page redirected
    // to), or on the page's heading, so keyboard and screen-reader users continue where they were.
    if (document.getElementById('opgeslagen')) {
        var heading = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))))
            || document.querySelector('main h1');
        if (heading) {
            if (!heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
            heading.focus();
        }
    }
}());
