// generated case (gen_cases_js): category=domxss expected=false shape=window_open_fixed_path src=storage
window.open("/help#" + localStorage.getItem("returnTo"), "help");
