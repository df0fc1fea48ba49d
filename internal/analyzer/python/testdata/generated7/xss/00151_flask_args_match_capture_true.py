# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=args shape=match_capture sink=v0 expected=true
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/case-00151", methods=["GET", "POST"])
def case_00151():
    param = request.args.get("q", "")
    match param.split(":", 1):
        case ["id", rest]:
            bar = rest
        case _:
            bar = "none"
    return make_response(f"<div class=\"q\">{bar}</div>")  # want: PY-XSS
