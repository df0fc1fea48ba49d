// generated case (gen_cases_js): category=domxss expected=false shape=fn_param_textcontent src=storage
function show(text) {
  document.getElementById("out").textContent = text;
}
show(localStorage.getItem("draft"));
