# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=urllib3_poolmanager expected=true
import urllib3
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

http = urllib3.PoolManager()


@app.route("/ssrf_urllib3_poolmanager", methods=["GET", "POST"])
def case_urllib3_poolmanager():
    param = request.cookies.get("q", "")
    resp = http.request("GET", param)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status))
