# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=args shape=insert_negative_safe sink=v0 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/case-00031", methods=["GET", "POST"])
def case_00031():
    param = request.args.get("q", "")
    items = ["a", "b"]
    items.insert(-1, param)
    bar = items[-1]
    return make_response(f"<div class=\"q\">{bar}</div>")
