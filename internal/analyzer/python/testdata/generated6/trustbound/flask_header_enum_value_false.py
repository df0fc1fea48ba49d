# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=enum_value sink=specific expected=false
import os

from enum import Enum
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Theme(Enum):
    LIGHT = "light"
    DARK = "dark"


@app.route("/00459", methods=["GET", "POST"])
def benchmark_test_00459():
    param = request.headers.get("Referer", "")
    bar = param
    session["theme"] = Theme(bar).value
    result = True
    return jsonify(result=str(result))
