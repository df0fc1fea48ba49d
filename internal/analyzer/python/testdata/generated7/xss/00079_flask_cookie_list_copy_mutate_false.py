# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=cookie shape=list_copy_mutate sink=v0 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/case-00079", methods=["GET", "POST"])
def case_00079():
    param = request.cookies.get("q", "none")
    src = ["safe"]
    dst = list(src)
    dst[0] = param
    bar = src[0]
    return make_response(f"<div class=\"q\">{bar}</div>")
