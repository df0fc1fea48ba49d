// generated case (gen_cases_js): category=domxss expected=false shape=element_by_user_id src=searchdec
const id = decodeURIComponent(location.search.slice(1));
const el = document.getElementById(id);
if (el) {
  el.innerHTML = "<mark>here</mark>";
}
