# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=todict shape=markupsafe_escape sink=specific expected=false
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/00410", methods=["GET", "POST"])
def benchmark_test_00410():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    return "<p>Hello " + str(escape(bar)) + "</p>"
