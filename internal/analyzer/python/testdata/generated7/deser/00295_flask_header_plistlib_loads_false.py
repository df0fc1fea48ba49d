# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=flask source=header shape=plistlib_loads sink=specific expected=false
import plistlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00295", methods=["GET", "POST"])
def case_00295():
    param = request.headers.get("X-Query", "")
    bar = param
    obj = plistlib.loads(bar.encode("utf-8"))
    result = type(obj).__name__
    return jsonify(result=str(result))
