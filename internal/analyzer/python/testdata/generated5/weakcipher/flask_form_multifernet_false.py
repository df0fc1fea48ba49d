# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=form shape=multifernet expected=false
from cryptography.fernet import Fernet, MultiFernet
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00050", methods=["POST"])
def benchmark_test_00050():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    f = MultiFernet([Fernet(Fernet.generate_key()), Fernet(Fernet.generate_key())])
    result = f.encrypt(bar.encode("utf-8")).decode("ascii")
    return jsonify(result=str(result))
