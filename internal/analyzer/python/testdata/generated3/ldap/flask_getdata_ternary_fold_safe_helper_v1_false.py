# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=flask source=getdata propagation=ternary_fold_safe (helper class) sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.route("/00489", methods=["POST"])
def benchmark_test_00489():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
