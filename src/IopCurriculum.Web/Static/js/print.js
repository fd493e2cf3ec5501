// Print buttons open a printable document in a new tab and print it once it has loaded. A file of its
// own, not an inline handler, because the pages' content security policy allows only scripts from this site.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-print]');
  if (!button) return;
  var win = window.open(button.getAttribute('data-print'), '_blank');
  if (win) win.addEventListener('load', function () { win.print(); });
});
