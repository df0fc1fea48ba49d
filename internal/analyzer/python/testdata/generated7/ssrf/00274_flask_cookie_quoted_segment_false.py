# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=cookie shape=quoted_segment sink=specific expected=false
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00274", methods=["GET", "POST"])
def case_00274():
    param = request.cookies.get("q", "none")
    bar = param
    resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar, safe=""), timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
