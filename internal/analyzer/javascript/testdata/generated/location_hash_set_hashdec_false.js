// generated case (gen_cases_js): category=domxss expected=false shape=location_hash_set src=hashdec
location.hash = decodeURIComponent(location.hash.slice(1));
