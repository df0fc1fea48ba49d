// generated case (gen_cases_js): category=domxss expected=false shape=history_pushstate src=docurl
const tab = document.URL;
history.pushState({ tab: tab }, "", "/tabs/" + encodeURIComponent(tab));
