// generated case (gen_cases_js): category=domxss expected=false shape=select_new_option src=hashsub
const q = location.hash.substring(1);
document.getElementById("recent").add(new Option(q, q));
