// generated case (gen_cases_js): category=domxss expected=false shape=form_value_props src=urlsp
const q = new URL(location.href).searchParams.get("q");
document.getElementById("q").value = q;
document.getElementById("q").placeholder = q;
document.getElementById("hint").title = q;
document.getElementById("box").dataset.query = q;
