# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=formlist shape=module_cache sink=v1 expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
CACHE = {}
LDAP_BASE = "ou=users,dc=example,dc=org"


@app.route("/00260", methods=["POST"])
def benchmark_test_00260():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    CACHE["last"] = param
    bar = CACHE["last"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
