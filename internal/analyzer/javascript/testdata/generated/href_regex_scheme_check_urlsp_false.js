// generated case (gen_cases_js): category=domxss expected=false shape=href_regex_scheme_check src=urlsp
const u = new URL(location.href).searchParams.get("next");
if (/^https?:\/\//i.test(u)) {
  document.getElementById("site").href = u;
}
