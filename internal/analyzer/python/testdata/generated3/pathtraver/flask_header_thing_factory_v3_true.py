# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header propagation=thing_factory sink=v3 expected=true
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00184", methods=["GET", "POST"])
def benchmark_test_00184():
    param = request.headers.get("Referer", "")
    thing = make_thing()
    bar = thing.do_something(param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return jsonify(result=str(result))
