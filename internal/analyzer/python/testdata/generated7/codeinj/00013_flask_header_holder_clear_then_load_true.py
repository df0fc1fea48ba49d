# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=holder_clear_then_load sink=v0 expected=true
from flask import Flask, jsonify, request

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


@app.route("/case-00013", methods=["GET", "POST"])
def case_00013():
    param = request.headers.get("X-Query", "")
    h = Holder()
    h.clear()
    h.load(param)
    bar = h.current()
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
