// React state: what the setter is called with is what the state variable holds afterwards
import React, { useEffect, useState } from "react";

export function Preview() {
  const [html, setHtml] = useState("");
  useEffect(() => {
    setHtml(decodeURIComponent(location.hash.slice(1)));
  }, []);
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // want: JS-DOM-XSS
}

export function Fixed() {
  const [html, setHtml] = React.useState("<b>hello</b>");
  const [q] = React.useState(location.search);
  return (
    <div>
      <p dangerouslySetInnerHTML={{ __html: html }} />
      <p>{q}</p>
    </div>
  );
}
