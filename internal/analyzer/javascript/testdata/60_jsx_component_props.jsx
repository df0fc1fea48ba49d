// A function component gets the attributes of its JSX element as props
function Html({ markup }) {
  return <div dangerouslySetInnerHTML={{ __html: markup }} />; // want: JS-DOM-XSS
}

function Label(props) {
  return <span title={props.text}>{props.text}</span>;
}

export function Page() {
  const q = new URLSearchParams(location.search).get("q");
  return (
    <main>
      <Html markup={q} />
      <Html markup="<b>fixed</b>" />
      <Label text={q} />
    </main>
  );
}
