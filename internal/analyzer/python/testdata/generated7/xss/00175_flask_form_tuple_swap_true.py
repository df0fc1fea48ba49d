# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=form shape=tuple_swap sink=v0 expected=true
from flask import Flask, make_response, request

app = Flask(__name__)


def split_pair(value):
    return "static", value


@app.route("/case-00175", methods=["POST"])
def case_00175():
    param = request.form.get("q", "")
    a, b = split_pair(param)
    a, b = b, a
    bar = a
    return make_response(f"<div class=\"q\">{bar}</div>")  # want: PY-XSS
