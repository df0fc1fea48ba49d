// generated case (gen_cases_js): category=domxss expected=false shape=img_src_new_image src=hashdec
const img = new Image();
img.src = decodeURIComponent(location.hash.slice(1));
document.body.appendChild(img);
