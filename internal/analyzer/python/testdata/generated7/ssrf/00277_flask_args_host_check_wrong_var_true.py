# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=args shape=host_check_wrong_var sink=specific expected=true
import requests
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00277", methods=["GET", "POST"])
def case_00277():
    param = request.args.get("q", "")
    bar = param
    host = urllib.parse.urlparse(bar.strip()).hostname
    target = bar
    if host not in ("api.example.com",):
        host = "api.example.com"
    resp = requests.get(target, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
