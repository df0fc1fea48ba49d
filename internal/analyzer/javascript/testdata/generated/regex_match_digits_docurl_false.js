// generated case (gen_cases_js): category=domxss expected=false shape=regex_match_digits src=docurl
const m = document.URL.match(/^(\d+)$/);
if (m) {
  document.getElementById("page").innerHTML = "<b>" + m[1] + "</b>";
}
