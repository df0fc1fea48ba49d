# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getdata shape=post_init_strip sink=v0 expected=true
import os
import re

from dataclasses import dataclass
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


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


@app.route("/00285", methods=["POST"])
def benchmark_test_00285():
    param = request.get_data(as_text=True)
    bar = LooseSearch(term=param).term
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
