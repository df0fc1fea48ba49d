# generated case (gen_cases3): category=ldap rule=PY-LDAP-INJECTION fw=django source=getdict propagation=allowlist_ternary sink=v1 expected=false
import ldap3

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00514(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00514/", benchmark_test_00514),
]
