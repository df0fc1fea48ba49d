# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=getdata shape=instance_attr_read sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Settings:
    term = "default"


@app.route("/00028", methods=["POST"])
def benchmark_test_00028():
    param = request.get_data(as_text=True)
    s = Settings()
    s.term = param
    bar = s.term
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
