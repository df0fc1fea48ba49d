// generated case (gen_cases_js): category=domxss expected=false shape=fn_param_textcontent src=searchdec
function show(text) {
  document.getElementById("out").textContent = text;
}
show(decodeURIComponent(location.search.slice(1)));
