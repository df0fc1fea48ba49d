# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata propagation=filter_isalnum sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00308", methods=["POST"])
def benchmark_test_00308():
    param = request.get_data(as_text=True)
    bar = "".join(filter(str.isalnum, param))
    return redirect("/" + bar)
