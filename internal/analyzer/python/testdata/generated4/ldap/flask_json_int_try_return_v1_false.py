# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=json shape=int_try_return sink=v1 expected=false
import ldap3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00168", methods=["POST"])
def benchmark_test_00168():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    try:
        n = int(param)
    except ValueError:
        abort(400)
    bar = str(n)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
