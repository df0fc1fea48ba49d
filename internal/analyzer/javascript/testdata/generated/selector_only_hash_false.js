// generated case (gen_cases_js): category=domxss expected=false shape=selector_only src=hash
const id = location.hash;
const target = document.querySelector("[data-section='" + CSS.escape(id) + "']");
if (target) {
  target.innerHTML = "<b>selected</b>";
}
