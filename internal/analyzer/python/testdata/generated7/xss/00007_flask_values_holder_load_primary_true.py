# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=values shape=holder_load_primary sink=v0 expected=true
from flask import Flask, make_response, request

app = Flask(__name__)


class Holder:
    def __init__(self):
        self.primary = "none"
        self.secondary = "none"

    def load(self, value):
        self.primary = value
        self.secondary = "fixed"

    def clear(self):
        self.primary = "cleared"

    def current(self):
        return self.primary


@app.route("/case-00007", methods=["GET", "POST"])
def case_00007():
    param = request.values.get("q", "")
    h = Holder()
    h.load(param)
    bar = h.current()
    return make_response(f"<div class=\"q\">{bar}</div>")  # want: PY-XSS
