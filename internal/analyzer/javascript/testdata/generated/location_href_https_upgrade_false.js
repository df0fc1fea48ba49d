// generated case (gen_cases_js): category=domxss expected=false shape=location_href_https_upgrade
if (location.protocol === "http:") {
  location.href = location.href.replace("http:", "https:");
}
