# Weak hash: MD5 used for an ETag/cache key (pattern rule: still reported, no usedforsecurity=False)
import hashlib

from flask import Flask, Response

app = Flask(__name__)
CATALOG_JSON = b'{"products": []}'


@app.route("/catalog.json")
def catalog():
    etag = hashlib.md5(CATALOG_JSON).hexdigest()  # want: PY-WEAK-HASH
    resp = Response(CATALOG_JSON, mimetype="application/json")
    resp.set_etag(etag)
    return resp
