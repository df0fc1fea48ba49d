// generated case (gen_cases_js): category=domxss expected=false shape=object_property_other src=hashsub
const state = { title: location.hash.substring(1), banner: "<b>Sale</b>" };
document.getElementById("banner").innerHTML = state.banner;
