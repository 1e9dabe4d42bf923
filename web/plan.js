// The kept plan's page: the Print button works with a script only, so it shows only when this runs.
(function () {
  var button = document.getElementById('print');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
