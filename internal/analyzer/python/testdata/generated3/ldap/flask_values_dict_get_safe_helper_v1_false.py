# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=values propagation=dict_get_safe (helper class) sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00501", methods=["GET", "POST"])
def benchmark_test_00501():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
