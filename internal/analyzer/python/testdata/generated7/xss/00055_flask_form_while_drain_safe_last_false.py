# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=form shape=while_drain_safe_last sink=v0 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/case-00055", methods=["POST"])
def case_00055():
    param = request.form.get("q", "")
    queue = [param, "safe"]
    bar = ""
    while queue:
        bar = queue.pop(0)
    return make_response(f"<div class=\"q\">{bar}</div>")
