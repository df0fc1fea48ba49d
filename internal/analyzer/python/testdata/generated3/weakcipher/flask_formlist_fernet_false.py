# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=formlist variant=fernet expected=false
from cryptography.fernet import Fernet
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00699", methods=["POST"])
def benchmark_test_00699():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    f = Fernet(Fernet.generate_key())
    result = f.encrypt(bar.encode("utf-8")).decode("ascii")
    return jsonify(result=str(result))
