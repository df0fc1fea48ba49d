// generated case (gen_cases_js): category=domxss expected=true shape=react_dsih_props src=storage
function Html({ markup }) {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />; // want: JS-DOM-XSS
}
export function Page() {
  return <Html markup={localStorage.getItem("draft")} />;
}
