# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=flask source=formlist shape=httpx_get_verify_false expected=true
import httpx

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00157", methods=["POST"])
def benchmark_test_00157():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    resp = httpx.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=False, proxy="http://egress.internal:3128")  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return jsonify(result=str(result))
