# py-weak-hash: hashlib.new with the algorithm given by keyword (name=) is
# judged like the positional form.
import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/digest")
def digest():
    data = request.args.get("d", "").encode()
    weak = hashlib.new(name="md5", data=data).hexdigest()  # want: PY-WEAK-HASH
    h = hashlib.new(name="sha1")  # want: PY-WEAK-HASH
    h.update(data)
    strong = hashlib.new(name="sha256", data=data).hexdigest()  # safe: SHA-256
    return weak + h.hexdigest() + strong
