# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=getdata shape=pref_noflags sink=config expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00551", methods=["POST"])
def benchmark_test_00551():
    param = request.get_data(as_text=True)
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("language", "en", max_age=3600)
    return resp
