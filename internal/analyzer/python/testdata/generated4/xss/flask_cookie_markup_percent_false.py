# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=cookie shape=markup_percent sink=specific expected=false
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/00406", methods=["GET", "POST"])
def benchmark_test_00406():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    return Markup("<p>Hello %s</p>") % bar
