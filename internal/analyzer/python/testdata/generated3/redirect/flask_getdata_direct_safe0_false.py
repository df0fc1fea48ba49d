# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata propagation=direct sink=safe0 expected=false
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/00337", methods=["POST"])
def benchmark_test_00337():
    param = request.get_data(as_text=True)
    bar = param
    return redirect(url_for("index", q=bar))
