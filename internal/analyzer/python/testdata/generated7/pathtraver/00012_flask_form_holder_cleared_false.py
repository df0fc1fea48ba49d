# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form shape=holder_cleared sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


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


@app.route("/case-00012", methods=["POST"])
def case_00012():
    param = request.form.get("q", "")
    h = Holder()
    h.load(param)
    h.clear()
    bar = h.current()
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = fh.read()
    return jsonify(result=str(result))
