# XSS: page class stores the User-Agent header and render() output is returned
from flask import Flask, request

app = Flask(__name__)


class DiagnosticsPage:
    def __init__(self, agent):
        self.agent = agent

    def render(self):
        return "<pre>Your browser: " + self.agent + "</pre>"


@app.route("/diagnostics")
def diagnostics():
    page = DiagnosticsPage(request.headers.get("User-Agent", ""))
    return page.render()  # want: PY-XSS
