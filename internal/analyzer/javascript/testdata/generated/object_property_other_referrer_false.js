// generated case (gen_cases_js): category=domxss expected=false shape=object_property_other src=referrer
const state = { title: document.referrer, banner: "<b>Sale</b>" };
document.getElementById("banner").innerHTML = state.banner;
