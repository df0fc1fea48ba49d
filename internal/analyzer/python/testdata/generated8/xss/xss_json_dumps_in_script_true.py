# generated case (gen8): category=xss rule=PY-XSS fw=flask shape=json_dumps_in_script expected=true
import json
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xss_json_dumps_in_script", methods=["GET", "POST"])
def case_json_dumps_in_script():
    param = request.headers.get("X-Q", "")
    return make_response("<script>var cfg = " + json.dumps({"q": param}) + ";</script>")  # want: PY-XSS
