// generated case (gen_cases_js): category=domxss expected=false shape=react_text_child src=hash
function Preview() {
  const text = location.hash;
  return <div className="preview">{text}</div>;
}
export default Preview;
