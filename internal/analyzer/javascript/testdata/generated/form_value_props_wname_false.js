// generated case (gen_cases_js): category=domxss expected=false shape=form_value_props src=wname
const q = window.name;
document.getElementById("q").value = q;
document.getElementById("q").placeholder = q;
document.getElementById("hint").title = q;
document.getElementById("box").dataset.query = q;
