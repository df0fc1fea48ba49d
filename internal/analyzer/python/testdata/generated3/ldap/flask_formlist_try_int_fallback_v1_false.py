# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=formlist propagation=try_int_fallback sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00522", methods=["POST"])
def benchmark_test_00522():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
