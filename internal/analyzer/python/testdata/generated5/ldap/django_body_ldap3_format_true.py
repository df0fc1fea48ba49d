# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=body shape=ldap3_format expected=true
import json
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00346(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    flt = "(&(objectClass=person)(sn={}))".format(bar)
    conn.search(search_base=LDAP_BASE, search_filter=flt)  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00346/", benchmark_test_00346),
]
