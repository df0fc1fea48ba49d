// generated case (gen_cases_js): category=domxss expected=false shape=location_same_origin_check src=wname
function go() {
  const target = new URL(window.name, location.href);
  if (target.origin !== location.origin) {
    return;
  }
  location.href = target.href;
}
go();
