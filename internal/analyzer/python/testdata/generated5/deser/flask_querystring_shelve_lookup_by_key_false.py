# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=querystring shape=shelve_lookup_by_key expected=false
import shelve
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00403", methods=["GET", "POST"])
def benchmark_test_00403():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    with shelve.open("/var/cache/app/prefs") as db:
        prefs = db.get(bar, {})
    result = len(prefs)
    return jsonify(result=str(result))
