// generated case (gen_cases_js): category=domxss expected=false shape=setattribute_data src=hashdec
const el = document.getElementById("widget");
el.setAttribute("data-source", decodeURIComponent(location.hash.slice(1)));
el.setAttribute("aria-label", decodeURIComponent(location.hash.slice(1)));
