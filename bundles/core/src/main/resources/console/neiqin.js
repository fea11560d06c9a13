/* Neiqin's console script: grids of rows (add, remove, amounts and total) and lookups that search as
   the user types. Served inline by core with every page that has a grid or a lookup; nothing from outside. */
(function () {
  'use strict';
  function money(n) {
    return n.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }
  function num(v) {
    var n = parseFloat(String(v || '').replace(/,/g, ''));
    return isNaN(n) ? null : n;
  }
  function renumber(tbody, name) {
    var rows = tbody.querySelectorAll('tr.neiqin-row');
    rows.forEach(function (tr, i) {
      tr.querySelector('.neiqin-rowno').firstChild.nodeValue = String(i + 1);
      tr.querySelectorAll('[name]').forEach(function (el) {
        el.name = el.name.replace(/^[^\[]+\[\d+\]/, name + '[' + i + ']');
      });
    });
  }
  function totals(table) {
    var total = 0, any = false;
    table.querySelectorAll('tbody tr.neiqin-row').forEach(function (tr) {
      var q = tr.querySelector('[data-column="quantity"]'), p = tr.querySelector('[data-column="unitPrice"]');
      var cell = tr.querySelector('.neiqin-amount');
      if (!q || !p || !cell) { return; }
      var a = num(q.value) !== null && num(p.value) !== null ? num(q.value) * num(p.value) : null;
      cell.textContent = a === null ? '' : money(a);
      if (a !== null) { total += a; any = true; }
    });
    var t = table.querySelector('.neiqin-total');
    if (t) { t.textContent = any ? money(total) : ''; }
  }
  function grid(table) {
    var name = table.getAttribute('data-grid'), tbody = table.querySelector('tbody');
    table.addEventListener('click', function (e) {
      var b = e.target.closest('button');
      if (!b) { return; }
      if (b.classList.contains('neiqin-add')) {
        var last = tbody.querySelector('tr.neiqin-row:last-child');
        var copy = last.cloneNode(true);
        copy.querySelectorAll('input').forEach(function (el) {
          el.value = '';
          el.removeAttribute('aria-invalid');
          el.setCustomValidity('');
        });
        copy.querySelectorAll('select').forEach(function (el) { el.selectedIndex = 0; });
        copy.querySelectorAll('.neiqin-error, br').forEach(function (el) { el.remove(); });
        tbody.appendChild(copy);
        renumber(tbody, name);
        copy.querySelectorAll('input.neiqin-lookup').forEach(lookup);
        var first = copy.querySelector('input:not([type=hidden]), select');
        if (first) { first.focus(); }
      } else if (b.classList.contains('neiqin-remove')) {
        var tr = b.closest('tr');
        if (tbody.querySelectorAll('tr.neiqin-row').length > 1) {
          tr.remove();
        } else {
          tr.querySelectorAll('input').forEach(function (el) { el.value = ''; });
        }
        renumber(tbody, name);
      } else {
        return;
      }
      totals(table);
      e.preventDefault();
    });
    table.addEventListener('input', function () { totals(table); });
    totals(table);
  }
  // a record chosen in a grid's row fills the row's other cells from its details: its name the column named as
  // the lookup's without "Id" (productId: product), every other detail the column of its own name
  function fill(input, details) {
    var tr = input.closest('tr.neiqin-row'), column = input.getAttribute('data-column') || '';
    if (!tr || !details) { return; }
    Object.keys(details).forEach(function (k) {
      var target = k === 'name' ? column.replace(/Id$/, '') : k;
      var cell = tr.querySelector('[data-column="' + target + '"]');
      if (cell && cell !== input) { cell.value = details[k]; }
    });
    var table = tr.closest('table.neiqin-grid');
    if (table) { totals(table); }
  }
  function lookup(input) {
    // a form's lookup names its key's input; a grid cell's key is the hidden input beside it
    var key = input.getAttribute('data-key') ? document.getElementById(input.getAttribute('data-key'))
        : input.parentNode.querySelector('input[type=hidden]');
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null, known = {}, details = {};
    // every record offered so far, by how it reads: picking a suggestion puts its text in the box
    function pick() {
      var hit = Object.prototype.hasOwnProperty.call(known, input.value) ? known[input.value] : null;
      var changed = hit !== null && key.value !== hit;
      key.value = hit === null ? '' : hit;
      input.setCustomValidity(input.value && hit === null ? (input.getAttribute('data-none') || '') : '');
      if (changed) { fill(input, details[hit]); }
    }
    if (key.value && input.value) { known[input.value] = key.value; }
    input.addEventListener('input', function () {
      pick();
      clearTimeout(timer);
      if (key.value) { return; }
      timer = setTimeout(function () {
        // absolute and without user info: a page opened as http://user:password@host/... may not fetch
        // an address holding them, and the browser sends its login to the same origin anyway
        var url = location.origin + location.pathname + '?lookup=' + encodeURIComponent(input.getAttribute('data-lookup'))
            + '&q=' + encodeURIComponent(input.value);
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (options) {
            list.innerHTML = '';
            options.forEach(function (o) {
              known[o.label] = o.value;
              details[o.value] = o.details;
              var opt = document.createElement('option');
              opt.value = o.label;
              list.appendChild(opt);
            });
            pick();
          });
      }, 150);
    });
    input.addEventListener('change', pick);
  }
  function start() {
    document.querySelectorAll('table.neiqin-grid').forEach(grid);
    document.querySelectorAll('input.neiqin-lookup').forEach(lookup);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
