# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=flask source=values shape=configparser_sha256 sink=specific expected=false
import configparser
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00361", methods=["GET", "POST"])
def case_00361():
    param = request.values.get("q", "")
    bar = param
    cp = configparser.ConfigParser()
    cp.read_string("[hash]\nalgo = sha256\n")
    result = hashlib.new(cp["hash"]["algo"], bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
