# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=cookie shape=post_init_clean sink=v0 expected=false
import re

from dataclasses import dataclass
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class Search:
    term: str

    def __post_init__(self):
        self.term = re.sub(r"[^A-Za-z0-9]", "", self.term)


@dataclass
class LooseSearch:
    term: str

    def __post_init__(self):
        self.term = self.term.strip()


@app.route("/00280", methods=["GET", "POST"])
def benchmark_test_00280():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Search(param).term
    result = eval(bar)
    return jsonify(result=str(result))
