# generated case (gen_cases3): category=xxe rule=PY-XXE fw=flask source=json propagation=switch_char_safe sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/00427", methods=["POST"])
def benchmark_test_00427():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return jsonify(result=str(result))
