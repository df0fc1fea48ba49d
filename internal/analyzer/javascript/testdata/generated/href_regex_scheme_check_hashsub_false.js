// generated case (gen_cases_js): category=domxss expected=false shape=href_regex_scheme_check src=hashsub
const u = location.hash.substring(1);
if (/^https?:\/\//i.test(u)) {
  document.getElementById("site").href = u;
}
