# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=json shape=cbc_get_random_bytes_iv expected=false
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00040", methods=["POST"])
def benchmark_test_00040():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = get_random_bytes(16)
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    result = (iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()
    return jsonify(result=str(result))
