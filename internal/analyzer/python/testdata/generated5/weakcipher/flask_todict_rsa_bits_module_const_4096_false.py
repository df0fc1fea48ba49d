# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=todict shape=rsa_bits_module_const_4096 expected=false
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask, jsonify, request

app = Flask(__name__)
KEY_BITS = 4096


@app.route("/00054", methods=["GET", "POST"])
def benchmark_test_00054():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    result = len(bar) + key.key_size
    return jsonify(result=str(result))
