// generated case (gen_cases_js): category=domxss expected=false shape=if_false_literal src=searchdec
if (false) {
  document.write(decodeURIComponent(location.search.slice(1)));
}
