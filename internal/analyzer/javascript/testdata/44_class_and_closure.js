// DOM XSS: class method summaries and closures that capture a parameter
class Banner {
  show(text) {
    this.el.innerHTML = "<p>" + text + "</p>"; // want: JS-DOM-XSS
  }
  fromUrl() {
    this.show(location.hash.slice(1));
  }
}

function later(msg) {
  setTimeout(() => {
    document.write(msg); // want: JS-DOM-XSS
  }, 10);
}
later(document.referrer);

const Greeting = () => <div dangerouslySetInnerHTML={{ __html: window.name }} />; // want: JS-DOM-XSS
