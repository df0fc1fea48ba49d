// generated case (gen_cases_js): category=domxss expected=false shape=location_same_origin_check src=hashdec
function go() {
  const target = new URL(decodeURIComponent(location.hash.slice(1)), location.href);
  if (target.origin !== location.origin) {
    return;
  }
  location.href = target.href;
}
go();
